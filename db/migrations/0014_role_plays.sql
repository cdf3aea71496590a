CREATE TABLE `role_play_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`script_id` text NOT NULL,
	`version_id` text NOT NULL,
	`rep_id` text NOT NULL,
	`author_id` text,
	`mode` text NOT NULL,
	`visibility` text NOT NULL,
	`practised_on` text NOT NULL,
	`duration_seconds` integer NOT NULL,
	`path` text NOT NULL,
	`marks` text NOT NULL,
	`comment` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`script_id`) REFERENCES `role_play_scripts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`version_id`) REFERENCES `role_play_script_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "role_play_attempts_mode_known" CHECK("role_play_attempts"."mode" IN ('manager-run', 'self-practice')),
	CONSTRAINT "role_play_attempts_visibility_known" CHECK("role_play_attempts"."visibility" IN ('private', 'shared')),
	CONSTRAINT "role_play_attempts_duration_nonnegative" CHECK("role_play_attempts"."duration_seconds" >= 0)
);
--> statement-breakpoint
CREATE INDEX `role_play_attempts_rep_date_idx` ON `role_play_attempts` (`rep_id`,`practised_on`);--> statement-breakpoint
CREATE INDEX `role_play_attempts_script_idx` ON `role_play_attempts` (`script_id`);--> statement-breakpoint
CREATE INDEX `role_play_attempts_version_idx` ON `role_play_attempts` (`version_id`);--> statement-breakpoint
CREATE INDEX `role_play_attempts_author_idx` ON `role_play_attempts` (`author_id`);--> statement-breakpoint
CREATE TABLE `role_play_rubric_lines` (
	`version_id` text NOT NULL,
	`position` integer NOT NULL,
	`behaviour_id` text NOT NULL,
	`levels` text NOT NULL,
	PRIMARY KEY(`version_id`, `position`),
	FOREIGN KEY (`version_id`) REFERENCES `role_play_script_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `role_play_rubric_lines_behaviour_idx` ON `role_play_rubric_lines` (`behaviour_id`);--> statement-breakpoint
CREATE TABLE `role_play_scores` (
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`behaviour_id` text NOT NULL,
	`level` integer NOT NULL,
	`comment` text,
	PRIMARY KEY(`attempt_id`, `position`),
	FOREIGN KEY (`attempt_id`) REFERENCES `role_play_attempts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "role_play_scores_level_range" CHECK("role_play_scores"."level" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE INDEX `role_play_scores_behaviour_idx` ON `role_play_scores` (`behaviour_id`);--> statement-breakpoint
CREATE TABLE `role_play_script_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`script_id` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`situation` text NOT NULL,
	`situation_text` text NOT NULL,
	`persona` text NOT NULL,
	`objectives` text NOT NULL,
	`difficulty` integer NOT NULL,
	`stage_id` text,
	`beats` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`script_id`) REFERENCES `role_play_scripts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "role_play_script_versions_difficulty_range" CHECK("role_play_script_versions"."difficulty" BETWEEN 1 AND 3),
	CONSTRAINT "role_play_script_versions_number_positive" CHECK("role_play_script_versions"."number" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_play_script_versions_script_number_idx` ON `role_play_script_versions` (`script_id`,`number`);--> statement-breakpoint
CREATE INDEX `role_play_script_versions_stage_idx` ON `role_play_script_versions` (`stage_id`);--> statement-breakpoint
CREATE TABLE `role_play_scripts` (
	`id` text PRIMARY KEY NOT NULL,
	`seed_id` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "role_play_scripts_revision_positive" CHECK("role_play_scripts"."revision" >= 1)
);
