DROP INDEX `observations_rep_date_idx`;--> statement-breakpoint
DROP INDEX `observations_rep_behaviour_date_idx`;--> statement-breakpoint
CREATE INDEX `observations_rep_date_idx` ON `observations` (`rep_id`,`observed_on`,`behaviour_id`,`level`,`verdict`,`source_kind`,`visibility`,`author_id`);--> statement-breakpoint
CREATE INDEX `observations_rep_behaviour_date_idx` ON `observations` (`rep_id`,`behaviour_id`,`observed_on`,`level`,`verdict`,`source_kind`,`visibility`,`author_id`);--> statement-breakpoint
CREATE INDEX `commitments_due_idx` ON `commitments` (`due_on`,`rep_id`,`status`,`one_on_one_id`);