CREATE TABLE `development_goals` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`target_level` integer NOT NULL,
	`set_on` text NOT NULL,
	`due_on` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "development_goals_target_level_range" CHECK("development_goals"."target_level" BETWEEN 1 AND 4),
	CONSTRAINT "development_goals_due_after_set" CHECK("development_goals"."due_on" >= "development_goals"."set_on"),
	CONSTRAINT "development_goals_revision_positive" CHECK("development_goals"."revision" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `development_goals_rep_behaviour_idx` ON `development_goals` (`rep_id`,`behaviour_id`);--> statement-breakpoint
CREATE INDEX `development_goals_behaviour_idx` ON `development_goals` (`behaviour_id`);