CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`kind` text NOT NULL,
	`rep_id` text,
	`author_id` text,
	`visibility` text NOT NULL,
	`occurred_on` text,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`rep_key` text,
	`author_key` text,
	`target` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_documents_source_idx` ON `search_documents` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `search_documents_filter_idx` ON `search_documents` (`id`,`kind`,`rep_id`,`author_id`,`visibility`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `search_pending` (
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`source`, `source_id`)
);--> statement-breakpoint
-- Full-text index over search_documents (its external content). unicode61 with remove_diacritics 2 folds
-- accents (Müller finds Muller and the other way round); prefix indexes make "bren*" a range scan. kind,
-- rep_key and author_key are indexed too, so the kind, rep and visibility filters narrow inside the index.
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, body, kind, rep_key, author_key, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')
--> statement-breakpoint
CREATE TRIGGER `search_documents_ai` AFTER INSERT ON `search_documents` BEGIN
  INSERT INTO `search_fts`(rowid, title, body, kind, rep_key, author_key) VALUES (NEW.id, NEW.title, NEW.body, NEW.kind, NEW.rep_key, NEW.author_key);
END
--> statement-breakpoint
CREATE TRIGGER `search_documents_ad` AFTER DELETE ON `search_documents` BEGIN
  INSERT INTO `search_fts`(`search_fts`, rowid, title, body, kind, rep_key, author_key) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.kind, OLD.rep_key, OLD.author_key);
END
--> statement-breakpoint
CREATE TRIGGER `search_documents_au` AFTER UPDATE ON `search_documents` BEGIN
  INSERT INTO `search_fts`(`search_fts`, rowid, title, body, kind, rep_key, author_key) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.kind, OLD.rep_key, OLD.author_key);
  INSERT INTO `search_fts`(rowid, title, body, kind, rep_key, author_key) VALUES (NEW.id, NEW.title, NEW.body, NEW.kind, NEW.rep_key, NEW.author_key);
END
--> statement-breakpoint
-- Every source table marks what it changed; the search service re-reads those sources before the same
-- transaction commits (electron/core/services/search.ts), so no write path can leave the index behind.
CREATE TRIGGER `search_mark_notes_ins` AFTER INSERT ON `notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'note' AS s, NEW.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_notes_upd` AFTER UPDATE ON `notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'note' AS s, OLD.id AS i UNION SELECT 'note', NEW.id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_notes_del` AFTER DELETE ON `notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'note' AS s, OLD.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_ones_ins` AFTER INSERT ON `one_on_ones` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, NEW.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_ones_upd` AFTER UPDATE ON `one_on_ones` FOR EACH ROW WHEN OLD.rep_id IS NOT NEW.rep_id OR OLD.date IS NOT NEW.date BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.id AS i UNION SELECT 'oneOnOne', NEW.id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_ones_del` AFTER DELETE ON `one_on_ones` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_one_notes_ins` AFTER INSERT ON `one_on_one_notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, NEW.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_one_notes_upd` AFTER UPDATE ON `one_on_one_notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i UNION SELECT 'oneOnOne', NEW.one_on_one_id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_one_on_one_notes_del` AFTER DELETE ON `one_on_one_notes` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_agenda_items_ins` AFTER INSERT ON `agenda_items` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, NEW.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_agenda_items_upd` AFTER UPDATE ON `agenda_items` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i UNION SELECT 'oneOnOne', NEW.one_on_one_id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_agenda_items_del` AFTER DELETE ON `agenda_items` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_commitments_ins` AFTER INSERT ON `commitments` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, NEW.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_commitments_upd` AFTER UPDATE ON `commitments` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i UNION SELECT 'oneOnOne', NEW.one_on_one_id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_commitments_del` AFTER DELETE ON `commitments` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'oneOnOne' AS s, OLD.one_on_one_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_observations_ins` AFTER INSERT ON `observations` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'observation' AS s, NEW.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_observations_upd` AFTER UPDATE ON `observations` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'observation' AS s, OLD.id AS i UNION SELECT 'observation', NEW.id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_observations_del` AFTER DELETE ON `observations` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'observation' AS s, OLD.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_call_reviews_ins` AFTER INSERT ON `call_reviews` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, NEW.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_call_reviews_upd` AFTER UPDATE ON `call_reviews` FOR EACH ROW WHEN OLD.rep_id IS NOT NEW.rep_id OR OLD.date IS NOT NEW.date OR OLD.account IS NOT NEW.account OR OLD.deal IS NOT NEW.deal BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, OLD.id AS i UNION SELECT 'callReview', NEW.id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_call_reviews_del` AFTER DELETE ON `call_reviews` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, OLD.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_transcript_chunks_ins` AFTER INSERT ON `transcript_chunks` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, NEW.call_review_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_transcript_chunks_upd` AFTER UPDATE ON `transcript_chunks` FOR EACH ROW WHEN OLD.lines IS NOT NEW.lines OR OLD.call_review_id IS NOT NEW.call_review_id BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, OLD.call_review_id AS i UNION SELECT 'callReview', NEW.call_review_id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_transcript_chunks_del` AFTER DELETE ON `transcript_chunks` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'callReview' AS s, OLD.call_review_id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_behaviours_ins` AFTER INSERT ON `behaviours` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'behaviour' AS s, NEW.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_behaviours_upd` AFTER UPDATE ON `behaviours` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'behaviour' AS s, OLD.id AS i UNION SELECT 'behaviour', NEW.id) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
CREATE TRIGGER `search_mark_behaviours_del` AFTER DELETE ON `behaviours` BEGIN
  INSERT INTO `search_pending` (`source`, `source_id`) SELECT v.s, v.i FROM (SELECT 'behaviour' AS s, OLD.id AS i) AS v WHERE NOT EXISTS (SELECT 1 FROM `search_pending` p WHERE p.`source` = v.s AND p.`source_id` = v.i);
END
--> statement-breakpoint
-- Existing rows: every source is marked, and the core indexes them at its next start (before any call).
INSERT OR IGNORE INTO `search_pending` SELECT 'note', id FROM `notes`
--> statement-breakpoint
INSERT OR IGNORE INTO `search_pending` SELECT 'oneOnOne', id FROM `one_on_ones`
--> statement-breakpoint
INSERT OR IGNORE INTO `search_pending` SELECT 'observation', id FROM `observations`
--> statement-breakpoint
INSERT OR IGNORE INTO `search_pending` SELECT 'callReview', id FROM `call_reviews`
--> statement-breakpoint
INSERT OR IGNORE INTO `search_pending` SELECT 'behaviour', id FROM `behaviours`;
