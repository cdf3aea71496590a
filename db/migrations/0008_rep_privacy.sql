CREATE TABLE `workspace_owner_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`changed_at` text NOT NULL,
	`kind` text NOT NULL,
	`from_person_id` text,
	`to_person_id` text NOT NULL,
	FOREIGN KEY (`from_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`to_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `workspace_owner_changes_from_idx` ON `workspace_owner_changes` (`from_person_id`);--> statement-breakpoint
CREATE INDEX `workspace_owner_changes_to_idx` ON `workspace_owner_changes` (`to_person_id`);--> statement-breakpoint
CREATE TABLE `observation_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`observation_id` text NOT NULL,
	`author_id` text NOT NULL,
	`stance` text NOT NULL,
	`self_level` integer,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `observation_replies_observation_idx` ON `observation_replies` (`observation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `observation_replies_author_idx` ON `observation_replies` (`author_id`);--> statement-breakpoint
ALTER TABLE `notes` ADD `author_id` text REFERENCES people(id) ON DELETE restrict;--> statement-breakpoint
ALTER TABLE `notes` ADD `visibility` text DEFAULT 'private' NOT NULL;--> statement-breakpoint
CREATE INDEX `notes_author_idx` ON `notes` (`author_id`);--> statement-breakpoint
ALTER TABLE `one_on_one_notes` ADD `author_id` text REFERENCES people(id) ON DELETE restrict;--> statement-breakpoint
CREATE INDEX `one_on_one_notes_author_idx` ON `one_on_one_notes` (`author_id`);--> statement-breakpoint
-- Records written before privacy was kept had no author. The rep's own manager is the one who held their
-- one-to-ones and wrote about them, so they become the author; records about a rep with no manager stay
-- authorless until the workspace's owner is chosen, who then claims them.
UPDATE `notes` SET `author_id` = (SELECT `manager_id` FROM `people` WHERE `people`.`id` = `notes`.`rep_id`) WHERE `author_id` IS NULL;--> statement-breakpoint
UPDATE `one_on_one_notes` SET `author_id` = (SELECT p.`manager_id` FROM `one_on_ones` m JOIN `people` p ON p.`id` = m.`rep_id` WHERE m.`id` = `one_on_one_notes`.`one_on_one_id`) WHERE `part` = 'private' AND `author_id` IS NULL;--> statement-breakpoint
UPDATE `observations` SET `author_id` = (SELECT `manager_id` FROM `people` WHERE `people`.`id` = `observations`.`rep_id`) WHERE `author_id` IS NULL;
