import type { CallReview, Segment } from '../../../shared/contract';
import type { Dispatcher } from '../dispatch';
import { DEMO_CALLS, type DemoCall } from './calls-transcripts';
import type { DemoSeedContext } from './team';
import { backToWeekday, DAY, demoCaller, generator, hash, isoDate, isWeekend, todayMs } from './support';

/*
 * Call reviews for the demo team: for each active rep, two or three recorded calls from the last six
 * months (the SDR has one short qualifying call), imported as WebVTT transcripts, annotated on exact
 * passages and, for all but one, scored. Everything goes through the dispatcher (`callNow`), as Marcus,
 * so the import, anchoring and scorecard rules a user meets are checked here too.
 *
 * The scripts and the manager's comments are in calls-transcripts.ts. This file turns each script into
 * a transcript file with believable timings (a seeded generator, so every run gives the same file),
 * dates the call relative to today, and finds each annotation's anchor by searching the imported
 * segments for its quote.
 */

const SEED = 0xca11_5eed;
/** Words in a cue at most, before a long turn is split into several cues, as Zoom and Teams do. */
const CUE_WORDS = { min: 10, max: 18 };

export interface DemoCallCounts {
  calls: number;
  annotations: number;
  scorecards: number;
}

const call = demoCaller('Demo calls');

// ---------------------------------------------------------------------------------------------------
// Transcripts

interface Turn {
  speaker: string;
  text: string;
}

function parseScript(script: string, callId: string): Turn[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([a-z]+): (.+)$/.exec(line);
      if (!match) throw new Error(`Demo calls: ${callId} has a script line without a speaker: “${line}”.`);
      const text = match[2]!;
      // WebVTT cue text is markup: keep the demo's speech free of it, and of anything that ends a cue.
      if (/[<>&]|-->/.test(text)) throw new Error(`Demo calls: ${callId} has markup in “${text}”.`);
      return { speaker: match[1]!, text };
    });
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A sentence too long for one cue, in near-equal parts, each ending after a comma when one is close. */
function splitSentence(sentence: string, limit: number): string[] {
  const words = sentence.split(/\s+/);
  const parts = Math.ceil(words.length / limit);
  const out: string[] = [];
  let from = 0;
  for (let k = 1; k < parts; k++) {
    const target = Math.round((words.length * k) / parts);
    let cut = target;
    for (let d = 0; d <= 3; d++) {
      if (words[target - 1 + d]?.endsWith(',')) {
        cut = target + d;
        break;
      }
      if (words[target - 1 - d]?.endsWith(',') && target - d > from + 2) {
        cut = target - d;
        break;
      }
    }
    out.push(words.slice(from, cut).join(' '));
    from = cut;
  }
  out.push(words.slice(from).join(' '));
  return out;
}

/** A turn as cues: whole sentences while they fit; a sentence well over the limit is split. */
function splitTurn(text: string, rand: () => number): string[] {
  const limit = CUE_WORDS.min + Math.floor(rand() * (CUE_WORDS.max - CUE_WORDS.min + 1));
  const pieces = text
    .split(/(?<=[.?!])\s+/)
    .flatMap((sentence) => (wordCount(sentence) <= limit + 4 ? [sentence] : splitSentence(sentence, limit)));
  const cues: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && wordCount(current) + wordCount(piece) > limit) {
      cues.push(current);
      current = piece;
    } else {
      current = current === '' ? piece : `${current} ${piece}`;
    }
  }
  if (current !== '') cues.push(current);
  return cues;
}

function timestamp(ms: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

function hex(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(rand() * 16).toString(16);
  return out;
}

/**
 * The call as a WebVTT file in the style of its meeting tool. Timings follow the words: each speaker has
 * a pace of about 130–175 words a minute, cues of one turn follow each other closely, and the other side
 * takes a moment to answer (longer after a question, now and then).
 */
function buildTranscript(spec: DemoCall, labels: Map<string, string>): string {
  const rand = generator(SEED ^ hash(spec.id));
  const pace = new Map<string, number>();
  const paceOf = (speaker: string) => {
    let wps = pace.get(speaker);
    if (wps === undefined) {
      wps = 2.2 + rand() * 0.7;
      pace.set(speaker, wps);
    }
    return wps;
  };
  const teamsId = `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}`;
  const blocks: string[] = ['WEBVTT'];
  let clock = 1000 + Math.floor(rand() * 2500);
  let previous: Turn | null = null;
  let cueNumber = 0;
  parseScript(spec.script, spec.id).forEach((turn, turnIndex) => {
    const label = labels.get(turn.speaker);
    if (label === undefined) throw new Error(`Demo calls: ${spec.id} has no one called “${turn.speaker}”.`);
    if (previous !== null) {
      const asked = previous.text.trimEnd().endsWith('?');
      clock += 250 + Math.floor(rand() * 900) + (asked && rand() < 0.3 ? 800 + Math.floor(rand() * 1500) : 0);
    }
    splitTurn(turn.text, rand).forEach((text, part) => {
      if (part > 0) clock += 60 + Math.floor(rand() * 240);
      const words = wordCount(text);
      const duration = Math.max(
        700,
        Math.round((words / paceOf(turn.speaker)) * (0.9 + rand() * 0.2) * 1000),
      );
      const start = clock;
      clock += duration;
      cueNumber += 1;
      const id = spec.style === 'teams' ? `${teamsId}/${turnIndex + 11}-${part}` : String(cueNumber);
      const line = spec.style === 'teams' ? `<v ${label}>${text}</v>` : `${label}: ${text}`;
      blocks.push(`${id}\n${timestamp(start)} --> ${timestamp(clock)}\n${line}`);
    });
    previous = turn;
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The name a meeting tool gives the transcript file. */
function fileNameOf(spec: DemoCall, day: number): string {
  if (spec.style === 'teams') return `${spec.meeting}.vtt`;
  const rand = generator(SEED ^ hash(`${spec.id}:file`));
  const hour = 8 + Math.floor(rand() * 8);
  const minute = Math.floor(rand() * 60);
  const second = Math.floor(rand() * 60);
  const time = [hour, minute, second].map((n) => String(n).padStart(2, '0')).join('');
  return `GMT${isoDate(day).replaceAll('-', '')}-${time}_Recording.transcript.vtt`;
}

// ---------------------------------------------------------------------------------------------------
// Anchors

interface TranscriptAnchor {
  startSegment: number;
  startOffset: number;
  endSegment: number;
  endOffset: number;
}

/**
 * Where a quote sits in the imported segments. Segments are searched as one text joined by spaces, the
 * way the core quotes a selection across lines, so a quote may run over the end of a cue. It must occur
 * exactly once.
 */
function anchorOf(segments: readonly Segment[], quote: string, where: string): TranscriptAnchor {
  const starts: number[] = [];
  let joined = '';
  segments.forEach((segment, i) => {
    if (i > 0) joined += ' ';
    starts.push(joined.length);
    joined += segment.text;
  });
  const at = joined.indexOf(quote);
  if (at < 0) throw new Error(`Demo calls: ${where}: the transcript does not contain “${quote}”.`);
  if (joined.indexOf(quote, at + 1) >= 0)
    throw new Error(`Demo calls: ${where}: “${quote}” occurs more than once; quote more of it.`);
  const end = at + quote.length;
  const segmentAt = (position: number, isEnd: boolean) => {
    for (let i = segments.length - 1; i >= 0; i--) {
      if (isEnd ? starts[i]! < position : starts[i]! <= position) return i;
    }
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

// ---------------------------------------------------------------------------------------------------

/**
 * Imports, annotates and scores the demo calls for the team seedDemoTeam wrote (`people`: its key → id
 * map). Dates are weekdays relative to today, never before a rep has been in post for two weeks, and
 * never later than yesterday. Throws, naming the call, if anything does not fit.
 */
export function seedDemoCalls(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoCallCounts {
  const { dispatcher } = ctx;
  const personId = (key: string): string => {
    const id = people.get(key);
    if (id === undefined) throw new Error(`Demo calls: the demo team has no one called “${key}”.`);
    return id;
  };

  // Check everything before writing anything.
  const library = call(dispatcher, 'library.get', {});
  const active = new Set(library.behaviours.filter((b) => b.archivedAt === null).map((b) => b.id));
  const callTypes = new Set(call(dispatcher, 'callTypes.list', {}).map((t) => t.id));
  for (const spec of DEMO_CALLS) {
    if (!callTypes.has(spec.callTypeId))
      throw new Error(`Demo calls: ${spec.id}: there is no call type “${spec.callTypeId}”.`);
    const behaviours = [...spec.annotations.map((a) => a.behaviourId), ...Object.keys(spec.scorecard ?? {})];
    for (const id of behaviours) {
      if (!active.has(id)) throw new Error(`Demo calls: the library has no active behaviour “${id}”.`);
    }
  }

  const today = todayMs(ctx.clock);
  const lastDay = backToWeekday(today - DAY);
  const reps = new Map<string, { id: string; name: string; title: string | null; start: number }>();
  for (const key of new Set(DEMO_CALLS.map((spec) => spec.repKey))) {
    const person = call(dispatcher, 'people.get', { id: personId(key) });
    if (person.archivedAt !== null) throw new Error(`Demo calls: ${person.name} is archived.`);
    const start = person.startDate === null ? 0 : Date.parse(`${person.startDate}T00:00:00Z`);
    reps.set(key, { id: person.id, name: person.name, title: person.title, start });
  }

  const dayOf = (spec: DemoCall): number => {
    let day = backToWeekday(today - spec.daysAgo * DAY);
    if (spec.nextWeekday !== undefined) {
      do {
        day += DAY;
      } while (new Date(day).getUTCDay() !== spec.nextWeekday);
    }
    return day;
  };
  const planned = DEMO_CALLS.map((spec) => ({ spec, day: dayOf(spec) })).sort((a, b) => a.day - b.day);

  const counts: DemoCallCounts = { calls: 0, annotations: 0, scorecards: 0 };
  for (const { spec, day } of planned) {
    const rep = reps.get(spec.repKey)!;
    if (day > lastDay || day < rep.start + 14 * DAY || isWeekend(day)) {
      throw new Error(`Demo calls: ${spec.id} falls on ${isoDate(day)}, outside ${rep.name}’s time in post.`);
    }
    const participants = spec.people.map((p) =>
      p.key === 'rep'
        ? { name: rep.name, side: 'rep' as const, title: rep.title }
        : { name: p.name, side: p.side, title: p.title },
    );
    const labels = new Map(spec.people.map((p, i) => [p.key, p.label ?? participants[i]!.name]));
    const spoken = new Set(parseScript(spec.script, spec.id).map((turn) => turn.speaker));
    // The two phases a manager's import goes through; the prepare runs in place (callNow), not in a
    // worker: a demo transcript is a few kilobytes, and seeding is one synchronous transaction.
    const { preparedId } = call(dispatcher, 'transcripts.prepare', {
      fileName: fileNameOf(spec, day),
      text: buildTranscript(spec, labels),
    });
    const review: CallReview = call(dispatcher, 'callReviews.create', {
      repId: rep.id,
      date: isoDate(day),
      account: spec.account,
      deal: spec.deal,
      callTypeId: spec.callTypeId,
      participants,
      transcript: { preparedId },
      speakerMap: spec.people.flatMap((p, i) =>
        spoken.has(p.key) ? [{ speaker: labels.get(p.key)!, participant: i }] : [],
      ),
      mediaFileName: null,
    });
    counts.calls += 1;

    for (const annotation of spec.annotations) {
      const anchor = anchorOf(review.segments, annotation.quote, spec.id);
      const observation = call(dispatcher, 'callReviews.annotate', {
        callReviewId: review.id,
        anchor,
        annotationType: annotation.type,
        behaviourId: annotation.behaviourId,
        level: annotation.level ?? null,
        verdict: annotation.verdict ?? null,
        comment: annotation.comment,
        visibility: annotation.shared ? 'shared' : 'private',
      });
      if (observation.evidence !== annotation.quote)
        throw new Error(`Demo calls: ${spec.id}: the annotation quoted “${observation.evidence}”.`);
      counts.annotations += 1;
    }

    if (spec.scorecard !== null) {
      const scores = spec.scorecard;
      const lines = review.scorecard.lines.map((line) => {
        const score = scores[line.behaviourId];
        if (score === undefined)
          throw new Error(`Demo calls: ${spec.id} gives no score for the line “${line.behaviourName}”.`);
        return {
          behaviourId: line.behaviourId,
          weight: line.weight,
          critical: line.critical,
          level: score[0],
          comment: score[1] ?? null,
        };
      });
      if (lines.length !== Object.keys(scores).length)
        throw new Error(`Demo calls: ${spec.id} scores behaviours its scorecard does not have.`);
      call(dispatcher, 'callReviews.saveScorecard', {
        id: review.id,
        revision: review.revision,
        templateId: review.scorecard.templateId,
        lines,
        submit: true,
      });
      counts.scorecards += 1;
    }
  }
  return counts;
}
