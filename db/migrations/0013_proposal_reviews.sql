CREATE TABLE `proposal_annotation_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`annotation_id` text NOT NULL,
	`author_id` text,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`annotation_id`) REFERENCES `proposal_annotations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `proposal_annotation_replies_annotation_idx` ON `proposal_annotation_replies` (`annotation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `proposal_annotation_replies_author_idx` ON `proposal_annotation_replies` (`author_id`);--> statement-breakpoint
CREATE TABLE `proposal_annotations` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`author_id` text,
	`start` integer,
	`end` integer,
	`quote` text NOT NULL,
	`comment` text,
	`suggested_rewrite` text,
	`behaviour_id` text,
	`level` integer,
	`observation_id` text,
	`visibility` text NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`needs_recheck` integer DEFAULT 0 NOT NULL,
	`carried_from_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `proposal_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "proposal_annotations_level_range" CHECK("proposal_annotations"."level" BETWEEN 1 AND 4),
	CONSTRAINT "proposal_annotations_visibility_known" CHECK("proposal_annotations"."visibility" IN ('private', 'shared')),
	CONSTRAINT "proposal_annotations_resolved_boolean" CHECK("proposal_annotations"."resolved" IN (0, 1)),
	CONSTRAINT "proposal_annotations_recheck_boolean" CHECK("proposal_annotations"."needs_recheck" IN (0, 1)),
	CONSTRAINT "proposal_annotations_range" CHECK(("proposal_annotations"."start" IS NULL AND "proposal_annotations"."end" IS NULL) OR ("proposal_annotations"."start" IS NOT NULL AND "proposal_annotations"."end" IS NOT NULL AND "proposal_annotations"."start" >= 0 AND "proposal_annotations"."end" > "proposal_annotations"."start"))
);
--> statement-breakpoint
CREATE INDEX `proposal_annotations_version_idx` ON `proposal_annotations` (`version_id`,`start`);--> statement-breakpoint
CREATE INDEX `proposal_annotations_author_idx` ON `proposal_annotations` (`author_id`);--> statement-breakpoint
CREATE INDEX `proposal_annotations_behaviour_idx` ON `proposal_annotations` (`behaviour_id`);--> statement-breakpoint
CREATE INDEX `proposal_annotations_observation_idx` ON `proposal_annotations` (`observation_id`);--> statement-breakpoint
CREATE INDEX `proposal_annotations_carried_from_idx` ON `proposal_annotations` (`carried_from_id`);--> statement-breakpoint
CREATE TABLE `proposal_checklist_lines` (
	`version_id` text NOT NULL,
	`question` text NOT NULL,
	`rating` text,
	`note` text,
	`anchor_start` integer,
	`anchor_end` integer,
	`behaviour_id` text,
	`observation_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `proposal_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "proposal_checklist_lines_question_known" CHECK("proposal_checklist_lines"."question" IN ('problem', 'why-now', 'recommendation', 'how-it-works', 'change', 'cost', 'risks', 'decision')),
	CONSTRAINT "proposal_checklist_lines_rating_known" CHECK("proposal_checklist_lines"."rating" IN ('missing', 'weak', 'adequate', 'strong')),
	CONSTRAINT "proposal_checklist_lines_anchor_range" CHECK(("proposal_checklist_lines"."anchor_start" IS NULL AND "proposal_checklist_lines"."anchor_end" IS NULL) OR ("proposal_checklist_lines"."anchor_start" IS NOT NULL AND "proposal_checklist_lines"."anchor_end" IS NOT NULL AND "proposal_checklist_lines"."anchor_start" >= 0 AND "proposal_checklist_lines"."anchor_end" > "proposal_checklist_lines"."anchor_start"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposal_checklist_lines_version_question_idx` ON `proposal_checklist_lines` (`version_id`,`question`);--> statement-breakpoint
CREATE INDEX `proposal_checklist_lines_behaviour_idx` ON `proposal_checklist_lines` (`behaviour_id`);--> statement-breakpoint
CREATE INDEX `proposal_checklist_lines_observation_idx` ON `proposal_checklist_lines` (`observation_id`);--> statement-breakpoint
CREATE TABLE `proposal_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`author_id` text,
	`title` text NOT NULL,
	`account` text NOT NULL,
	`deal` text,
	`value` real,
	`currency` text,
	`date` text NOT NULL,
	`visibility` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "proposal_reviews_visibility_known" CHECK("proposal_reviews"."visibility" IN ('private', 'shared')),
	CONSTRAINT "proposal_reviews_value_positive" CHECK("proposal_reviews"."value" >= 0),
	CONSTRAINT "proposal_reviews_revision_positive" CHECK("proposal_reviews"."revision" >= 1)
);
--> statement-breakpoint
CREATE INDEX `proposal_reviews_rep_date_idx` ON `proposal_reviews` (`rep_id`,`date`);--> statement-breakpoint
CREATE INDEX `proposal_reviews_date_idx` ON `proposal_reviews` (`date`,`created_at`);--> statement-breakpoint
CREATE INDEX `proposal_reviews_author_idx` ON `proposal_reviews` (`author_id`);--> statement-breakpoint
CREATE TABLE `proposal_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`format` text NOT NULL,
	`file_name` text,
	`sha256` text,
	`size` integer NOT NULL,
	`original` blob,
	`document` text NOT NULL,
	`plain_text` text NOT NULL,
	`page_starts` text NOT NULL,
	`warnings` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `proposal_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "proposal_versions_number_positive" CHECK("proposal_versions"."number" >= 1),
	CONSTRAINT "proposal_versions_format_known" CHECK("proposal_versions"."format" IN ('docx', 'pdf', 'md', 'txt', 'html', 'paste'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposal_versions_review_number_idx` ON `proposal_versions` (`review_id`,`number`);