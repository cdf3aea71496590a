CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`one_on_one_id` text NOT NULL,
	`text` text NOT NULL,
	`author` text NOT NULL,
	`recurring` integer DEFAULT false NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	`carried_count` integer DEFAULT 0 NOT NULL,
	`carried_from_id` text,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agenda_items_one_on_one_idx` ON `agenda_items` (`one_on_one_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_carried_from_idx` ON `agenda_items` (`carried_from_id`);--> statement-breakpoint
CREATE TABLE `agenda_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`items` text NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`one_on_one_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_on` text,
	`behaviour_id` text,
	`status` text NOT NULL,
	`drop_reason` text,
	`closed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `commitments_rep_idx` ON `commitments` (`rep_id`,`status`);--> statement-breakpoint
CREATE INDEX `commitments_one_on_one_idx` ON `commitments` (`one_on_one_id`);--> statement-breakpoint
CREATE TABLE `one_on_one_focus` (
	`one_on_one_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`one_on_one_id`, `behaviour_id`),
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `one_on_one_notes` (
	`one_on_one_id` text NOT NULL,
	`part` text NOT NULL,
	`doc` text NOT NULL,
	`text` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`one_on_one_id`, `part`),
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `one_on_ones` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `one_on_ones_rep_date_idx` ON `one_on_ones` (`rep_id`,`date`);--> statement-breakpoint
CREATE TABLE `rep_cadences` (
	`rep_id` text PRIMARY KEY NOT NULL,
	`cadence` text NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
