CREATE TABLE `opened_share_packs` (
	`id` text PRIMARY KEY NOT NULL,
	`opened_by` text NOT NULL,
	`manager_key` text NOT NULL,
	`pack_id` text NOT NULL,
	`exported_at` text NOT NULL,
	`opened_at` text NOT NULL,
	`pack` text NOT NULL,
	FOREIGN KEY (`opened_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opened_share_packs_owner_manager_idx` ON `opened_share_packs` (`opened_by`,`manager_key`);--> statement-breakpoint
CREATE TABLE `share_pack_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`exported_by` text NOT NULL,
	`exported_at` text NOT NULL,
	`file_name` text NOT NULL,
	`counts` text NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`exported_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `share_pack_exports_rep_idx` ON `share_pack_exports` (`rep_id`,`exported_at`);--> statement-breakpoint
CREATE INDEX `share_pack_exports_by_idx` ON `share_pack_exports` (`exported_by`);--> statement-breakpoint
CREATE TABLE `share_pack_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`author_id` text NOT NULL,
	`manager_key` text NOT NULL,
	`kind` text NOT NULL,
	`item_id` text NOT NULL,
	`about` text NOT NULL,
	`stance` text,
	`self_level` integer,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "share_pack_responses_self_level_range" CHECK("share_pack_responses"."self_level" IS NULL OR "share_pack_responses"."self_level" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE INDEX `share_pack_responses_author_idx` ON `share_pack_responses` (`author_id`,`manager_key`,`created_at`);--> statement-breakpoint
CREATE TABLE `share_reply_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`imported_by` text NOT NULL,
	`imported_at` text NOT NULL,
	`pack_id` text NOT NULL,
	`replies` integer NOT NULL,
	`agenda_points` integer NOT NULL,
	`already_imported` integer NOT NULL,
	`unmatched` text NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`imported_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `share_reply_imports_rep_idx` ON `share_reply_imports` (`rep_id`,`imported_at`);--> statement-breakpoint
CREATE INDEX `share_reply_imports_by_idx` ON `share_reply_imports` (`imported_by`);