CREATE TABLE `call_review_analyses` (
	`call_review_id` text PRIMARY KEY NOT NULL,
	`segment_count` integer NOT NULL,
	`metrics` text NOT NULL,
	`keywords` text NOT NULL,
	`moments` text NOT NULL,
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `transcript_chunks` (
	`call_review_id` text NOT NULL,
	`first_idx` integer NOT NULL,
	`line_count` integer NOT NULL,
	`lines` text NOT NULL,
	PRIMARY KEY(`call_review_id`, `first_idx`),
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "transcript_chunks_first_idx_aligned" CHECK("transcript_chunks"."first_idx" >= 0 AND "transcript_chunks"."first_idx" % 1000 = 0),
	CONSTRAINT "transcript_chunks_line_count_range" CHECK("transcript_chunks"."line_count" BETWEEN 1 AND 1000),
	CONSTRAINT "transcript_chunks_lines_array" CHECK(json_type("transcript_chunks"."lines") = 'array')
);
--> statement-breakpoint
-- Every imported transcript moves into chunks of 1,000 lines, in line order (lines were numbered 0, 1, 2…
-- by the import, so line i is entry i − first_idx of its chunk); who spoke each line comes along.
INSERT INTO `transcript_chunks` (`call_review_id`, `first_idx`, `line_count`, `lines`)
SELECT `call_review_id`, (`idx` / 1000) * 1000, count(*),
  json_group_array(json_array(`speaker`, `participant_id`, `start_ms`, `end_ms`, `text`) ORDER BY `idx`)
FROM `transcript_segments` GROUP BY `call_review_id`, `idx` / 1000;
--> statement-breakpoint
DROP TABLE `transcript_segments`;
