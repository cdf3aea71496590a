// The best hand-written better-sqlite3 queries for the same answers the screens ask the core for: the
// yardstick for "within 1.5× of raw". Statements are prepared once; rows come back as SQLite gives
// them, with only what the answer cannot do without in JS (parsing JSON columns, a call's metrics).
import type { Database, Statement } from 'better-sqlite3';

type Row = Record<string, unknown>;

const PERSON = `p.id, p.name, p.kind, p.title, p.team, p.manager_id AS managerId, m.name AS managerName, p.region,
  p.segment, p.start_date AS startDate, p.email, p.archived_at AS archivedAt, p.created_at AS createdAt,
  p.updated_at AS updatedAt, p.revision`;

const OBSERVATION = `o.id, o.rep_id AS repId, r.name AS repName, o.behaviour_id AS behaviourId,
  o.behaviour_name_then AS behaviourNameThen, b.name AS behaviourName, b.competency_id AS competencyId,
  o.observed_on AS observedOn, o.level, o.verdict, o.evidence, o.anchor, o.anchor_state AS anchorState,
  o.annotation_type AS annotationType, o.comment, o.source_kind AS sourceKind, o.source_id AS sourceId,
  CASE o.source_kind
    WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = o.source_id)
    WHEN 'one-on-one' THEN (SELECT 'One-to-one on ' || m.date FROM one_on_ones m WHERE m.id = o.source_id)
    WHEN 'call-review' THEN (SELECT 'Call with ' || c.account || ' on ' || c.date FROM call_reviews c WHERE c.id = o.source_id)
  END AS sourceTitle,
  o.author_id AS authorId, a.name AS authorName, o.visibility, o.created_at AS createdAt, o.updated_at AS updatedAt,
  o.revision`;
const OBSERVATION_FROM = `FROM observations o JOIN people r ON r.id = o.rep_id JOIN behaviours b ON b.id = o.behaviour_id
  LEFT JOIN people a ON a.id = o.author_id`;

export function rawQueries(sqlite: Database) {
  const cache = new Map<string, Statement>();
  const q = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = sqlite.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const stagesByBehaviour = () => {
    const map = new Map<string, string[]>();
    for (const row of q(
      'SELECT bs.behaviour_id AS b, bs.stage_id AS s FROM behaviour_stages bs JOIN stages s ON s.id = bs.stage_id ORDER BY s.position',
    ).all() as { b: string; s: string }[])
      map.set(row.b, [...(map.get(row.b) ?? []), row.s]);
    return map;
  };
  const observations = (where: string, ...params: unknown[]) => {
    const stages = stagesByBehaviour();
    return (q(`SELECT ${OBSERVATION} ${OBSERVATION_FROM} WHERE ${where}`).all(...params) as Row[]).map(
      (o): Row => ({
        ...o,
        stageIds: stages.get(o.behaviourId as string) ?? [],
        anchor: o.anchor === null ? null : JSON.parse(o.anchor as string),
      }),
    );
  };
  const commitments = (where: string, ...params: unknown[]) =>
    q(`SELECT k.id, k.rep_id AS repId, k.one_on_one_id AS oneOnOneId, m.date AS madeOn, k.text, k.owner,
         k.due_on AS dueOn, k.behaviour_id AS behaviourId, b.name AS behaviourName, k.status,
         k.drop_reason AS dropReason, k.closed_on AS closedOn, k.revision
       FROM commitments k JOIN one_on_ones m ON m.id = k.one_on_one_id LEFT JOIN behaviours b ON b.id = k.behaviour_id
       WHERE ${where}
       ORDER BY CASE k.status WHEN 'open' THEN 0 ELSE 1 END, coalesce(k.due_on, '9999'), k.created_at`).all(
      ...params,
    );
  const callSummaries = (where: string, ...params: unknown[]) =>
    (
      q(`SELECT c.id, c.rep_id AS repId, p.name AS repName, c.date, c.account, c.deal, c.call_type_id AS callTypeId,
           t.name AS callTypeName, c.duration_ms AS durationMs,
           (SELECT count(*) FROM observations o WHERE o.source_kind = 'call-review' AND o.source_id = c.id AND o.anchor IS NOT NULL) AS annotationCount,
           s.submitted_at AS scoredAt
         FROM call_reviews c JOIN people p ON p.id = c.rep_id JOIN call_types t ON t.id = c.call_type_id
         LEFT JOIN call_scorecards s ON s.call_review_id = c.id
         WHERE ${where}`).all(...params) as Row[]
    ).map((row, _i, rows) => {
      if (_i === 0) {
        // The submitted scorecards' lines of these calls, in one statement, as the app reads them.
        const ids = rows.filter((r) => r.scoredAt).map((r) => r.id);
        linesByCall.clear();
        for (const line of q(
          'SELECT * FROM call_scorecard_lines WHERE call_review_id IN (SELECT value FROM json_each(?)) ORDER BY call_review_id, position',
        ).all(JSON.stringify(ids)) as Row[])
          linesByCall.set(line.call_review_id as string, [
            ...(linesByCall.get(line.call_review_id as string) ?? []),
            line,
          ]);
      }
      return { ...row, scorecard: row.scoredAt ? (linesByCall.get(row.id as string) ?? []) : null };
    });
  const linesByCall = new Map<string, Row[]>();

  return {
    teamList: () =>
      q(
        `SELECT ${PERSON} FROM people p LEFT JOIN people m ON m.id = p.manager_id WHERE p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE`,
      ).all(),
    person: (id: string) => ({
      ...(q(`SELECT ${PERSON} FROM people p LEFT JOIN people m ON m.id = p.manager_id WHERE p.id = ?`).get(
        id,
      ) as Row),
      directReports: q(
        `SELECT ${PERSON} FROM people p LEFT JOIN people m ON m.id = p.manager_id WHERE p.manager_id = ? ORDER BY p.name COLLATE NOCASE`,
      ).all(id),
    }),
    observations: (repId: string, limit: number) =>
      observations('o.rep_id = ? ORDER BY o.observed_on DESC, o.created_at DESC LIMIT ?', repId, limit),
    notes: (repId: string) =>
      q(`SELECT n.id, n.rep_id AS repId, n.title, substr(n.text, 1, 400) AS text, n.created_at AS createdAt, n.updated_at AS updatedAt,
           (SELECT count(*) FROM observations o WHERE o.source_kind = 'note' AND o.source_id = n.id) AS observationCount
         FROM notes n WHERE n.rep_id = ? ORDER BY n.updated_at DESC`).all(repId),
    /** Every active rep's cadence facts in one statement; the state is a comparison of these dates. */
    overview: (today: string) =>
      q(`SELECT p.id AS repId, p.name AS repName, m.name AS managerName, c.cadence,
           (SELECT o.date FROM one_on_ones o WHERE o.rep_id = p.id AND o.status <> 'cancelled'
              AND (o.date < :today OR (o.status = 'held' AND o.date <= :today)) ORDER BY o.date DESC LIMIT 1) AS lastMetOn,
           (SELECT o.id || ' ' || o.date FROM one_on_ones o WHERE o.rep_id = p.id AND o.status = 'scheduled' AND o.date >= :today
              ORDER BY o.date LIMIT 1) AS next,
           (SELECT count(*) FROM commitments k WHERE k.rep_id = p.id AND k.status = 'open') AS openCommitments,
           (SELECT count(*) FROM commitments k WHERE k.rep_id = p.id AND k.status = 'open' AND k.due_on < :today) AS overdueCommitments
         FROM people p LEFT JOIN people m ON m.id = p.manager_id LEFT JOIN rep_cadences c ON c.rep_id = p.id
         WHERE p.kind = 'rep' AND p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE`).all({ today }),
    oneOnOnes: (repId: string) =>
      q(`SELECT o.id, o.rep_id AS repId, o.date, o.status,
           (SELECT count(*) FROM agenda_items a WHERE a.one_on_one_id = o.id) AS agendaCount,
           (SELECT count(*) FROM commitments c WHERE c.one_on_one_id = o.id) AS commitmentCount
         FROM one_on_ones o WHERE o.rep_id = ? ORDER BY o.date DESC, o.created_at DESC`).all(repId),
    openCommitments: (repId: string) => commitments("k.rep_id = ? AND k.status = 'open'", repId),
    allCommitments: (repId: string) => commitments('k.rep_id = ?', repId),
    callList: (repId: string | null, limit: number) =>
      repId
        ? callSummaries('c.rep_id = ? ORDER BY c.date DESC, c.created_at DESC LIMIT ?', repId, limit)
        : callSummaries('1 ORDER BY c.date DESC, c.created_at DESC LIMIT ?', limit),
    oneOnOne: (id: string) => {
      const row = q('SELECT * FROM one_on_ones WHERE id = ?').get(id) as Row & {
        rep_id: string;
        date: string;
      };
      const previous = q(
        "SELECT id, date FROM one_on_ones WHERE rep_id = ? AND date < ? AND status <> 'cancelled' AND id <> ? ORDER BY date DESC, created_at DESC LIMIT 1",
      ).get(row.rep_id, row.date, id) as { id: string; date: string } | undefined;
      const focus = (meetingId: string, from: string, to: string | null) =>
        (
          q(`SELECT f.behaviour_id AS behaviourId, b.name FROM one_on_one_focus f JOIN behaviours b ON b.id = f.behaviour_id
             WHERE f.one_on_one_id = ? ORDER BY f.position`).all(meetingId) as { behaviourId: string }[]
        ).map((f) => ({
          ...f,
          evidence: observations(
            'o.rep_id = ? AND o.behaviour_id = ? AND o.observed_on >= ? AND o.observed_on <= ? ORDER BY o.observed_on DESC, o.created_at DESC LIMIT 50',
            row.rep_id,
            f.behaviourId,
            from,
            to ?? '9999',
          ),
        }));
      return {
        row,
        rep: q('SELECT name FROM people WHERE id = ?').get(row.rep_id),
        previous,
        agenda: q('SELECT * FROM agenda_items WHERE one_on_one_id = ? ORDER BY position').all(id),
        commitments: [
          ...commitments('k.one_on_one_id = ?', id),
          ...commitments(
            "k.rep_id = ? AND k.status = 'open' AND k.one_on_one_id <> ? AND m.date < ?",
            row.rep_id,
            id,
            row.date,
          ),
        ],
        counts: q(
          'SELECT (SELECT count(*) FROM agenda_items WHERE one_on_one_id = ?) AS a, (SELECT count(*) FROM commitments WHERE one_on_one_id = ?) AS c',
        ).get(id, id),
        focus: focus(id, row.date, null),
        previousFocus: previous ? focus(previous.id, previous.date, row.date) : [],
        notes: (
          q('SELECT part, doc, text, revision FROM one_on_one_notes WHERE one_on_one_id = ?').all(id) as Row[]
        ).map((n) => ({ ...n, doc: JSON.parse(n.doc as string) })),
      };
    },
    prepBrief: (repId: string, today: string, since: string, windowStart: string) => {
      const last = q(
        "SELECT id, date FROM one_on_ones WHERE rep_id = ? AND status <> 'cancelled' AND (date < ? OR (status = 'held' AND date <= ?)) ORDER BY date DESC LIMIT 1",
      ).get(repId, today, today) as { id: string; date: string } | undefined;
      const next = q(
        "SELECT id, date FROM one_on_ones WHERE rep_id = ? AND status = 'scheduled' AND date >= ? ORDER BY date LIMIT 1",
      ).get(repId, today) as { id: string } | undefined;
      const from = last?.date ?? since;
      const recent = observations(
        'o.rep_id = ? AND o.observed_on >= ? AND o.observed_on <= ? ORDER BY o.observed_on DESC, o.created_at DESC LIMIT 2000',
        repId,
        from < windowStart ? from : windowStart,
        today,
      );
      // The level before `from` of each behaviour seen since: one statement for all of them.
      const before = q(`SELECT behaviourId, level FROM (
          SELECT o.behaviour_id AS behaviourId, o.level,
            row_number() OVER (PARTITION BY o.behaviour_id ORDER BY o.observed_on DESC, o.created_at DESC) AS latest
          FROM observations o
          WHERE o.rep_id = ? AND o.observed_on < ? AND o.level IS NOT NULL
            AND o.behaviour_id IN (SELECT value FROM json_each(?)))
        WHERE latest = 1`).all(
        repId,
        from,
        JSON.stringify([...new Set(recent.map((o) => o.behaviourId as string))]),
      );
      return {
        person: q(
          `SELECT ${PERSON} FROM people p LEFT JOIN people m ON m.id = p.manager_id WHERE p.id = ?`,
        ).get(repId),
        last,
        next,
        commitments: commitments("k.rep_id = ? AND k.status = 'open'", repId),
        recent,
        before,
        focus: last
          ? q('SELECT behaviour_id, position FROM one_on_one_focus WHERE one_on_one_id = ?').all(last.id)
          : [],
        stuck: q(
          'SELECT * FROM agenda_items WHERE one_on_one_id = ? AND done = 0 AND carried_count >= 3',
        ).all(next?.id ?? last?.id ?? ''),
        calls: callSummaries(
          'c.rep_id = ? AND c.date >= ? ORDER BY c.date DESC, c.created_at DESC',
          repId,
          from,
        ),
        notes: q(`SELECT n.id, n.title, n.updated_at AS updatedAt,
            (SELECT count(*) FROM observations o WHERE o.source_kind = 'note' AND o.source_id = n.id) AS observationCount
          FROM notes n WHERE n.rep_id = ? AND n.updated_at >= ? ORDER BY n.updated_at DESC`).all(repId, from),
      };
    },
    library: () => {
      const stages = stagesByBehaviour();
      const counts = new Map(
        (
          q('SELECT behaviour_id AS id, count(*) AS n FROM observations GROUP BY behaviour_id').all() as {
            id: string;
            n: number;
          }[]
        ).map((r) => [r.id, r.n]),
      );
      return {
        stages: q('SELECT * FROM stages ORDER BY position').all(),
        competencies: q('SELECT * FROM competencies ORDER BY position').all(),
        behaviours: (
          q(
            `SELECT b.* FROM behaviours b JOIN competencies c ON c.id = b.competency_id ORDER BY c.position, b.position`,
          ).all() as Row[]
        ).map((b) => ({
          ...b,
          methodologies: JSON.parse(b.methodologies as string),
          rubric: JSON.parse(b.rubric as string),
          stageIds: stages.get(b.id as string) ?? [],
          observationCount: counts.get(b.id as string) ?? 0,
        })),
      };
    },
    callReview: (id: string) => {
      const [summary] = callSummaries('c.id = ?', id);
      const participants = q(
        'SELECT id, name, side, title FROM call_participants WHERE call_review_id = ? ORDER BY position',
      ).all(id) as { id: string; side: string }[];
      // The answer's first page of lines (5 chunks of 1,000), and the metrics and moments kept at import.
      const segments = (
        q(
          'SELECT first_idx AS firstIdx, lines FROM transcript_chunks WHERE call_review_id = ? AND first_idx < 5000 ORDER BY first_idx',
        ).all(id) as { firstIdx: number; lines: string }[]
      ).flatMap((chunk) =>
        (
          JSON.parse(chunk.lines) as [string | null, string | null, number | null, number | null, string][]
        ).map(([speaker, participantId, startMs, endMs, text], i) => ({
          index: chunk.firstIdx + i,
          speaker,
          participantId,
          startMs,
          endMs,
          text,
        })),
      );
      const analysis = q('SELECT metrics, moments FROM call_review_analyses WHERE call_review_id = ?').get(
        id,
      ) as { metrics: string; moments: string } | undefined;
      return {
        summary,
        participants,
        segments,
        observations: observations(
          "o.source_kind = 'call-review' AND o.source_id = ? ORDER BY o.observed_on DESC, o.created_at DESC",
          id,
        ),
        scorecard: q('SELECT * FROM call_scorecards WHERE call_review_id = ?').get(id),
        scorecardLines: q(
          'SELECT * FROM call_scorecard_lines WHERE call_review_id = ? ORDER BY position',
        ).all(id),
        behaviours: q('SELECT id, name FROM behaviours').all(),
        metrics: analysis ? JSON.parse(analysis.metrics) : null,
        moments: analysis ? JSON.parse(analysis.moments) : null,
      };
    },
  };
}

export type RawQueries = ReturnType<typeof rawQueries>;
