// The benchmark's data set: a large sales team's five years in Coachbench, generated deterministically
// (same spec and seed → same database) and written the way the app writes it.
//
// Call reviews go through the real dispatcher (`callNow`: import, annotate, submit a scorecard), so their
// transcripts, anchors and scorecard observations are exactly what a user's import makes. The bulk of the
// history (one-to-ones, agenda carry-over, notes with behaviour tags, commitments, focus, observations)
// goes through the same repository functions the handlers call, inside one transaction per rep: one
// dispatcher call per record would take an hour, and a note save per meeting would re-run tag
// reconciliation tens of thousands of times for nothing, since the tags are written with their
// observations already in step (quote = the tagged text, anchored).
import path from 'node:path';
import type { RichTextDoc, Segment } from '../../../shared/contract';
import {
  BEHAVIOUR_TAG_MARK,
  collectBehaviourTags,
  plainTextOf,
} from '../../../shared/rich-text/behaviour-tags';
import type { Clock } from '../../../electron/core/context';
import { createCore } from '../../../electron/core/core';
import { buildTranscript, parseScript } from '../../../electron/core/demo/calls';
import type { DemoCall } from '../../../electron/core/demo/calls-transcripts';
import { demoCaller, generator, hash } from '../../../electron/core/demo/support';
import { OWNER_KEY } from '../../../electron/core/services/access';
import { listBehaviours } from '../../../db/repositories/behaviours';
import { insertCommitment } from '../../../db/repositories/commitments';
import { insertAgendaItem } from '../../../db/repositories/agenda';
import { insertNote, saveNoteRow } from '../../../db/repositories/notes';
import { insertObservation, type ObservationRow } from '../../../db/repositories/observations';
import {
  insertNotes,
  insertOneOnOne,
  replaceFocus,
  saveNotesRow,
  writeCadence,
} from '../../../db/repositories/one-on-ones';
import { insertPerson } from '../../../db/repositories/people';
import { writeSetting } from '../../../db/repositories/settings';
import {
  type ContentPools,
  contentPools,
  FIRST_NAMES,
  LAST_NAMES,
  NOTE_HEADINGS,
  NOTE_TITLES,
  REGIONS,
  REP_TITLES,
  retell,
  SEGMENTS,
} from './content';

/** Bump when what the generator writes changes: the cache key includes it. */
export const GENERATOR_VERSION = 2;

export interface BenchDataSpec {
  name: string;
  seed: number;
  reps: number;
  managers: number;
  years: number;
  callsPerRep: number;
}

export const FULL_SIZE: BenchDataSpec = {
  name: 'full',
  seed: 20261201,
  reps: 150,
  managers: 15,
  years: 5,
  callsPerRep: 20,
};
/** A quarter of the team over the same five years: shows whether a cost grows with the team's history. */
export const QUARTER_SIZE: BenchDataSpec = { ...FULL_SIZE, name: 'quarter', reps: 38, managers: 4 };

/** The generated history ends here; the benchmark's core runs with this clock. */
export const BENCH_NOW = new Date('2026-12-01T10:00:00Z');
export const benchClock: Clock = { now: () => new Date(BENCH_NOW) };

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isWeekend = (ms: number) => [0, 6].includes(new Date(ms).getUTCDay());
const TODAY = Date.UTC(BENCH_NOW.getUTCFullYear(), BENCH_NOW.getUTCMonth(), BENCH_NOW.getUTCDate());

export interface GeneratedCounts {
  people: number;
  oneOnOnes: number;
  agendaItems: number;
  commitments: number;
  observations: number;
  notes: number;
  callReviews: number;
  transcriptLines: number;
  longNotes: number;
  longCalls: number;
}

/** Seeded ids in the shape of v4 UUIDs, so the same seed writes the same ids. */
export function seededIds(seed: number): () => string {
  const rand = generator(seed ^ 0x1d5eed);
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(rand() * 16).toString(16);
    return s;
  };
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(3)}-${hex(12)}`;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const text = (value: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** Paragraphs as a tiptap document; "• " lines become a bullet list; `tags` marks a paragraph's first sentence. */
function docOf(
  paras: readonly string[],
  tags: Map<number, string> = new Map(),
  headings: Map<number, string> = new Map(),
) {
  const content: unknown[] = [];
  let list: unknown[] | null = null;
  paras.forEach((para, index) => {
    const heading = headings.get(index);
    if (heading) {
      list = null;
      content.push({ type: 'heading', attrs: { level: 3 }, content: [text(heading)] });
    }
    const body = para.startsWith('• ') ? para.slice(2) : para;
    const tag = tags.get(index);
    let runs: unknown[] = [text(body)];
    if (tag) {
      const cut = body.search(/[.?!](\s|$)/);
      const first = cut < 0 ? body : body.slice(0, cut + 1);
      const rest = body.slice(first.length);
      runs = [
        text(first, [{ type: BEHAVIOUR_TAG_MARK, attrs: { observationId: tag } }]),
        ...(rest ? [text(rest)] : []),
      ];
    }
    const paragraph = { type: 'paragraph', content: runs };
    if (para.startsWith('• ')) {
      if (!list) {
        list = [];
        content.push({ type: 'bulletList', content: list });
      }
      list.push({ type: 'listItem', content: [paragraph] });
    } else {
      list = null;
      content.push(paragraph);
    }
  });
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] } as RichTextDoc;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

interface RepPlan {
  id: string;
  name: string;
  first: string;
  startMs: number;
  archived: boolean;
  behaviours: string[];
  /** Per behaviour: the level the rep starts at and where they end up after five years. */
  curves: Map<string, [number, number]>;
}

interface Behaviour {
  id: string;
  name: string;
}

class Writer {
  readonly counts: GeneratedCounts = {
    people: 0,
    oneOnOnes: 0,
    agendaItems: 0,
    commitments: 0,
    observations: 0,
    notes: 0,
    callReviews: 0,
    transcriptLines: 0,
    longNotes: 0,
    longCalls: 0,
  };
  constructor(
    readonly core: ReturnType<typeof createCore>,
    readonly newId: () => string,
    readonly pools: ContentPools,
    readonly behaviours: Map<string, Behaviour>,
    readonly authorId: string,
  ) {}

  get db() {
    return this.core.database.db;
  }

  observation(
    row: Omit<
      ObservationRow,
      'id' | 'behaviourNameThen' | 'authorId' | 'revision' | 'annotationType' | 'createdAt' | 'updatedAt'
    > & { id?: string },
    at: string,
  ): string {
    const id = row.id ?? this.newId();
    insertObservation(this.db, {
      ...row,
      id,
      behaviourNameThen: this.behaviours.get(row.behaviourId)!.name,
      annotationType: null,
      authorId: this.authorId,
      createdAt: at,
      updatedAt: at,
      revision: 1,
    });
    this.counts.observations += 1;
    return id;
  }
}

function levelOn(plan: RepPlan, behaviourId: string, day: number, rand: () => number): number {
  const [from, to] = plan.curves.get(behaviourId) ?? [2, 3];
  const span = Math.max(1, TODAY - plan.startMs);
  const expected = from + ((to - from) * (day - plan.startMs)) / span;
  return Math.min(4, Math.max(1, Math.round(expected + rand() + rand() - 1)));
}

/** Weekly slots from the rep's first week (or five years ago) to next week, skipping holiday weeks. */
function meetingDays(plan: RepPlan, spec: BenchDataSpec, rand: () => number): number[] {
  const from = Math.max(plan.startMs + 7 * DAY, TODAY - spec.years * 365 * DAY);
  const weekday = 1 + Math.floor(rand() * 5);
  let day = from;
  while (new Date(day).getUTCDay() !== weekday) day += DAY;
  const end = plan.archived ? TODAY - 200 * DAY : TODAY + 7 * DAY;
  const days: number[] = [];
  for (; day <= end; day += 7 * DAY) {
    const d = new Date(day);
    const holiday =
      (d.getUTCMonth() === 11 && d.getUTCDate() > 22) || (d.getUTCMonth() === 0 && d.getUTCDate() < 3);
    if (holiday || rand() < 0.03) continue;
    days.push(day);
  }
  return days;
}

interface OpenItem {
  id: string;
  text: string;
  author: 'manager' | 'rep';
  carriedCount: number;
}

function writeOneOnOnes(w: Writer, plan: RepPlan, spec: BenchDataSpec, rand: () => number): void {
  const { pools } = w;
  const say = (s: string) => retell(s, pools.demoFirstNames, plan.first);
  const standing = rand() < 0.5 ? pick(rand, pools.standing) : null;
  let open: OpenItem[] = [];
  let standingId: string | null = null;
  let focus: string[] = plan.behaviours.slice(0, 2);
  const days = meetingDays(plan, spec, rand);
  days.forEach((day, index) => {
    const date = isoDate(day);
    const future = day > TODAY - DAY;
    const cancelled = !future && rand() < 0.04;
    const id = w.newId();
    const created = new Date(day - 6 * DAY + 9 * 3600_000).toISOString();
    const updated = new Date(Math.min(day + 17 * 3600_000, BENCH_NOW.getTime())).toISOString();
    insertOneOnOne(w.db, {
      id,
      repId: plan.id,
      date,
      status: future ? 'scheduled' : cancelled ? 'cancelled' : 'held',
      createdAt: created,
      updatedAt: updated,
      revision: future ? 1 : 2,
    });
    w.counts.oneOnOnes += 1;
    insertNotes(w.db, id, 'shared', created);
    insertNotes(w.db, id, 'private', created);

    // Agenda: open points carried from the last meeting, the standing point, one to three new ones.
    let position = 0;
    const items: OpenItem[] = [];
    const add = (
      item: { text: string; author: 'manager' | 'rep' },
      extra: { carriedCount: number; carriedFromId: string | null; recurring: boolean },
    ) => {
      const done = !future && !cancelled && rand() < (extra.carriedCount >= 3 ? 0.6 : 0.8);
      const itemId = w.newId();
      insertAgendaItem(w.db, {
        id: itemId,
        oneOnOneId: id,
        text: item.text,
        author: item.author,
        recurring: extra.recurring,
        done,
        carriedCount: extra.carriedCount,
        carriedFromId: extra.carriedFromId,
        position: position++,
        createdAt: created,
      });
      w.counts.agendaItems += 1;
      if (!done && !extra.recurring)
        items.push({ id: itemId, text: item.text, author: item.author, carriedCount: extra.carriedCount });
      return itemId;
    };
    for (const item of open)
      add(item, { carriedCount: item.carriedCount + 1, carriedFromId: item.id, recurring: false });
    if (standing)
      standingId = add(
        { text: say(standing), author: 'manager' },
        { carriedCount: 0, carriedFromId: standingId, recurring: true },
      );
    const fresh = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < fresh; k++) {
      const idea = pick(rand, pools.agenda);
      add(
        { text: say(idea.text), author: idea.author },
        { carriedCount: 0, carriedFromId: null, recurring: false },
      );
    }
    open = items;

    // Focus changes about once a quarter, among the rep's behaviours.
    if (index % 13 === 0) {
      const size = 1 + Math.floor(rand() * 3);
      const start = Math.floor(rand() * plan.behaviours.length);
      focus = Array.from({ length: size }, (_, k) => plan.behaviours[(start + k) % plan.behaviours.length]!);
      focus = [...new Set(focus)];
    }
    replaceFocus(w.db, id, focus);
    if (future || cancelled) return;

    // Notes: a few paragraphs; now and then a long write-up (a quarterly review, ~3,000 words).
    const long = rand() < 0.025;
    const paras: string[] = [];
    const headings = new Map<number, string>();
    const target = long ? 3000 : 40 + Math.floor(rand() * 220);
    let count = 0;
    while (count < target) {
      if (long && paras.length % 8 === 0)
        headings.set(paras.length, NOTE_HEADINGS[(paras.length / 8) % NOTE_HEADINGS.length]!);
      const para = say(pick(rand, pools.shared));
      paras.push(para);
      count += words(para);
    }
    if (long) w.counts.longNotes += 1;
    const tags = new Map<number, string>();
    const tagCount = rand() < 0.35 ? 0 : 1 + Math.floor(rand() * (long ? 6 : 2));
    const at = updated;
    for (let k = 0; k < tagCount; k++) tags.set(Math.floor(rand() * paras.length), w.newId());
    const sharedDoc = docOf(paras, tags, headings);
    const quotes = collectBehaviourTags(sharedDoc);
    for (const [observationId, quote] of quotes) {
      const behaviourId = pick(rand, focus);
      const level = levelOn(plan, behaviourId, day, rand);
      w.observation(
        {
          id: observationId,
          repId: plan.id,
          behaviourId,
          observedOn: date,
          level,
          verdict: null,
          evidence: quote,
          anchor: { kind: 'mark', documentId: id, part: 'shared' },
          anchorState: 'anchored',
          comment: null,
          sourceKind: 'one-on-one',
          sourceId: id,
          visibility: 'shared',
        },
        at,
      );
    }
    saveNotesRow(w.db, id, 'shared', 1, { doc: sharedDoc, text: plainTextOf(sharedDoc), updatedAt: at });
    if (rand() < 0.5) {
      const privateDoc = docOf([say(pick(rand, pools.private))]);
      saveNotesRow(w.db, id, 'private', 1, { doc: privateDoc, text: plainTextOf(privateDoc), updatedAt: at });
    }

    // Commitments: what the rep (or the manager) agreed to do before next time.
    const commitments = rand() < 0.3 ? 0 : 1 + Math.floor(rand() * 2);
    for (let k = 0; k < commitments; k++) {
      const idea = pick(rand, pools.commitments);
      const due = day + idea.dueIn * DAY;
      const recent = due > TODAY - 10 * DAY;
      const roll = rand();
      const status = recent && roll < 0.7 ? 'open' : roll < 0.9 || !idea.dropReason ? 'done' : 'dropped';
      const closed =
        status === 'open' ? null : isoDate(Math.min(due - Math.floor(rand() * 4) * DAY, TODAY - DAY));
      insertCommitment(w.db, {
        id: w.newId(),
        repId: plan.id,
        oneOnOneId: id,
        text: say(idea.text),
        owner: idea.owner,
        dueOn: isoDate(due),
        behaviourId: idea.behaviourId && w.behaviours.has(idea.behaviourId) ? idea.behaviourId : null,
        status,
        dropReason: status === 'dropped' ? idea.dropReason : null,
        closedOn: closed,
        createdAt: at,
        updatedAt: closed ? `${closed}T16:00:00.000Z` : at,
        revision: status === 'open' ? 1 : 2,
      });
      w.counts.commitments += 1;
    }
  });
}

/** Quick-capture observations, about two a week: what the manager noticed, with what the rep said. */
function writeAdHocObservations(w: Writer, plan: RepPlan, spec: BenchDataSpec, rand: () => number): void {
  const from = Math.max(plan.startMs + 10 * DAY, TODAY - spec.years * 365 * DAY);
  const end = plan.archived ? TODAY - 200 * DAY : TODAY - DAY;
  for (let day = from; day <= end; day += DAY * (1 + Math.floor(rand() * 3))) {
    if (isWeekend(day)) continue;
    const behaviourId = pick(rand, plan.behaviours);
    const level = levelOn(plan, behaviourId, day, rand);
    const verdict = rand() < 0.14 ? (level >= 3 ? 'strength' : 'gap') : null;
    const band = (verdict ?? (level >= 3 ? 'strength' : 'gap')) === 'strength' ? 'high' : 'low';
    const pool = w.pools.observationText[behaviourId];
    const say = (s: string | undefined) => (s ? retell(s, w.pools.demoFirstNames, plan.first) : null);
    w.observation(
      {
        repId: plan.id,
        behaviourId,
        observedOn: isoDate(day),
        level: verdict ? null : level,
        verdict,
        evidence: rand() < 0.6 ? say(pool ? pick(rand, pool.said[band]) : undefined) : null,
        anchor: null,
        anchorState: null,
        comment: say(pool ? pick(rand, pool[band]) : undefined),
        sourceKind: 'ad-hoc',
        sourceId: null,
        visibility: rand() < 0.2 ? 'shared' : 'private',
      },
      new Date(day + 15 * 3600_000).toISOString(),
    );
  }
}

/** Free coaching notes (ride-alongs, deal reviews), each with a tag or two. */
function writeNotes(w: Writer, plan: RepPlan, rand: () => number): void {
  const say = (s: string) => retell(s, w.pools.demoFirstNames, plan.first);
  for (let k = 0; k < 6; k++) {
    const day = TODAY - Math.floor(rand() * Math.min(5 * 365, (TODAY - plan.startMs) / DAY - 14)) * DAY;
    if (plan.archived && day > TODAY - 200 * DAY) continue;
    const id = w.newId();
    const at = new Date(day + 11 * 3600_000).toISOString();
    const title = `${pick(rand, NOTE_TITLES)}, ${isoDate(day)}`;
    const paras = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => say(pick(rand, w.pools.shared)));
    const tags = new Map([[Math.floor(rand() * paras.length), w.newId()]]);
    const doc = docOf(paras, tags);
    insertNote(w.db, {
      id,
      repId: plan.id,
      title,
      doc: docOf([]),
      text: '',
      authorId: w.authorId,
      visibility: 'private',
      createdAt: at,
      updatedAt: at,
    });
    for (const [observationId, quote] of collectBehaviourTags(doc)) {
      const behaviourId = pick(rand, plan.behaviours);
      w.observation(
        {
          id: observationId,
          repId: plan.id,
          behaviourId,
          observedOn: isoDate(day),
          level: levelOn(plan, behaviourId, day, rand),
          verdict: null,
          evidence: quote,
          anchor: { kind: 'mark', documentId: id, part: 'body' },
          anchorState: 'anchored',
          comment: null,
          sourceKind: 'note',
          sourceId: id,
          visibility: 'private',
        },
        at,
      );
    }
    saveNoteRow(w.db, id, 1, { title, doc, text: plainTextOf(doc), updatedAt: at, visibility: 'private' });
    w.counts.notes += 1;
  }
}

/** A transcript anchor for the first place a quote occurs (segments joined by spaces, as the core quotes). */
function anchorFor(segments: readonly Segment[], quote: string) {
  let joined = '';
  const starts: number[] = [];
  for (const s of segments) {
    if (joined !== '') joined += ' ';
    starts.push(joined.length);
    joined += s.text;
  }
  const at = joined.indexOf(quote);
  if (at < 0) return null;
  const end = at + quote.length;
  const segmentAt = (position: number, isEnd: boolean) => {
    for (let i = segments.length - 1; i >= 0; i--)
      if (isEnd ? starts[i]! < position : starts[i]! <= position) return i;
    return 0;
  };
  const startSegment = segmentAt(at, false);
  const endSegment = segmentAt(end, true);
  return {
    startSegment,
    startOffset: at - starts[startSegment]!,
    endSegment,
    endOffset: end - starts[endSegment]!,
  };
}

const call = demoCaller('Benchmark data');
const LONG_CALL_CUES = 3000;

/** A two-hour working session: the call's script, round after round, until it has 3,000 cues. */
function longCall(spec: DemoCall): DemoCall {
  const turns = parseScript(spec.script, spec.id).length;
  const rounds = Math.ceil(LONG_CALL_CUES / Math.max(1, turns * 1.4));
  return {
    ...spec,
    id: `${spec.id}-workshop`,
    script: Array.from({ length: rounds }, () => spec.script).join('\n'),
  };
}

function writeCalls(w: Writer, plan: RepPlan, spec: BenchDataSpec, rand: () => number): void {
  const { dispatcher } = w.core;
  const from = Math.max(plan.startMs + 14 * DAY, TODAY - spec.years * 365 * DAY);
  const end = plan.archived ? TODAY - 200 * DAY : TODAY - DAY;
  const days = Array.from(
    { length: spec.callsPerRep },
    () => from + Math.floor(rand() * ((end - from) / DAY)) * DAY,
  )
    .map((d) => (isWeekend(d) ? d - 2 * DAY : d))
    .sort((a, b) => a - b);
  for (const day of days) {
    const long = rand() < 0.02;
    const demo = pick(rand, w.pools.calls);
    const script = long ? longCall(demo) : demo;
    const participants = script.people.map((p) =>
      p.key === 'rep'
        ? { name: plan.name, side: 'rep' as const, title: 'Account Executive' }
        : { name: p.name, side: p.side, title: p.title },
    );
    const labels = new Map(
      script.people.map((p, i) => [p.key, p.key === 'rep' ? plan.name : (p.label ?? participants[i]!.name)]),
    );
    const spoken = new Set(parseScript(script.script, script.id).map((t) => t.speaker));
    const { preparedId } = call(dispatcher, 'transcripts.prepare', {
      fileName: `${script.meeting}.vtt`,
      text: buildTranscript(script, labels),
    });
    const review = call(dispatcher, 'callReviews.create', {
      repId: plan.id,
      date: isoDate(day),
      account: script.account,
      deal: script.deal,
      callTypeId: script.callTypeId,
      participants,
      transcript: { preparedId },
      speakerMap: script.people.flatMap((p, i) =>
        spoken.has(p.key) ? [{ speaker: labels.get(p.key)!, participant: i }] : [],
      ),
      mediaFileName: null,
    });
    w.counts.callReviews += 1;
    w.counts.transcriptLines += review.segmentCount;
    if (long) w.counts.longCalls += 1;
    for (const annotation of script.annotations) {
      const anchor = anchorFor(review.segments as Segment[], annotation.quote);
      if (!anchor) continue;
      call(dispatcher, 'callReviews.annotate', {
        callReviewId: review.id,
        anchor,
        annotationType: annotation.type,
        behaviourId: annotation.behaviourId,
        level: annotation.level ?? null,
        verdict: annotation.verdict ?? null,
        comment: annotation.comment,
        visibility: annotation.shared ? 'shared' : 'private',
      });
      w.counts.observations += 1;
    }
    if (rand() < 0.85) {
      const lines = review.scorecard.lines.map((line) => {
        const level = levelOn(plan, line.behaviourId, day, rand);
        const low = w.pools.observationText[line.behaviourId]?.low;
        return {
          behaviourId: line.behaviourId,
          weight: line.weight,
          critical: line.critical,
          level,
          comment:
            level <= 2
              ? low
                ? pick(rand, low)
                : 'Missing on this call; we will listen to it together.'
              : null,
        };
      });
      call(dispatcher, 'callReviews.saveScorecard', {
        id: review.id,
        revision: review.revision,
        templateId: review.scorecard.templateId,
        lines,
        submit: true,
      });
      w.counts.observations += lines.length;
    }
  }
}

export interface GenerateOptions {
  file: string;
  spec: BenchDataSpec;
  migrationsFolder: string;
  log?: (line: string) => void;
}

/** Writes the whole data set into a new database file. */
export function generateBenchDatabase(options: GenerateOptions): GeneratedCounts {
  const { spec } = options;
  const log = options.log ?? (() => {});
  const newId = seededIds(spec.seed);
  const core = createCore({
    dbFile: options.file,
    migrationsFolder: options.migrationsFolder,
    transport: 'http',
    appVersion: 'bench-generator',
    clock: benchClock,
    newId,
    logger: { error: (m, e) => console.error(m, e), info: () => {} },
    backupDir: path.join(path.dirname(options.file), 'backups'),
  });
  try {
    const sqlite = core.database.sqlite;
    // A cache file, rebuilt if anything goes wrong: no need to wait for the disk on every commit.
    sqlite.pragma('synchronous = OFF');
    const rand = generator(spec.seed);
    const library = listBehaviours(core.database.db).filter(
      (b) => b.archivedAt === null && b.mergedIntoId === null,
    );
    const behaviours = new Map(library.map((b) => [b.id, { id: b.id, name: b.name }]));
    const pools = contentPools();
    const focusable = pools.focusBehaviours.filter((id) => behaviours.has(id));
    const now = BENCH_NOW.toISOString();

    const people = sqlite.transaction(() => {
      const person = (p: {
        name: string;
        kind: 'rep' | 'manager';
        title: string;
        team: string;
        managerId: string | null;
        region: string;
        segment: string;
        startMs: number;
        archived?: boolean;
      }) => {
        const id = newId();
        insertPerson(core.database.db, {
          id,
          name: p.name,
          kind: p.kind,
          title: p.title,
          team: p.team,
          managerId: p.managerId,
          region: p.region,
          segment: p.segment,
          startDate: isoDate(p.startMs),
          email: `${p.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
          archivedAt: p.archived ? new Date(TODAY - 200 * DAY).toISOString() : null,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        });
        return id;
      };
      const names = new Set<string>();
      const uniqueName = () => {
        for (;;) {
          const name = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
          if (!names.has(name)) {
            names.add(name);
            return name;
          }
        }
      };
      const yearsAgo = (years: number) => TODAY - Math.floor(years * 365) * DAY;
      const head = person({
        name: uniqueName(),
        kind: 'manager',
        title: 'Head of Sales, EMEA',
        team: 'Leadership',
        managerId: null,
        region: 'EMEA',
        segment: 'All segments',
        startMs: yearsAgo(8),
      });
      const managers = [head];
      for (let m = 1; m < spec.managers; m++) {
        const [region] = REGIONS[m % REGIONS.length]!;
        managers.push(
          person({
            name: uniqueName(),
            kind: 'manager',
            title: 'Sales Manager',
            team: `${SEGMENTS[m % 3]} ${region}`,
            managerId: head,
            region,
            segment: SEGMENTS[m % 3]!,
            startMs: yearsAgo(6 + rand() * 3),
          }),
        );
      }
      const reps: RepPlan[] = [];
      for (let r = 0; r < spec.reps; r++) {
        const managerIndex = 1 + (r % Math.max(1, spec.managers - 1));
        const managerId = managers[Math.min(managerIndex, managers.length - 1)]!;
        const [region, city] = REGIONS[managerIndex % REGIONS.length]!;
        const name = uniqueName();
        const joinedLate = rand() < 0.05;
        const startMs = joinedLate ? yearsAgo(0.5 + rand() * 3) : yearsAgo(5.1 + rand() * 3);
        const archived = !joinedLate && rand() < 0.04;
        const id = person({
          name,
          kind: 'rep',
          title: pick(rand, REP_TITLES),
          team: `${SEGMENTS[managerIndex % 3]} ${region}`,
          managerId,
          region: city,
          segment: SEGMENTS[managerIndex % 3]!,
          startMs,
          archived,
        });
        const own = Array.from({ length: 8 + Math.floor(rand() * 5) }, () => pick(rand, focusable));
        const behaviourIds = [...new Set(own)];
        reps.push({
          id,
          name,
          first: name.split(' ')[0]!,
          startMs,
          archived,
          behaviours: behaviourIds,
          curves: new Map(
            behaviourIds.map((b) => [b, [1 + rand() * 1.5, 2.2 + rand() * 1.8] as [number, number]]),
          ),
        });
      }
      writeSetting(core.database.db, OWNER_KEY, head);
      return { head, managers, reps };
    })();

    const writer = new Writer(core, newId, pools, behaviours, people.head);
    writer.counts.people = spec.managers + spec.reps;
    const started = Date.now();
    people.reps.forEach((plan, index) => {
      const repRand = generator(spec.seed ^ hash(plan.id));
      sqlite.transaction(() => {
        writeCadence(core.database.db, plan.id, repRand() < 0.85 ? 'weekly' : 'fortnightly');
        writeOneOnOnes(writer, plan, spec, repRand);
        writeAdHocObservations(writer, plan, spec, repRand);
        writeNotes(writer, plan, repRand);
        // The dispatcher refuses to import calls for an archived rep: import them before the rep left.
        if (plan.archived) sqlite.prepare('UPDATE people SET archived_at = NULL WHERE id = ?').run(plan.id);
        writeCalls(writer, plan, spec, repRand);
        if (plan.archived)
          sqlite
            .prepare('UPDATE people SET archived_at = ? WHERE id = ?')
            .run(new Date(TODAY - 200 * DAY).toISOString(), plan.id);
      })();
      if ((index + 1) % 10 === 0 || index + 1 === people.reps.length)
        log(
          `  ${index + 1}/${people.reps.length} reps, ${writer.counts.oneOnOnes} one-to-ones, ${writer.counts.observations} observations, ${writer.counts.callReviews} calls (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
    });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return writer.counts;
  } finally {
    core.close();
  }
}
