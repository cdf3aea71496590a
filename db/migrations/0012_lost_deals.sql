CREATE TABLE `deal_loss_secondary_reasons` (
	`deal_id` text NOT NULL,
	`reason_id` text NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`deal_id`, `reason_id`),
	FOREIGN KEY (`deal_id`) REFERENCES `deal_losses`(`deal_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reason_id`) REFERENCES `loss_reasons`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `deal_loss_secondary_reason_idx` ON `deal_loss_secondary_reasons` (`reason_id`);--> statement-breakpoint
CREATE TABLE `deal_losses` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`competitor` text,
	`primary_reason_id` text,
	`primary_reason_label` text,
	`rep_view_reason_id` text,
	`rep_view_label` text,
	`manager_view_reason_id` text,
	`manager_view_label` text,
	`what_would_have_changed` text,
	`crm_reason` text,
	`author_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`primary_reason_id`) REFERENCES `loss_reasons`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`rep_view_reason_id`) REFERENCES `loss_reasons`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`manager_view_reason_id`) REFERENCES `loss_reasons`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deal_losses_outcome_known" CHECK("deal_losses"."outcome" IN ('competitor', 'no-decision', 'built-in-house', 'unknown')),
	CONSTRAINT "deal_losses_competitor_when_lost_to_one" CHECK("deal_losses"."competitor" IS NULL OR "deal_losses"."outcome" = 'competitor'),
	CONSTRAINT "deal_losses_primary_labelled" CHECK(("deal_losses"."primary_reason_id" IS NULL) = ("deal_losses"."primary_reason_label" IS NULL)),
	CONSTRAINT "deal_losses_rep_view_labelled" CHECK(("deal_losses"."rep_view_reason_id" IS NULL) = ("deal_losses"."rep_view_label" IS NULL)),
	CONSTRAINT "deal_losses_manager_view_labelled" CHECK(("deal_losses"."manager_view_reason_id" IS NULL) = ("deal_losses"."manager_view_label" IS NULL)),
	CONSTRAINT "deal_losses_revision_positive" CHECK("deal_losses"."revision" >= 1)
);
--> statement-breakpoint
CREATE INDEX `deal_losses_primary_idx` ON `deal_losses` (`primary_reason_id`);--> statement-breakpoint
CREATE INDEX `deal_losses_rep_view_idx` ON `deal_losses` (`rep_view_reason_id`);--> statement-breakpoint
CREATE INDEX `deal_losses_manager_view_idx` ON `deal_losses` (`manager_view_reason_id`);--> statement-breakpoint
CREATE INDEX `deal_losses_author_idx` ON `deal_losses` (`author_id`);--> statement-breakpoint
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
--> statement-breakpoint
CREATE TABLE `retrospective_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`rep_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_on` text,
	`status` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `retrospectives`(`deal_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "retrospective_actions_owner_known" CHECK("retrospective_actions"."owner" IN ('rep', 'manager')),
	CONSTRAINT "retrospective_actions_status_known" CHECK("retrospective_actions"."status" IN ('open', 'done'))
);
--> statement-breakpoint
CREATE INDEX `retrospective_actions_deal_idx` ON `retrospective_actions` (`deal_id`,`position`);--> statement-breakpoint
CREATE INDEX `retrospective_actions_rep_idx` ON `retrospective_actions` (`rep_id`,`status`);--> statement-breakpoint
CREATE TABLE `retrospective_events` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`happened_on` text NOT NULL,
	`what` text NOT NULL,
	`who` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `retrospectives`(`deal_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `retrospective_events_deal_idx` ON `retrospective_events` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `retrospectives` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	`plain_text` text NOT NULL,
	`decision_process` text,
	`author_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "retrospectives_decision_process_known" CHECK("retrospectives"."decision_process" IS NULL OR "retrospectives"."decision_process" IN ('evidence', 'assumption')),
	CONSTRAINT "retrospectives_revision_positive" CHECK("retrospectives"."revision" >= 1)
);
--> statement-breakpoint
CREATE INDEX `retrospectives_author_idx` ON `retrospectives` (`author_id`);