CREATE TABLE `behaviour_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`behaviour_id` text NOT NULL,
	`changed_at` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `behaviour_history_behaviour_idx` ON `behaviour_history` (`behaviour_id`);--> statement-breakpoint
CREATE TABLE `behaviour_stages` (
	`behaviour_id` text NOT NULL,
	`stage_id` text NOT NULL,
	PRIMARY KEY(`behaviour_id`, `stage_id`),
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `behaviour_stages_stage_idx` ON `behaviour_stages` (`stage_id`);--> statement-breakpoint
CREATE TABLE `behaviours` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`competency_id` text NOT NULL,
	`methodologies` text DEFAULT '[]' NOT NULL,
	`rubric` text NOT NULL,
	`position` integer NOT NULL,
	`archived_at` text,
	`merged_into_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`merged_into_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `behaviours_competency_idx` ON `behaviours` (`competency_id`);--> statement-breakpoint
CREATE TABLE `competencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`position` integer NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `stages` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`position` integer NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`title` text NOT NULL,
	`doc` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `notes_rep_idx` ON `notes` (`rep_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`behaviour_name_then` text NOT NULL,
	`observed_on` text NOT NULL,
	`level` integer,
	`verdict` text,
	`evidence` text,
	`anchor` text,
	`anchor_state` text,
	`comment` text,
	`source_kind` text NOT NULL,
	`source_id` text,
	`author_id` text,
	`visibility` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `observations_rep_date_idx` ON `observations` (`rep_id`,`observed_on`);--> statement-breakpoint
CREATE INDEX `observations_behaviour_idx` ON `observations` (`behaviour_id`);--> statement-breakpoint
CREATE INDEX `observations_source_idx` ON `observations` (`source_kind`,`source_id`);