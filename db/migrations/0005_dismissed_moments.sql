CREATE TABLE `dismissed_moments` (
	`call_review_id` text NOT NULL,
	`moment_key` text NOT NULL,
	`dismissed_at` text NOT NULL,
	PRIMARY KEY(`call_review_id`, `moment_key`),
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict
);
