import { addDays } from '../../../shared/dates';
import {
  DEFAULT_BEFORE_AFTER_WEEKS,
  focusPeriods,
  levelEstimate,
  MIN_OBSERVATIONS_EACH_SIDE,
} from '../../../shared/domain/progress';
import { listFocusHistory, listRatings } from '../../../db/repositories/progress';
import type { Dispatcher } from '../dispatch';
import { backToWeekday, dateMs, demoCaller, forwardToWeekday, generator, hash, isoDate } from './support';
import type { DemoSeedContext } from './team';

/*
 * What a manager does once a behaviour is in focus: looks for it. A few weeks before a focus is set
 * the gap was noticed (that is why it was chosen); in the weeks after, the next ride-alongs, pipeline
 * reviews and shadowed calls show whether it moved. This writes those looks, after the one-to-ones, so
 * each focus period has the two observations either side that "did coaching work?" needs. Levels follow
 * each rep's story: Tom, Emily and Sophie (on value and negotiation) respond to coaching; Aisha stays
 * strong; Daniel stays flat; Jonas slips on pipeline honesty.
 */

const call = demoCaller('Demo focus follow-ups');
const SEED = 0x0f0c_0575;

/** How each rep tends to respond once a behaviour is in focus: level change after, by chance. */
const RESPONSE: Record<string, (competencyId: string, roll: number) => number> = {
  tom: (_c, r) => (r < 0.7 ? 1 : 0),
  emily: (_c, r) => (r < 0.65 ? 1 : 0),
  sophie: (c, r) =>
    ['comp-value-business-case', 'comp-negotiation-objections'].includes(c)
      ? r < 0.8
        ? 1
        : 0
      : r < 0.35
        ? 1
        : 0,
  aisha: (_c, r) => (r < 0.2 ? 1 : 0),
  daniel: (_c, r) => (r < 0.15 ? 1 : r > 0.85 ? -1 : 0),
  jonas: (c, r) =>
    c === 'comp-pipeline-forecasting-crm' ? (r < 0.7 ? -1 : 0) : r < 0.3 ? 1 : r > 0.8 ? -1 : 0,
};

const BEFORE_NOTES = [
  'Noticed on the pipeline review: not there yet.',
  'Shadowed a call; the moment came and went.',
  'Ride-along: came up once, handled the old way.',
  'Read the call notes afterwards; nothing on this.',
  'Listened to a recording together; we both heard the gap.',
  'Came up in the forecast call; answer was vague.',
];
const AFTER_NOTES = {
  up: [
    'Ride-along after our one-to-one: did it without a prompt.',
    'Shadowed call: clearly trying the new approach, and it landed.',
    'Pipeline review: brought it up before I asked.',
    'Recording from this week: better, and the buyer responded.',
  ],
  same: [
    'Tried it once on the call, then slipped back.',
    'Pipeline review: about where it was.',
    'Ride-along: aware of it, not yet doing it consistently.',
  ],
  down: [
    'Pipeline review: worse than before; the deadline pressure shows.',
    'Shadowed call: skipped it entirely this time.',
  ],
};

export interface DemoFollowUpCounts {
  followUps: number;
}

/**
 * Adds observations around focus periods so the before/after comparison has evidence. Writes through
 * the dispatcher like every other demo stage; dates are weekdays, after the rep started, before today.
 */
export function seedDemoFocusFollowUps(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoFollowUpCounts {
  const random = generator(SEED);
  const today = isoDate(ctx.clock.now().getTime());
  const library = call(ctx.dispatcher, 'library.get', {});
  const competencyOf = new Map(library.behaviours.map((b) => [b.id, b.competencyId]));
  const days = DEFAULT_BEFORE_AFTER_WEEKS * 7;
  let followUps = 0;

  for (const [key, respond] of Object.entries(RESPONSE)) {
    const repId = people.get(key);
    if (!repId) throw new Error(`Demo focus follow-ups: the demo team has no one called “${key}”.`);
    const rep = call(ctx.dispatcher, 'people.get', { id: repId });
    const started = rep.startDate ?? '0000-01-01';
    const meetings = new Map<string, { id: string; date: string; behaviourIds: string[] }>();
    for (const row of listFocusHistory(ctx.db, repId)) {
      const m = meetings.get(row.oneOnOneId) ?? { id: row.oneOnOneId, date: row.date, behaviourIds: [] };
      if (row.behaviourId) m.behaviourIds.push(row.behaviourId);
      meetings.set(row.oneOnOneId, m);
    }
    for (const period of focusPeriods([...meetings.values()])) {
      const ratings = listRatings(ctx.db, { repId, behaviourId: period.behaviourId }, null);
      const count = (from: string, to: string) =>
        ratings.filter((r) => r.observedOn >= from && r.observedOn <= to).length;
      const roll = random();
      const before = Math.round(
        levelEstimate(ratings, period.setOn)?.level ??
          levelEstimate(listRatings(ctx.db, { repId }, null), period.setOn)?.level ??
          2,
      );
      const beforeLevel = Math.min(3, Math.max(1, before));
      const afterLevel = Math.min(
        4,
        Math.max(1, beforeLevel + respond(competencyOf.get(period.behaviourId) ?? '', roll)),
      );
      const write = (offset: number, level: number, comment: string) => {
        const date = isoDate(
          offset < 0
            ? backToWeekday(dateMs(addDays(period.setOn, offset)))
            : forwardToWeekday(dateMs(addDays(period.setOn, offset))),
        );
        if (date < started || date >= today) return;
        call(ctx.dispatcher, 'observations.create', {
          repId,
          behaviourId: period.behaviourId,
          observedOn: date,
          level,
          comment,
          sourceKind: 'ad-hoc',
          visibility: 'private',
        });
        followUps += 1;
      };
      const pick = <T>(list: readonly T[], salt: string) =>
        list[hash(`${period.oneOnOneId}${period.behaviourId}${salt}`) % list.length]!;
      const missingBefore = MIN_OBSERVATIONS_EACH_SIDE - count(addDays(period.setOn, -days), period.setOn);
      for (let i = 0; i < missingBefore; i++) write(-30 + i * 16, beforeLevel, pick(BEFORE_NOTES, `b${i}`));
      const missingAfter =
        MIN_OBSERVATIONS_EACH_SIDE - count(addDays(period.setOn, 1), addDays(period.setOn, days));
      const tone = afterLevel > beforeLevel ? 'up' : afterLevel < beforeLevel ? 'down' : 'same';
      for (let i = 0; i < missingAfter; i++) write(9 + i * 17, afterLevel, pick(AFTER_NOTES[tone], `a${i}`));
    }
  }
  return { followUps };
}
