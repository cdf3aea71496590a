import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBehaviours } from '../../db/repositories/behaviours';
import { insertParticipants, insertSegments, insertCallReview } from '../../db/repositories/call-reviews';
import { insertCommitment } from '../../db/repositories/commitments';
import { insertNote } from '../../db/repositories/notes';
import { insertObservation } from '../../db/repositories/observations';
import { insertAgendaItem } from '../../db/repositories/agenda';
import { insertNotes, insertOneOnOne, replaceFocus } from '../../db/repositories/one-on-ones';
import { insertPerson } from '../../db/repositories/people';
import { writeScorecard } from '../../db/repositories/scorecards';
import type { Anchor } from '../../shared/contract';
import { DEFAULT_COMPETENCIES, DEFAULT_STAGES } from '../../shared/domain/default-library';
import { makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';
import { type CapturedStatement, captureStatements } from '../helpers/query-capture';
import { userTables } from '../helpers/fill-tables';
import { syncSearchIndex } from '../../electron/core/services/search';

/**
 * Every query the screens run, planned by SQLite on a database with years of history, must find its
 * rows through an index: a full SCAN of a table that grows with use, or a sort of one in a temporary
 * B-tree, fails the test with the repository function that ran it. The SQL is captured from the real
 * handlers and repositories as they run (see query-capture.ts), not copied here, so a query that
 * regresses fails this test.
 */

/** A table holding at least this many rows in the test's database counts as one that grows with use. */
const LARGE = 400;
const BULK_REPS = 40;

const ago = (days: number) => {
  const d = new Date(Date.UTC(2026, 2, 2) - days * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const at = (date: string) => `${date}T09:00:00.000Z`;
const emptyDoc = { type: 'doc' as const, content: [{ type: 'paragraph' }] };

/** Years of history for `repIds`, written through the repositories in one transaction. */
function writeHistory(core: TestCore, repIds: string[]) {
  const { db, sqlite } = core.database;
  const behaviourIds = listBehaviours(db).map((b) => b.id);
  const behaviour = (n: number) => behaviourIds[n % behaviourIds.length]!;
  sqlite.transaction(() => {
    repIds.forEach((repId, r) => {
      // Oldest first, so a carried point's source is there before it.
      for (let m = 24; m >= 0; m--) {
        const oneOnOneId = `h-${r}-m${m}`;
        const date = ago(14 * (m + 1));
        insertOneOnOne(db, {
          id: oneOnOneId,
          repId,
          date,
          status: 'held',
          createdAt: at(date),
          updatedAt: at(date),
          revision: 1,
        });
        insertNotes(db, oneOnOneId, 'shared', at(date));
        insertNotes(db, oneOnOneId, 'private', at(date));
        replaceFocus(db, oneOnOneId, [behaviour(r + m)]);
        for (let a = 0; a < 4; a++) {
          insertAgendaItem(db, {
            id: `${oneOnOneId}-a${a}`,
            oneOnOneId,
            text: `Talking point ${a}`,
            author: a % 2 === 0 ? 'manager' : 'rep',
            recurring: false,
            done: a < 3,
            // The open point came over from the meeting before (the next older one), as carried points do.
            carriedCount: a === 3 && m < 24 ? 1 : 0,
            carriedFromId: a === 3 && m < 24 ? `h-${r}-m${m + 1}-a${a}` : null,
            position: a,
            createdAt: at(date),
          });
        }
      }
      for (let c = 0; c < 15; c++) {
        const date = ago(14 * ((c % 25) + 1));
        insertCommitment(db, {
          id: `h-${r}-c${c}`,
          repId,
          oneOnOneId: `h-${r}-m${c % 25}`,
          text: `Commitment ${c}`,
          owner: 'rep',
          dueOn: ago(14 * (c % 25)),
          behaviourId: c % 3 === 0 ? behaviour(c) : null,
          status: c % 4 === 0 ? 'open' : 'done',
          dropReason: null,
          closedOn: c % 4 === 0 ? null : ago(14 * (c % 25)),
          createdAt: at(date),
          updatedAt: at(date),
          revision: 1,
        });
      }
      for (let n = 0; n < 12; n++) {
        const date = ago(30 * n + 3);
        insertNote(db, {
          id: `h-${r}-n${n}`,
          repId,
          authorId: null,
          visibility: 'private',
          title: `Ride-along ${n}`,
          doc: emptyDoc,
          text: '',
          createdAt: at(date),
          updatedAt: at(date),
        });
      }
      for (let k = 0; k < 12; k++) {
        const callId = `h-${r}-call${k}`;
        const date = ago(30 * k + 5);
        insertCallReview(db, {
          id: callId,
          repId,
          date,
          account: `Account ${k}`,
          deal: null,
          callTypeId: 'call-discovery',
          transcriptFormat: 'text',
          transcriptFileName: null,
          mediaFileName: null,
          durationMs: null,
          createdAt: at(date),
          updatedAt: at(date),
          revision: 1,
        });
        const participants = [
          { id: `${callId}-p0`, name: 'Rep', side: 'rep' as const, title: null },
          { id: `${callId}-p1`, name: 'Buyer', side: 'customer' as const, title: null },
        ];
        insertParticipants(db, callId, participants);
        insertSegments(
          db,
          callId,
          Array.from({ length: 30 }, (_, index) => ({
            index,
            speaker: participants[index % 2]!.name,
            participantId: participants[index % 2]!.id,
            startMs: index * 1000,
            endMs: index * 1000 + 900,
            text: `Line ${index}`,
          })),
        );
        writeScorecard(
          db,
          callId,
          {
            templateId: null,
            lines: Array.from({ length: 5 }, (_, l) => ({
              behaviourId: behaviour(l),
              weight: 1,
              critical: l === 0,
              level: (l % 4) + 1,
              comment: null,
              observationId: null,
            })),
            submittedAt: at(date),
          },
          at(date),
        );
      }
      for (let o = 0; o < 250; o++) {
        const date = ago((o * 3) % 700);
        const fromCall = o % 5 === 0;
        const fromNote = o % 5 === 1;
        const source = fromCall ? `h-${r}-call${o % 12}` : fromNote ? `h-${r}-n${o % 12}` : null;
        const anchor: Anchor | null = fromCall
          ? {
              kind: 'transcript',
              documentId: source!,
              startSegment: 1,
              startOffset: 0,
              endSegment: 1,
              endOffset: 4,
              startMs: 1000,
              endMs: 1900,
            }
          : fromNote
            ? { kind: 'mark', documentId: source!, part: 'body' }
            : null;
        insertObservation(db, {
          id: `h-${r}-o${o}`,
          repId,
          behaviourId: behaviour(o),
          behaviourNameThen: 'Behaviour',
          observedOn: date,
          level: o % 2 === 0 ? (o % 4) + 1 : null,
          verdict: o % 2 === 0 ? null : 'gap',
          evidence: null,
          anchor,
          anchorState: anchor ? 'anchored' : null,
          annotationType: fromCall ? 'question' : null,
          comment: null,
          sourceKind: fromCall ? 'call-review' : fromNote ? 'note' : 'ad-hoc',
          sourceId: source,
          authorId: null,
          visibility: 'private',
          createdAt: at(date),
          updatedAt: at(date),
          revision: 1,
        });
      }
    });
  })();
}

interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

const NOT_AN_ALIAS = new Set(
  'where on inner left right full cross natural join order group limit set using union except intersect window values having select outer'.split(
    ' ',
  ),
);

/** Aliases and table names a statement reads, each mapped to its table. */
function tablesOf(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(
    /\b(?:from|join|update|into)\s+[`"]?(\w+)[`"]?(?:\s+(?:as\s+)?[`"]?(\w+)[`"]?)?/gi,
  )) {
    const table = m[1]!;
    map.set(table, table);
    if (m[2] && !NOT_AN_ALIAS.has(m[2].toLowerCase())) map.set(m[2], table);
  }
  return map;
}

/**
 * Full reads the product asks for on purpose, each with its reason. Anything else that reads every row
 * of a large table fails. `when` picks the statements an entry covers.
 */
const KNOWN_FULL_READS: {
  caller: string;
  table: string;
  when: (s: CapturedStatement) => boolean;
  reason: string;
}[] = [
  {
    caller: 'listCallReviewSummaries (call-reviews.ts)',
    table: 'call_reviews',
    when: (s) => s.params.length === 0,
    reason: 'callReviews.list without a rep answers every call of the team: the whole table is the answer',
  },
  {
    caller: 'listCallReviewSummaries (call-reviews.ts)',
    table: 'call_reviews',
    when: (s) =>
      /ORDER BY c\.date DESC, c\.created_at DESC LIMIT \? OFFSET \?/.test(s.sql) &&
      !/WHERE/.test(s.sql.split(')')[0]!),
    reason:
      'a page of the team’s calls walks call_reviews_date_idx newest first and stops after offset + limit rows (no sort)',
  },
  {
    caller: 'listCallReviewSummaries (call-reviews.ts)',
    table: 'call_scorecard_lines',
    when: (s) => s.params.length === 0,
    reason: 'the scores of every call in that unfiltered list',
  },
];

/** How a plan line reaches a table: its name (or alias) and whether it is a full read. */
function access(line: PlanLine, tables: Map<string, string>) {
  const m = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(line.detail);
  if (!m) return null;
  const table = tables.get(m[2]!) ?? m[2]!;
  // An equality on the index's first column: the rows of one parent (one rep, one meeting, one call).
  const byKey = m[1] === 'SEARCH' && /\(\w+=\?/.test(m[3]!);
  return { table, full: m[1] === 'SCAN', byKey };
}

/**
 * What is wrong with a statement's plan: a full read of a large table, or a sort in a temporary
 * B-tree of rows a large table gave without narrowing them to one parent's (sorting one meeting's
 * agenda items is nothing; sorting the whole history is what an index is for).
 */
function planProblems(sqlite: Database.Database, statement: CapturedStatement, large: Set<string>): string[] {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as PlanLine[];
  const tables = tablesOf(statement.sql);
  const problems: string[] = [];
  const known = (table: string) =>
    KNOWN_FULL_READS.some((k) => k.caller === statement.caller && k.table === table && k.when(statement));
  for (const line of plan) {
    const read = access(line, tables);
    if (read?.full && large.has(read.table) && !known(read.table))
      problems.push(`reads every row of ${read.table} (${line.detail})`);
    if (!/USE TEMP B-TREE FOR (ORDER BY|GROUP BY|DISTINCT)/.test(line.detail)) continue;
    // The rows sorted are those read at the same level of the plan as the sort.
    for (const sibling of plan.filter((l) => l.parent === line.parent)) {
      const sorted = access(sibling, tables);
      if (sorted && large.has(sorted.table) && !sorted.byKey && !known(sorted.table))
        problems.push(
          `sorts rows of ${sorted.table} in a temporary B-tree (${sibling.detail}; ${line.detail})`,
        );
    }
  }
  return problems;
}

const SKIPPED =
  /^\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|EXPLAIN|ANALYZE)\b|sqlite_master|pragma_/i;

let core: TestCore;
let capture: ReturnType<typeof captureStatements>;
let large: Set<string>;
const ran: CapturedStatement[] = [];

beforeAll(async () => {
  core = makeCore(); // today: 2 March 2026
  const tom = await value(core, 'people.create', { name: 'Tom Fielding' });
  const repIds = [tom.id];
  const { db, sqlite } = core.database;
  sqlite.transaction(() => {
    for (let r = 0; r < BULK_REPS; r++) {
      const id = `h-rep-${r}`;
      insertPerson(db, {
        id,
        name: `Rep ${String(r).padStart(2, '0')}`,
        kind: 'rep',
        title: null,
        team: r % 2 === 0 ? 'North' : 'South',
        managerId: null,
        region: null,
        segment: null,
        startDate: null,
        email: null,
        archivedAt: null,
        createdAt: at('2024-01-01'),
        updatedAt: at('2024-01-01'),
        revision: 1,
      });
      repIds.push(id);
    }
  })();
  writeHistory(core, repIds);
  // The history went straight to the repositories: index all of it, as the core does over its first minutes
  // (a batch at a time), so the reads below meet an index with nothing waiting.
  sqlite.transaction(() => {
    while (syncSearchIndex(db) > 0);
  })();
  sqlite.exec('ANALYZE');
  large = new Set(
    userTables(sqlite).filter(
      (t) => (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n >= LARGE,
    ),
  );

  // Tom's present: a one-to-one coming up, a note with a tagged observation, a call to score.
  const next = await value(core, 'oneOnOnes.create', { repId: tom.id, date: '2026-03-09' });
  await value(core, 'oneOnOnes.setFocus', { id: next.id, behaviourIds: ['bhv-asks-implication-questions'] });
  await value(core, 'commitments.create', {
    oneOnOneId: next.id,
    text: 'Send the plan',
    dueOn: '2026-03-13',
  });
  const note = await value(core, 'notes.create', { repId: tom.id, title: 'Ride-along, Leeds' });
  const tagged = await value(core, 'observations.create', {
    repId: tom.id,
    behaviourId: 'bhv-asks-implication-questions',
    observedOn: '2026-03-01',
    level: 2,
    evidence: 'What does that cost you?',
    anchor: { kind: 'mark', documentId: note.id },
    sourceKind: 'note',
    sourceId: note.id,
  });
  const review = await value(core, 'callReviews.create', {
    repId: tom.id,
    date: '2026-02-24',
    account: 'Acme',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Tom Fielding', side: 'rep' },
      { name: 'Tom Becker', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, {
      fileName: 'acme.txt',
      text: 'Tom Fielding: What made you look at this now?\nTom Becker: Our forecast.\n',
    }),
    speakerMap: [
      { speaker: 'Tom Fielding', participant: 0 },
      { speaker: 'Tom Becker', participant: 1 },
    ],
  });
  const unused = await value(core, 'behaviours.create', {
    name: 'Summarises the buyer’s words',
    definition: 'Plays back what the buyer said before moving on.',
    competencyId: DEFAULT_COMPETENCIES[0]!.id,
    stageIds: [DEFAULT_STAGES[0]!.id],
    methodologies: [],
    rubric: ['Never', 'Sometimes', 'Mostly', 'Always'],
  } as never);

  capture = captureStatements();
  await capture.during(async () => {
    // Team list and a person.
    await value(core, 'people.list', {});
    await value(core, 'people.list', { search: 'Tom' });
    await value(core, 'people.get', { id: tom.id });
    // One-to-ones: overview, a rep's list, one meeting, the prep brief, its notes.
    await value(core, 'oneOnOnes.overview', {});
    await value(core, 'oneOnOnes.list', { repId: tom.id });
    const meeting = await value(core, 'oneOnOnes.get', { id: next.id });
    await value(core, 'oneOnOnes.prepBrief', { repId: tom.id });
    await value(core, 'oneOnOnes.saveNotes', {
      id: next.id,
      revision: meeting.shared.revision,
      part: 'shared',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pipeline' }] }] },
    } as never);
    // A new meeting takes over open talking points; ticking one off closes its carried copies.
    const later = await value(core, 'oneOnOnes.create', { repId: tom.id, date: '2026-03-16' });
    const point =
      later.agenda[0] ?? (await value(core, 'agenda.add', { oneOnOneId: later.id, text: 'Pipeline' }));
    await value(core, 'agenda.update', { id: point.id, text: point.text, done: true, recurring: false });
    // Commitments.
    await value(core, 'commitments.list', { repId: tom.id });
    await value(core, 'commitments.list', { repId: tom.id, status: 'open' });
    await value(core, 'commitments.completion', { repId: tom.id });
    // Observations by rep, by behaviour, by rep and behaviour, by source (a document's tags).
    await value(core, 'observations.list', { repId: tom.id });
    await value(core, 'observations.list', { behaviourId: 'bhv-asks-implication-questions' });
    await value(core, 'observations.list', { repId: tom.id, behaviourId: 'bhv-asks-implication-questions' });
    await value(core, 'observations.list', { sourceKind: 'note', sourceId: note.id });
    await value(core, 'observations.get', { id: tagged.id });
    // Role-play: the script library, one script, a rep's attempts and improvement.
    await value(core, 'rolePlays.list', {});
    await value(core, 'rolePlays.get', { id: 'rps-discount-before-value' });
    await value(core, 'rolePlays.attempts', { repId: tom.id });
    await value(core, 'rolePlays.improvement', { repId: tom.id });
    // The behaviour library, one behaviour, and deleting one nobody used.
    await value(core, 'library.get', {});
    await value(core, 'behaviours.get', { id: 'bhv-asks-implication-questions' });
    await value(core, 'behaviours.delete', { id: unused.id });
    // Call reviews: the list, one call, its scorecard.
    await value(core, 'callReviews.list', {});
    await value(core, 'callReviews.list', { repId: tom.id });
    // The calls screen's pages: the first, and the next.
    await value(core, 'callReviews.list', { limit: 25 });
    await value(core, 'callReviews.list', { limit: 25, offset: 25 });
    const opened = await value(core, 'callReviews.get', { id: review.id });
    await value(core, 'scorecardTemplates.list', {});
    await value(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 0, startOffset: 0, endSegment: 0, endOffset: 4 },
      annotationType: 'question',
      behaviourId: 'bhv-asks-implication-questions',
      verdict: 'gap',
    });
    await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: opened.revision,
      templateId: opened.scorecard.templateId,
      lines: opened.scorecard.lines.map((l, i) => ({
        behaviourId: l.behaviourId,
        weight: l.weight,
        critical: l.critical,
        level: i === 0 ? 3 : null,
        comment: null,
      })),
      submit: true,
    } as never);
    // Lost deals: the dashboard (every lost deal and the behaviours tagged in retrospectives) and the list.
    await value(core, 'lostDeals.dashboard', {});
    await value(core, 'lostDeals.list', {});
    await value(core, 'lossReasons.list', {});
    // Search: words across everything, then narrowed to one rep, a kind, and a date range.
    await value(core, 'search.query', { text: 'pipeline' });
    await value(core, 'search.query', { text: 'cost you', repId: tom.id });
    await value(core, 'search.query', {
      text: 'forecast',
      kinds: ['transcript'],
      from: '2026-01-01',
      to: '2026-03-01',
    });
    // Notes: the list, one note, and saving it (its tags reconciled with their observations).
    await value(core, 'notes.list', { repId: tom.id });
    const openedNote = await value(core, 'notes.get', { id: note.id });
    await value(core, 'notes.save', {
      id: note.id,
      revision: openedNote.revision,
      title: openedNote.title,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'What does that cost you?',
                marks: [{ type: 'behaviourTag', attrs: { observationId: tagged.id } }],
              },
            ],
          },
        ],
      },
    });
  });
  ran.push(...capture.captured);
}, 120_000);

afterAll(() => {
  capture?.restore();
  core?.close();
});

describe('query plans of the screens’ queries', () => {
  it('runs on a database where the history tables are large', () => {
    for (const table of [
      'observations',
      'one_on_ones',
      'one_on_one_notes',
      'one_on_one_focus',
      'agenda_items',
      'commitments',
      'notes',
      'call_reviews',
      'call_participants',
      'transcript_chunks',
      'call_scorecard_lines',
    ])
      expect(large, table).toContain(table);
  });

  it('captured the repository functions the screens use', () => {
    const callers = new Set(ran.map((s) => s.caller));
    for (const fn of [
      'listPeople (people.ts)',
      'findPerson (people.ts)',
      'listDirectReports (people.ts)',
      'listOneOnOneSummaries (one-on-ones.ts)',
      'previousOneOnOne (one-on-ones.ts)',
      'lastHeldOneOnOne (one-on-ones.ts)',
      'listFocus (one-on-ones.ts)',
      'readNotes (one-on-ones.ts)',
      'saveNotesRow (one-on-ones.ts)',
      'listAgenda (agenda.ts)',
      'liveItemsBefore (agenda.ts)',
      'markCarriedCopiesDone (agenda.ts)',
      'listCommitments (commitments.ts)',
      'listObservations (observations.ts)',
      'latestLevelBefore (observations.ts)',
      'anchoredObservationsOf (observations.ts)',
      'listBehaviours (behaviours.ts)',
      'findBehaviour (behaviours.ts)',
      'behaviourLinkCount (one-on-ones.ts)',
      'scorecardUsesOf (scorecards.ts)',
      'deleteBehaviourRow (behaviours.ts)',
      'listCallReviewSummaries (call-reviews.ts)',
      'chunksFrom (call-reviews.ts)',
      'readAnalysis (call-reviews.ts)',
      'listParticipants (call-reviews.ts)',
      'readScorecard (scorecards.ts)',
      'writeScorecard (scorecards.ts)',
      'listScorecardTemplates (scorecard-templates.ts)',
      'listNotes (notes.ts)',
      'findNote (notes.ts)',
      'saveNoteRow (notes.ts)',
      'listLossFacts (lost-deals.ts)',
      'listRetrospectiveTags (lost-deals.ts)',
      'listOpenActionsOfRep (lost-deals.ts)',
      'listScriptSummaries (role-plays.ts)',
      'findVersion (role-plays.ts)',
      'attemptsWhere (role-plays.ts)',
      'rolePlayUsesOf (role-plays.ts)',
    ])
      expect(callers, fn).toContain(fn);
  });

  it('finds every row through an index: no full scan or sort of a large table', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const statement of ran) {
      if (SKIPPED.test(statement.sql) || seen.has(statement.sql)) continue;
      seen.add(statement.sql);
      for (const problem of planProblems(core.database.sqlite, statement, large))
        problems.push(`${statement.caller} ${problem}:\n    ${statement.sql}`);
    }
    expect(seen.size).toBeGreaterThan(40);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('a page of the team’s calls', () => {
  it('walks the date index newest first and sorts nothing', () => {
    const page = ran.find(
      (s) => s.caller === 'listCallReviewSummaries (call-reviews.ts)' && /LIMIT \? OFFSET \?/.test(s.sql),
    );
    expect(page).toBeDefined();
    const plan = core.database.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${page!.sql}`)
      .all(...page!.params) as PlanLine[];
    const details = plan.map((line) => line.detail);
    expect(
      details.some((d) => /SCAN c USING (COVERING )?INDEX call_reviews_date_idx/.test(d)),
      details.join('\n'),
    ).toBe(true);
    expect(details.filter((d) => /USE TEMP B-TREE FOR ORDER BY/.test(d) && !/RIGHT PART/.test(d))).toEqual(
      [],
    );
  });
});

describe('the plan rules', () => {
  const statement = (sql: string, params: unknown[]) => ({ sql, params, caller: 'a test' });
  it('flag a full read and a sort of a large table, and let a sort of one parent’s rows pass', () => {
    const sqlite = core.database.sqlite;
    expect(
      planProblems(sqlite, statement('SELECT * FROM observations WHERE comment = ?', ['x']), large),
    ).toEqual(['reads every row of observations (SCAN observations)']);
    expect(
      planProblems(
        sqlite,
        statement('SELECT * FROM observations o WHERE o.rep_id > ? ORDER BY o.created_at', ['h']),
        large,
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sorts rows of observations in a temporary B-tree/)]),
    );
    expect(
      planProblems(
        sqlite,
        statement('SELECT * FROM observations WHERE rep_id = ? ORDER BY created_at', ['h-rep-1']),
        large,
      ),
    ).toEqual([]);
  });
});

describe('references', () => {
  it('every foreign-key column leads an index, so deleting or checking a parent row never scans the child', () => {
    const sqlite = core.database.sqlite;
    const missing: string[] = [];
    for (const table of userTables(sqlite)) {
      const indexes = (
        sqlite.prepare('SELECT name FROM pragma_index_list(?)').all(table) as { name: string }[]
      ).map(
        ({ name }) =>
          (
            sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as {
              name: string;
            }[]
          )[0]?.name,
      );
      const keys = sqlite.prepare('SELECT DISTINCT "from" FROM pragma_foreign_key_list(?)').all(table) as {
        from: string;
      }[];
      for (const { from } of keys) if (!indexes.includes(from)) missing.push(`${table}.${from}`);
    }
    expect(missing).toEqual([]);
  });
});
