import { eq, sql } from 'drizzle-orm';
import type { Note, NoteSummary, RichTextDoc } from '../../shared/contract';
import type { ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { notes, people } from '../schema';

const EXCERPT_LENGTH = 160;

// "notes"."id" written out: drizzle leaves single-table columns unqualified, and an unqualified "id"
// inside the subquery would bind to observations.id.
const authorName = sql<string | null>`(SELECT p.name FROM ${people} p WHERE p.id = "notes"."author_id")`;

const observationCount = sql<number>`(SELECT count(*) FROM observations o WHERE o.source_kind = 'note' AND o.source_id = "notes"."id")`;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * A rep's notes that `visibleTo` may read (the visibility rule's scope: the viewer's own, or shared about a
 * rep they see; null for every note), most recently changed first. Hand-written and prepared once, the
 * scope bound as parameters, the excerpt cut in JS.
 */
export function listNotes(db: ReadableDB, repId: string, visibleTo: ReadScope | null): NoteSummary[] {
  const reps = visibleTo?.sharedRepIds ? JSON.stringify(visibleTo.sharedRepIds) : null;
  return prepared<Omit<NoteSummary, 'excerpt'> & { text: string }>(
    db,
    `SELECT n.id, n.rep_id AS repId, n.title, n.text,
       (SELECT count(*) FROM observations o WHERE o.source_kind = 'note' AND o.source_id = n.id) AS observationCount,
       n.visibility, n.author_id AS authorId, (SELECT p.name FROM people p WHERE p.id = n.author_id) AS authorName,
       n.created_at AS createdAt, n.updated_at AS updatedAt
     FROM notes n
     WHERE n.rep_id = ? AND (? = 0 OR n.author_id IS ? OR (n.visibility = 'shared' AND (? IS NULL OR n.rep_id IN (SELECT value FROM json_each(?)))))
     ORDER BY n.updated_at DESC`,
  )
    .all(repId, visibleTo ? 1 : 0, visibleTo?.authorId ?? null, reps, reps ?? '[]')
    .map(({ text, ...row }) => ({ ...row, excerpt: excerptOf(text) }));
}

export function findNote(db: ReadableDB, id: string): Note | undefined {
  const row = db
    .select({
      id: notes.id,
      repId: notes.repId,
      title: notes.title,
      doc: notes.doc,
      text: notes.text,
      observationCount,
      visibility: notes.visibility,
      authorId: notes.authorId,
      authorName,
      createdAt: notes.createdAt,
      updatedAt: notes.updatedAt,
      revision: notes.revision,
    })
    .from(notes)
    .where(eq(notes.id, id))
    .get();
  if (!row) return undefined;
  const { text, doc, ...rest } = row;
  return { ...rest, doc, excerpt: excerptOf(text) };
}

export function insertNote(
  db: WritableDB,
  row: {
    id: string;
    repId: string;
    title: string;
    doc: RichTextDoc;
    text: string;
    authorId: string | null;
    visibility: 'private' | 'shared';
    createdAt: string;
    updatedAt: string;
  },
): void {
  db.insert(notes)
    .values({ ...row, revision: 1 })
    .run();
}

/** Writes only if the stored revision is the one the editor started from. */
export function saveNoteRow(
  db: WritableDB,
  id: string,
  expectedRevision: number,
  changes: {
    title: string;
    doc: RichTextDoc;
    text: string;
    updatedAt: string;
    visibility: 'private' | 'shared';
  },
): boolean {
  return (
    db
      .update(notes)
      .set({ ...changes, revision: sql`${notes.revision} + 1` })
      .where(sql`${notes.id} = ${id} AND ${notes.revision} = ${expectedRevision}`)
      .run().changes === 1
  );
}
