CREATE TABLE `deal_answers` (
	`deal_id` text NOT NULL,
	`question_id` text NOT NULL,
	`answer` text NOT NULL,
	`status` text NOT NULL,
	`evidence_on` text,
	`source_kind` text,
	`source_id` text,
	`source_segment` integer,
	`source_ms` integer,
	`author_id` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`deal_id`, `question_id`),
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deal_answers_status_known" CHECK("deal_answers"."status" IN ('evidence', 'assumption')),
	CONSTRAINT "deal_answers_evidence_dated" CHECK("deal_answers"."status" = 'assumption' OR ("deal_answers"."evidence_on" IS NOT NULL AND "deal_answers"."source_kind" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `deal_answers_author_idx` ON `deal_answers` (`author_id`);--> statement-breakpoint
CREATE TABLE `deal_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`role` text NOT NULL,
	`last_contact_on` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `deal_contacts_deal_idx` ON `deal_contacts` (`deal_id`);--> statement-breakpoint
CREATE TABLE `deal_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`field` text NOT NULL,
	`from_value` text,
	`to_value` text,
	`changed_on` text NOT NULL,
	`author_id` text,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deal_history_field_known" CHECK("deal_history"."field" IN ('stage', 'close-date', 'forecast-category', 'outcome')),
	CONSTRAINT "deal_history_reason_given" CHECK(length(trim("deal_history"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `deal_history_deal_idx` ON `deal_history` (`deal_id`,`changed_on`);--> statement-breakpoint
CREATE INDEX `deal_history_author_idx` ON `deal_history` (`author_id`);--> statement-breakpoint
CREATE TABLE `deal_links` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deal_links_kind_known" CHECK("deal_links"."kind" IN ('call-review', 'proposal-review', 'note'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deal_links_unique_idx` ON `deal_links` (`deal_id`,`kind`,`target_id`);--> statement-breakpoint
CREATE INDEX `deal_links_target_idx` ON `deal_links` (`kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `deal_review_commitments` (
	`deal_review_id` text NOT NULL,
	`commitment_id` text NOT NULL,
	PRIMARY KEY(`deal_review_id`, `commitment_id`),
	FOREIGN KEY (`deal_review_id`) REFERENCES `deal_reviews`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `deal_review_commitments_commitment_idx` ON `deal_review_commitments` (`commitment_id`);--> statement-breakpoint
CREATE TABLE `deal_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`one_on_one_id` text NOT NULL,
	`deal_id` text NOT NULL,
	`agreed_next_step` text,
	`summary` text,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deal_reviews_meeting_deal_idx` ON `deal_reviews` (`one_on_one_id`,`deal_id`);--> statement-breakpoint
CREATE INDEX `deal_reviews_deal_idx` ON `deal_reviews` (`deal_id`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`account` text NOT NULL,
	`name` text NOT NULL,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`segment` text,
	`product` text,
	`stage_id` text NOT NULL,
	`expected_close_on` text,
	`forecast_category` text NOT NULL,
	`next_step` text,
	`next_step_on` text,
	`next_step_owner` text,
	`crm_source` text,
	`crm_id` text,
	`outcome` text NOT NULL,
	`closed_on` text,
	`opened_on` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deals_value_not_negative" CHECK("deals"."value_minor" >= 0),
	CONSTRAINT "deals_currency_iso" CHECK(length("deals"."currency") = 3 AND "deals"."currency" = upper("deals"."currency")),
	CONSTRAINT "deals_forecast_known" CHECK("deals"."forecast_category" IN ('pipeline', 'best-case', 'commit')),
	CONSTRAINT "deals_outcome_known" CHECK("deals"."outcome" IN ('open', 'won', 'lost')),
	CONSTRAINT "deals_closed_when_decided" CHECK(("deals"."outcome" = 'open') = ("deals"."closed_on" IS NULL)),
	CONSTRAINT "deals_crm_source_with_id" CHECK(("deals"."crm_id" IS NULL) = ("deals"."crm_source" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `deals_rep_idx` ON `deals` (`rep_id`,`outcome`);--> statement-breakpoint
CREATE INDEX `deals_stage_idx` ON `deals` (`stage_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `deals_crm_idx` ON `deals` (`crm_source`,`crm_id`);--> statement-breakpoint
CREATE TABLE `pipeline_targets` (
	`rep_id` text NOT NULL,
	`quarter` text NOT NULL,
	`currency` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`rep_id`, `quarter`),
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "pipeline_targets_amount_positive" CHECK("pipeline_targets"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE `stage_exit_criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`stage_id` text NOT NULL,
	`text` text NOT NULL,
	`question_id` text,
	`position` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `stage_exit_criteria_stage_idx` ON `stage_exit_criteria` (`stage_id`,`position`);