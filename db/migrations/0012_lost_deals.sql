CREATE TABLE `loss_reason_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reason_id` text NOT NULL,
	`changed_at` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`previous_name` text,
	FOREIGN KEY (`reason_id`) REFERENCES `loss_reasons`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "loss_reason_history_kind_known" CHECK("loss_reason_history"."kind" IN ('created', 'renamed', 'edited', 'archived', 'unarchived'))
);
--> statement-breakpoint
CREATE INDEX `loss_reason_history_reason_idx` ON `loss_reason_history` (`reason_id`);--> statement-breakpoint
CREATE TABLE `loss_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`position` integer NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "loss_reasons_revision_positive" CHECK("loss_reasons"."revision" >= 1)
);
