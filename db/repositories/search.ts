import {
  SEARCH_KINDS,
  type SearchKind,
  type SearchTarget,
  type SnippetPart,
  searchTargetSchema,
} from '../../shared/contract/search';
import { markedTitle, snippetOf } from '../../shared/domain/search-snippet';
import type { ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';

/**
 * A source of search documents: the records of one table (a note, a one-to-one with its notes, agenda
 * and commitments, a call with its transcript…), re-read whenever a trigger marks them changed.
 *
 * To make a new domain searchable (see docs/architecture.md, "Search"):
 * 1. add its result kind to SEARCH_KINDS and its target to searchTargetSchema (shared/contract/search.ts);
 * 2. add an entry here: `documents` selects its documents for one source id (`:id`), `all` every id;
 * 3. in its migration, three triggers that mark the source changed (`INSERT OR IGNORE INTO
 *    search_pending VALUES ('<source>', NEW.id)`), as migration 0015 does for notes, and mark its
 *    existing rows. The search service re-reads marked sources before every mutation commits.
 */
export interface SearchSource {
  /**
   * SELECT kind, rep_id, author_id, visibility ('private' | 'shared'), occurred_on (YYYY-MM-DD or NULL),
   * title, body, target (json_object matching searchTargetSchema) for the source id `:id`. Private
   * records must carry their author: the visibility rule is applied to these columns.
   */
  documents: string;
  /** SELECT id of every record of the source, for a rebuild. */
  all: string;
}

export const SEARCH_SOURCES: Record<string, SearchSource> = {
  note: {
    documents: `SELECT 'note', n.rep_id, n.author_id, n.visibility, substr(n.created_at, 1, 10), n.title, n.text,
        json_object('kind', 'note', 'repId', n.rep_id, 'noteId', n.id)
      FROM notes n WHERE n.id = :id`,
    all: 'SELECT id FROM notes',
  },
  // A one-to-one, its two parts of notes, its agenda points and its commitments: one source, because the
  // meeting's date and rep are on every document it yields.
  oneOnOne: {
    documents: `SELECT 'oneOnOneNotes', o.rep_id, CASE n.part WHEN 'private' THEN n.author_id END, n.part, o.date,
        CASE n.part WHEN 'private' THEN 'Private one-to-one notes' ELSE 'One-to-one notes' END, n.text,
        json_object('kind', 'oneOnOneNotes', 'oneOnOneId', o.id, 'part', n.part)
      FROM one_on_one_notes n JOIN one_on_ones o ON o.id = n.one_on_one_id
      WHERE o.id = :id AND n.text <> ''
      UNION ALL
      SELECT 'agendaItem', o.rep_id, CASE a.author WHEN 'rep' THEN o.rep_id END, 'shared', o.date,
        'Talking point', a.text,
        json_object('kind', 'agendaItem', 'oneOnOneId', o.id, 'agendaItemId', a.id)
      FROM agenda_items a JOIN one_on_ones o ON o.id = a.one_on_one_id
      WHERE o.id = :id
      UNION ALL
      SELECT 'commitment', c.rep_id, CASE c.owner WHEN 'rep' THEN c.rep_id END, 'shared', o.date,
        'Commitment', c.text,
        json_object('kind', 'commitment', 'oneOnOneId', o.id, 'commitmentId', c.id)
      FROM commitments c JOIN one_on_ones o ON o.id = c.one_on_one_id
      WHERE o.id = :id`,
    all: 'SELECT id FROM one_on_ones',
  },
  // Observations made on a call (annotations, scorecard lines) open the call; the others the rep's record.
  observation: {
    documents: `SELECT CASE WHEN o.source_kind = 'call-review' AND o.source_id IS NOT NULL THEN 'annotation' ELSE 'observation' END,
        o.rep_id, o.author_id, o.visibility, o.observed_on, o.behaviour_name_then,
        trim(coalesce(o.evidence, '') || char(10) || coalesce(o.comment, '')),
        CASE WHEN o.source_kind = 'call-review' AND o.source_id IS NOT NULL
          THEN json_object('kind', 'annotation', 'callReviewId', o.source_id, 'observationId', o.id)
          ELSE json_object('kind', 'observation', 'repId', o.rep_id, 'observationId', o.id) END
      FROM observations o WHERE o.id = :id`,
    all: 'SELECT id FROM observations',
  },
  // One document per transcript line, so a result opens (and seeks the recording to) that moment.
  callReview: {
    // Lines are stored 1,000 to a row (shared/domain/transcript-chunks.ts): [speaker, participant, start, end, text].
    documents: `SELECT 'transcript', c.rep_id, NULL, 'shared', c.date, coalesce(l.value ->> 0, 'Transcript'), l.value ->> 4,
        json_object('kind', 'transcript', 'callReviewId', c.id, 'segment', t.first_idx + l.key, 'startMs', l.value ->> 2)
      FROM transcript_chunks t JOIN json_each(t.lines) l JOIN call_reviews c ON c.id = t.call_review_id
      WHERE c.id = :id ORDER BY t.first_idx, l.key`,
    all: 'SELECT id FROM call_reviews',
  },
  // The library is about no one: every viewer finds it.
  behaviour: {
    documents: `SELECT 'behaviour', NULL, NULL, 'shared', NULL, b.name, b.definition,
        json_object('kind', 'behaviour', 'behaviourId', b.id)
      FROM behaviours b WHERE b.id = :id`,
    all: 'SELECT id FROM behaviours',
  },
};

/** An id as one index token: its hyphens dropped (see search_documents.rep_key). Same rule as idToken. */
const indexKey = (column: string) => `replace(${column}, '-', '')`;

/** Re-reads the documents of one source record (none if it is gone). */
function reindex(db: WritableDB, source: string, id: string): void {
  const definition = SEARCH_SOURCES[source];
  prepared(db, 'DELETE FROM search_documents WHERE source = ? AND source_id = ?').run(source, id);
  // A source this build does not know (a newer version's) is left to that version's rebuild.
  if (!definition) return;
  prepared(db, insertSql(definition.documents)).run({ source, id });
}

const insertSqlCache = new Map<string, string>();
function insertSql(documents: string): string {
  let sql = insertSqlCache.get(documents);
  if (sql === undefined) {
    // SQLite has no column list on a subquery alias: name the columns positionally with a CTE.
    sql = `WITH d(k, r, a, v, o, t, b, g) AS (${documents})
      INSERT INTO search_documents
        (source, source_id, kind, rep_id, author_id, visibility, occurred_on, title, body, rep_key, author_key, target)
      SELECT :source, :id, d.k, d.r, d.a, d.v, d.o, d.t, d.b,
        ${indexKey('d.r')}, ${indexKey('d.a')}, d.g FROM d`;
    insertSqlCache.set(documents, sql);
  }
  return sql;
}

/** The newest mark in search_pending (0 when none): what a write marks after this has a greater rowid. */
export function searchPendingMark(db: ReadableDB): number {
  return prepared<{ mark: number }>(db, 'SELECT coalesce(max(rowid), 0) AS mark FROM search_pending').get()!
    .mark;
}

/**
 * Brings the documents of sources marked changed up to date, oldest mark first: only the marks after
 * `after` (a write's own), at most `limit` of them (a backlog drained a batch at a time). Returns how many
 * sources it read; the marks it read are removed.
 */
export function drainSearchPending(db: WritableDB, options: { after?: number; limit?: number } = {}): number {
  const marked = prepared<{ mark: number; source: string; source_id: string }>(
    db,
    'SELECT rowid AS mark, source, source_id FROM search_pending WHERE rowid > ? ORDER BY rowid LIMIT ?',
  ).all(options.after ?? 0, options.limit ?? -1);
  if (marked.length === 0) return 0;
  for (const { source, source_id } of marked) reindex(db, source, source_id);
  prepared(db, 'DELETE FROM search_pending WHERE rowid > ? AND rowid <= ?').run(
    options.after ?? 0,
    marked[marked.length - 1]!.mark,
  );
  return marked.length;
}

/** How many sources wait to be indexed. */
export function searchPendingCount(db: ReadableDB): number {
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM search_pending').get()!.n;
}

/**
 * Throws the index away and marks every source to be indexed again; the marks are then drained like any
 * write's (core/services/search.ts): at once for a small history, a batch at a time for a large one.
 * Returns how many sources were marked.
 */
export function rebuildSearchIndex(db: WritableDB): number {
  const client = db.$client;
  client.prepare('DELETE FROM search_pending').run();
  client.prepare('DELETE FROM search_documents').run();
  // Whatever state the full-text index was in, it starts again empty (search_documents is its content).
  client.prepare("INSERT INTO search_fts(search_fts) VALUES ('delete-all')").run();
  const mark = client.prepare('INSERT INTO search_pending (source, source_id) VALUES (?, ?)');
  let marked = 0;
  for (const [source, definition] of Object.entries(SEARCH_SOURCES)) {
    for (const id of client.prepare(definition.all).pluck().all() as string[]) {
      mark.run(source, id);
      marked += 1;
    }
  }
  return marked;
}

export function matchExpression(text: string): string | null {
  // Only letters and digits reach the query: FTS5's syntax (quotes, NEAR, AND, -, ^, :) cannot be
  // injected, and unicode61 splits on the same characters when it indexes.
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((w) => `"${w}"*`)
    .join(' ');
}

export interface SearchFilter {
  /** The MATCH expression of the words (matchExpression). */
  match: string;
  /** The same words folded, to mark them in titles and snippets (searchWords). */
  words: readonly string[];
  kinds: readonly SearchKind[] | undefined;
  repId: string | undefined;
  from: string | undefined;
  to: string | undefined;
  limitPerKind: number;
  visibleTo: ReadScope;
}

export interface SearchHit {
  id: number;
  kind: SearchKind;
  total: number;
  more: boolean;
  title: SnippetPart[];
  repId: string | null;
  repName: string | null;
  occurredOn: string | null;
  snippet: SnippetPart[];
  target: SearchTarget;
}

/**
 * How many of the newest matching passages a search looks at. Every other cost of a query is bounded by
 * it, whatever the size of the history: a two-letter prefix on five years matches 100,000+ transcript
 * lines. The kind, rep and visibility filters narrow inside the full-text index before the cut (see
 * fullMatch), so the passages looked at are ones the viewer may find; a group's `more` says a total
 * reached the cut.
 */
export const SEARCH_CAP = 2000;

// The MATCH runs first, alone (DESIGN.md: "run the MATCH in a subquery before joins"), newest passages
// first (FTS5 walks rowids backwards without sorting) and cut at SEARCH_CAP; the visibility rule and the
// date filter then check each through search_documents_filter_idx, and a window keeps the best `limit`
// of each kind (bm25) with its count. MATERIALIZED: left to itself the planner may flatten the CTE and
// drive the join from search_documents, asking FTS5 once per document.
const RANKED_SQL = `WITH m AS MATERIALIZED (
    SELECT rowid AS id, rank FROM search_fts WHERE search_fts MATCH :match ORDER BY rowid DESC LIMIT ${SEARCH_CAP}
  ),
  v AS (
    SELECT d.id, d.kind, m.rank,
      row_number() OVER (PARTITION BY d.kind ORDER BY m.rank, d.id DESC) AS n,
      count(*) OVER (PARTITION BY d.kind) AS total
    FROM m JOIN search_documents d ON d.id = m.id
    WHERE (d.rep_id IS NULL OR d.author_id IS :viewer
        OR (d.visibility = 'shared' AND (:everyRep = 1 OR d.rep_id IN (SELECT value FROM json_each(:reps)))))
      AND (:kinds IS NULL OR d.kind IN (SELECT value FROM json_each(:kinds)))
      AND (:repId IS NULL OR d.rep_id = :repId)
      AND (:from IS NULL OR d.occurred_on >= :from)
      AND (:to IS NULL OR d.occurred_on <= :to)
  )
  SELECT id, total, (SELECT count(*) FROM m) AS looked FROM v WHERE n <= :limit ORDER BY kind, n`;

/**
 * An id as the index holds it in rep_key / author_key: one token once its hyphens are dropped (a UUID).
 * An id with other punctuation is split by the tokenizer, so it is asked for as a phrase of its parts.
 * Null if it has no letters or digits.
 */
function idToken(id: string): string | null {
  const parts = id.replace(/-/g, '').match(/[\p{L}\p{N}]+/gu);
  return parts ? `"${parts.join(' ')}"` : null;
}

/** Reps whose shared records a viewer sees, past which the index is not asked per rep (a long OR). */
const REPS_IN_INDEX = 12;

/**
 * The words (in titles and text only), and what the index itself can narrow: the kinds asked for, the rep,
 * and for a viewer who sees a few reps, those reps, their own records and the library. Narrowing in the
 * index is for speed and for the cut; the SQL filters after it stay exact (an id phrase could match a
 * longer id), so nothing here decides visibility alone.
 */
export function fullMatch(filter: SearchFilter): string {
  const parts = [`{title body} : (${filter.match})`];
  if (filter.kinds && filter.kinds.length > 0)
    parts.push(`kind : (${filter.kinds.map((k) => `"${k}"`).join(' OR ')})`);
  const rep = filter.repId === undefined ? null : idToken(filter.repId);
  if (rep) parts.push(`rep_key : ${rep}`);
  const scope = filter.visibleTo;
  if (scope.sharedRepIds !== null && scope.sharedRepIds.length <= REPS_IN_INDEX) {
    const author = scope.authorId === null ? null : idToken(scope.authorId);
    const seen = [
      ...scope.sharedRepIds.flatMap((id) => {
        const token = idToken(id);
        return token ? [`rep_key : ${token}`] : [];
      }),
      ...(author ? [`author_key : ${author}`] : []),
      'kind : "behaviour"',
    ];
    parts.push(`(${seen.join(' OR ')})`);
  }
  return parts.join(' AND ');
}

// The results shown, read by id; their snippets are cut in JavaScript (shared/domain/search-snippet.ts):
// FTS5's snippet() re-reads the index for every result, about a millisecond each on a large history.
const SHOWN_SQL = `SELECT d.id, d.kind, d.title, d.body, d.rep_id AS repId, p.name AS repName,
    d.occurred_on AS occurredOn, d.target
  FROM search_documents d LEFT JOIN people p ON p.id = d.rep_id
  WHERE d.id IN (SELECT value FROM json_each(:ids))`;

export function searchDocuments(db: ReadableDB, filter: SearchFilter): SearchHit[] {
  const match = fullMatch(filter);
  const ranked = prepared<{ id: number; total: number; looked: number }>(db, RANKED_SQL).all({
    match,
    viewer: filter.visibleTo.authorId,
    everyRep: filter.visibleTo.sharedRepIds === null ? 1 : 0,
    reps: JSON.stringify(filter.visibleTo.sharedRepIds ?? []),
    kinds: filter.kinds ? JSON.stringify(filter.kinds) : null,
    repId: filter.repId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    limit: filter.limitPerKind,
  });
  if (ranked.length === 0) return [];
  const shown = new Map(
    prepared<{
      id: number;
      kind: string;
      title: string;
      body: string;
      repId: string | null;
      repName: string | null;
      occurredOn: string | null;
      target: string;
    }>(db, SHOWN_SQL)
      .all({ ids: JSON.stringify(ranked.map((r) => r.id)) })
      .map((row) => [row.id, row]),
  );
  const more = ranked[0]!.looked >= SEARCH_CAP;
  // In the ranked order: each kind's best first.
  return ranked.flatMap(({ id, total }) => {
    const row = shown.get(id);
    if (!row) return [];
    const target = searchTargetSchema.safeParse(JSON.parse(row.target));
    // A document of a kind this build does not know (written by a newer version) is left out.
    if (!target.success || !(SEARCH_KINDS as readonly string[]).includes(row.kind)) return [];
    return [
      {
        id,
        kind: row.kind as SearchKind,
        total,
        more,
        title: markedTitle(row.title, filter.words),
        repId: row.repId,
        repName: row.repName,
        occurredOn: row.occurredOn,
        snippet: snippetOf(row.body, filter.words),
        target: target.data,
      },
    ];
  });
}

/** How many documents the index holds, and how many sources wait to be re-read (for tests and repair). */
export function searchIndexCounts(db: ReadableDB): { documents: number; pending: number } {
  return {
    documents: db.$client.prepare('SELECT count(*) FROM search_documents').pluck().get() as number,
    pending: db.$client.prepare('SELECT count(*) FROM search_pending').pluck().get() as number,
  };
}
