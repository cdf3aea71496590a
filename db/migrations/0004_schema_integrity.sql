CREATE TABLE `call_scorecard_lines` (
	`call_review_id` text NOT NULL,
	`position` integer NOT NULL,
	`behaviour_id` text NOT NULL,
	`weight` real NOT NULL,
	`critical` integer NOT NULL,
	`level` integer,
	`comment` text,
	`observation_id` text,
	PRIMARY KEY(`call_review_id`, `position`),
	FOREIGN KEY (`call_review_id`) REFERENCES `call_scorecards`(`call_review_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "call_scorecard_lines_position_not_negative" CHECK("call_scorecard_lines"."position" >= 0),
	CONSTRAINT "call_scorecard_lines_weight_range" CHECK("call_scorecard_lines"."weight" > 0 AND "call_scorecard_lines"."weight" <= 10),
	CONSTRAINT "call_scorecard_lines_critical_boolean" CHECK("call_scorecard_lines"."critical" IN (0, 1)),
	CONSTRAINT "call_scorecard_lines_level_range" CHECK("call_scorecard_lines"."level" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE INDEX `call_scorecard_lines_behaviour_idx` ON `call_scorecard_lines` (`behaviour_id`);
--> statement-breakpoint
CREATE INDEX `call_scorecard_lines_observation_idx` ON `call_scorecard_lines` (`observation_id`);
--> statement-breakpoint
CREATE TABLE `scorecard_template_lines` (
	`template_id` text NOT NULL,
	`position` integer NOT NULL,
	`behaviour_id` text NOT NULL,
	`weight` real NOT NULL,
	`critical` integer NOT NULL,
	PRIMARY KEY(`template_id`, `position`),
	FOREIGN KEY (`template_id`) REFERENCES `scorecard_templates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "scorecard_template_lines_position_not_negative" CHECK("scorecard_template_lines"."position" >= 0),
	CONSTRAINT "scorecard_template_lines_weight_range" CHECK("scorecard_template_lines"."weight" > 0 AND "scorecard_template_lines"."weight" <= 10),
	CONSTRAINT "scorecard_template_lines_critical_boolean" CHECK("scorecard_template_lines"."critical" IN (0, 1))
);
--> statement-breakpoint
CREATE INDEX `scorecard_template_lines_behaviour_idx` ON `scorecard_template_lines` (`behaviour_id`);
--> statement-breakpoint
-- Scorecard lines leave their JSON for child tables (read before the JSON columns go, below). A line
-- naming a behaviour deleted since (possible before deleting one on a scorecard was refused) has
-- nothing left to rate and is left out, as the template seed already does.
INSERT INTO `scorecard_template_lines`("template_id", "position", "behaviour_id", "weight", "critical")
SELECT t."id", j.key, json_extract(j.value, '$.behaviourId'), json_extract(j.value, '$.weight'), json_extract(j.value, '$.critical')
FROM `scorecard_templates` t, json_each(t."lines") j
WHERE EXISTS (SELECT 1 FROM `behaviours` b WHERE b."id" = json_extract(j.value, '$.behaviourId'));
--> statement-breakpoint
-- drizzle-kit writes this PRAGMA, but inside a transaction SQLite ignores it: db/migrate.ts switches
-- foreign keys off before BEGIN, so the DROP TABLEs below cascade into nothing (the scorecard lines
-- hang off call_scorecards and observations, agenda items off each other).
PRAGMA foreign_keys=OFF;
--> statement-breakpoint
CREATE TABLE `__new_observations` (
	`id` text PRIMARY KEY NOT NULL,
	`rep_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`behaviour_name_then` text NOT NULL,
	`observed_on` text NOT NULL,
	`level` integer,
	`verdict` text,
	`evidence` text,
	`anchor` text,
	`anchor_document_id` text,
	`anchor_part` text,
	`anchor_state` text,
	`annotation_type` text,
	`comment` text,
	`source_kind` text NOT NULL,
	`source_id` text,
	`author_id` text,
	`visibility` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviours`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "observations_level_range" CHECK("__new_observations"."level" BETWEEN 1 AND 4),
	CONSTRAINT "observations_verdict_known" CHECK("__new_observations"."verdict" IN ('strength', 'gap')),
	CONSTRAINT "observations_visibility_known" CHECK("__new_observations"."visibility" IN ('private', 'shared')),
	CONSTRAINT "observations_anchor_state_known" CHECK("__new_observations"."anchor_state" IN ('anchored', 'unanchored', 'orphaned')),
	CONSTRAINT "observations_anchor_part_known" CHECK("__new_observations"."anchor_part" IN ('body', 'shared', 'private', 'transcript')),
	CONSTRAINT "observations_annotation_type_known" CHECK("__new_observations"."annotation_type" IN ('strength', 'missed-opportunity', 'try-instead', 'question')),
	CONSTRAINT "observations_revision_positive" CHECK("__new_observations"."revision" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_observations`("id", "rep_id", "behaviour_id", "behaviour_name_then", "observed_on", "level", "verdict", "evidence", "anchor", "anchor_document_id", "anchor_part", "anchor_state", "annotation_type", "comment", "source_kind", "source_id", "author_id", "visibility", "created_at", "updated_at", "revision")
SELECT "id", "rep_id", "behaviour_id", "behaviour_name_then", "observed_on", "level", "verdict", "evidence", "anchor",
  CASE WHEN json_valid("anchor") THEN json_extract("anchor", '$.documentId') END,
  CASE WHEN json_valid("anchor") THEN CASE json_extract("anchor", '$.kind') WHEN 'mark' THEN coalesce(json_extract("anchor", '$.part'), 'body') WHEN 'transcript' THEN 'transcript' END END,
  "anchor_state", "annotation_type", "comment", "source_kind", "source_id", "author_id", "visibility", "created_at", "updated_at", "revision" FROM `observations`;
--> statement-breakpoint
DROP TABLE `observations`;
--> statement-breakpoint
ALTER TABLE `__new_observations` RENAME TO `observations`;
--> statement-breakpoint
PRAGMA foreign_keys=ON;
--> statement-breakpoint
CREATE INDEX `observations_rep_date_idx` ON `observations` (`rep_id`,`observed_on`);
--> statement-breakpoint
CREATE INDEX `observations_rep_behaviour_date_idx` ON `observations` (`rep_id`,`behaviour_id`,`observed_on`);
--> statement-breakpoint
CREATE INDEX `observations_behaviour_date_idx` ON `observations` (`behaviour_id`,`observed_on`);
--> statement-breakpoint
CREATE INDEX `observations_source_idx` ON `observations` (`source_kind`,`source_id`);
--> statement-breakpoint
CREATE INDEX `observations_anchor_document_idx` ON `observations` (`anchor_document_id`,`anchor_part`);
--> statement-breakpoint
CREATE INDEX `observations_author_idx` ON `observations` (`author_id`);
--> statement-breakpoint
CREATE INDEX `behaviours_merged_into_idx` ON `behaviours` (`merged_into_id`);
--> statement-breakpoint
CREATE INDEX `commitments_behaviour_idx` ON `commitments` (`behaviour_id`);
--> statement-breakpoint
CREATE INDEX `one_on_one_focus_behaviour_idx` ON `one_on_one_focus` (`behaviour_id`);
--> statement-breakpoint
CREATE INDEX `call_reviews_call_type_idx` ON `call_reviews` (`call_type_id`);
--> statement-breakpoint
-- observation_id is now a reference: one that names a deleted observation becomes NULL, as ON DELETE SET NULL would have made it.
INSERT INTO `call_scorecard_lines`("call_review_id", "position", "behaviour_id", "weight", "critical", "level", "comment", "observation_id")
SELECT c."call_review_id", j.key, json_extract(j.value, '$.behaviourId'), json_extract(j.value, '$.weight'), json_extract(j.value, '$.critical'),
  json_extract(j.value, '$.level'), json_extract(j.value, '$.comment'),
  (SELECT o."id" FROM `observations` o WHERE o."id" = json_extract(j.value, '$.observationId'))
FROM `call_scorecards` c, json_each(c."lines") j
WHERE EXISTS (SELECT 1 FROM `behaviours` b WHERE b."id" = json_extract(j.value, '$.behaviourId'));
--> statement-breakpoint
CREATE TABLE `__new_call_scorecards` (
	`call_review_id` text PRIMARY KEY NOT NULL,
	`template_id` text,
	`submitted_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `scorecard_templates`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- New references: a value that names no row becomes NULL, as ON DELETE SET NULL would have made it.
INSERT INTO `__new_call_scorecards`("call_review_id", "template_id", "submitted_at", "updated_at")
SELECT "call_review_id", (SELECT t."id" FROM `scorecard_templates` t WHERE t."id" = c."template_id"), "submitted_at", "updated_at" FROM `call_scorecards` c;
--> statement-breakpoint
DROP TABLE `call_scorecards`;
--> statement-breakpoint
ALTER TABLE `__new_call_scorecards` RENAME TO `call_scorecards`;
--> statement-breakpoint
CREATE INDEX `call_scorecards_template_idx` ON `call_scorecards` (`template_id`);
--> statement-breakpoint
CREATE TABLE `__new_transcript_segments` (
	`call_review_id` text NOT NULL,
	`idx` integer NOT NULL,
	`speaker` text,
	`participant_id` text,
	`start_ms` integer,
	`end_ms` integer,
	`text` text NOT NULL,
	PRIMARY KEY(`call_review_id`, `idx`),
	FOREIGN KEY (`call_review_id`) REFERENCES `call_reviews`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`participant_id`) REFERENCES `call_participants`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "transcript_segments_idx_not_negative" CHECK("__new_transcript_segments"."idx" >= 0),
	CONSTRAINT "transcript_segments_start_not_negative" CHECK("__new_transcript_segments"."start_ms" >= 0),
	CONSTRAINT "transcript_segments_end_not_negative" CHECK("__new_transcript_segments"."end_ms" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_transcript_segments`("call_review_id", "idx", "speaker", "participant_id", "start_ms", "end_ms", "text")
SELECT "call_review_id", "idx", "speaker", (SELECT p."id" FROM `call_participants` p WHERE p."id" = s."participant_id"), "start_ms", "end_ms", "text" FROM `transcript_segments` s;
--> statement-breakpoint
DROP TABLE `transcript_segments`;
--> statement-breakpoint
ALTER TABLE `__new_transcript_segments` RENAME TO `transcript_segments`;
--> statement-breakpoint
CREATE INDEX `transcript_segments_participant_idx` ON `transcript_segments` (`participant_id`);
--> statement-breakpoint
CREATE TABLE `__new_agenda_items` (
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
	FOREIGN KEY (`one_on_one_id`) REFERENCES `one_on_ones`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`carried_from_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "agenda_items_author_known" CHECK("__new_agenda_items"."author" IN ('manager', 'rep')),
	CONSTRAINT "agenda_items_recurring_boolean" CHECK("__new_agenda_items"."recurring" IN (0, 1)),
	CONSTRAINT "agenda_items_done_boolean" CHECK("__new_agenda_items"."done" IN (0, 1)),
	CONSTRAINT "agenda_items_carried_count_not_negative" CHECK("__new_agenda_items"."carried_count" >= 0),
	CONSTRAINT "agenda_items_position_not_negative" CHECK("__new_agenda_items"."position" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_agenda_items`("id", "one_on_one_id", "text", "author", "recurring", "done", "carried_count", "carried_from_id", "position", "created_at")
SELECT "id", "one_on_one_id", "text", "author", "recurring", "done", "carried_count", (SELECT f."id" FROM `agenda_items` f WHERE f."id" = a."carried_from_id"), "position", "created_at" FROM `agenda_items` a;
--> statement-breakpoint
DROP TABLE `agenda_items`;
--> statement-breakpoint
ALTER TABLE `__new_agenda_items` RENAME TO `agenda_items`;
--> statement-breakpoint
CREATE INDEX `agenda_items_one_on_one_idx` ON `agenda_items` (`one_on_one_id`);
--> statement-breakpoint
CREATE INDEX `agenda_items_carried_from_idx` ON `agenda_items` (`carried_from_id`);
--> statement-breakpoint
ALTER TABLE `scorecard_templates` DROP COLUMN `lines`;
