CREATE TABLE `call_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`call_review_id` text NOT NULL,
	`name` text NOT NULL,
	`side` text NOT NULL,
	`title` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `call_participants_review_idx` ON `call_participants` (`call_review_id`);--> statement-breakpoint
CREATE TABLE `call_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`date` text NOT NULL,
	`account` text NOT NULL,
	`deal` text,
	`call_type_id` text NOT NULL,
	`transcript_format` text NOT NULL,
	`transcript_file_name` text,
	`media_file_name` text,
	`duration_ms` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`call_type_id`) REFERENCES `call_types`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `call_reviews_rep_date_idx` ON `call_reviews` (`rep_id`,`date`);--> statement-breakpoint
CREATE TABLE `call_scorecards` (
	`call_review_id` text PRIMARY KEY NOT NULL,
	`template_id` text,
	`lines` text NOT NULL,
	`submitted_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `call_types` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scorecard_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`call_type_ids` text NOT NULL,
	`lines` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `transcript_segments` (
	`call_review_id` text NOT NULL,
	`idx` integer NOT NULL,
	`speaker` text,
	`participant_id` text,
	`start_ms` integer,
	`end_ms` integer,
	`text` text NOT NULL,
	PRIMARY KEY(`call_review_id`, `idx`),
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
ALTER TABLE `observations` ADD `annotation_type` text;