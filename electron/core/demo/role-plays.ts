import { addDays } from '../../../shared/dates';
import { nextBeatId } from '../../../shared/domain/role-play';
import { giveAuthorlessAttempts } from '../../../db/repositories/role-plays';
import type { Dispatcher } from '../dispatch';
import { backToWeekday, dateMs, demoCaller, generator, isoDate } from './support';
import type { DemoSeedContext } from './team';

/*
 * Role-play practice for each demo rep: two of the default scripts each, practised three or four times
 * over the last ten weeks, so the improvement chart has a line to read. Levels follow each rep's story
 * (as the focus follow-ups do): Tom, Emily and Sophie improve with practice; Aisha starts strong; Daniel
 * stays flat; Jonas improves in practice while his real pipeline work slips (practice that does not
 * transfer, which the "practice and real work" table shows). Early attempts go down the branch the
 * script warns about; later ones go as written.
 */

const call = demoCaller('Demo role-plays');
const SEED = 0x0501_e9a7;

interface Story {
  scripts: string[];
  /** Level of the first attempt and the change per attempt after it. */
  start: number;
  step: number;
  /** Which attempt (by number) the rep ran alone, if any. */
  selfPractice?: number;
}

const STORIES: Record<string, Story> = {
  tom: { scripts: ['rps-sceptical-economic-buyer', 'rps-discount-before-value'], start: 1, step: 0.8 },
  emily: {
    scripts: ['rps-no-decision-stall', 'rps-proposal-problem-not-accepted'],
    start: 1.5,
    step: 0.7,
    selfPractice: 2,
  },
  sophie: { scripts: ['rps-discount-before-value', 'rps-procurement-negotiation'], start: 1.5, step: 0.8 },
  aisha: { scripts: ['rps-procurement-negotiation', 'rps-ethics-promise-cannot-keep'], start: 3, step: 0.3 },
  daniel: { scripts: ['rps-no-decision-stall', 'rps-handover-expectations'], start: 2, step: 0 },
  jonas: {
    scripts: ['rps-no-decision-stall', 'rps-ethics-promise-cannot-keep'],
    start: 1.5,
    step: 0.6,
    selfPractice: 3,
  },
};

/** Days before today of each attempt of a script; the second script starts a week later. */
const OFFSETS = [-70, -49, -28, -10];

const COMMENTS = {
  low: [
    'Went to the answer before understanding the question.',
    'Gave ground too early; we replayed the branch twice.',
    'Knows the idea, did not do it under pressure.',
  ],
  mid: [
    'Better: asked before answering, lost the thread at the end.',
    'Held firm on the first push, softened on the second.',
    'Did it once without a prompt.',
  ],
  high: [
    'Did it cleanly, in their own words.',
    'Handled the push calmly and moved the conversation on.',
    'Ready for the real call.',
  ],
};

export interface DemoRolePlayCounts {
  rolePlayAttempts: number;
}

export function seedDemoRolePlays(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoRolePlayCounts {
  const random = generator(SEED);
  const today = isoDate(ctx.clock.now().getTime());
  let attempts = 0;
  for (const [key, story] of Object.entries(STORIES)) {
    const repId = people.get(key);
    if (!repId) throw new Error(`Demo role-plays: the demo team has no one called “${key}”.`);
    const started = call(ctx.dispatcher, 'people.get', { id: repId }).startDate ?? '0000-01-01';
    story.scripts.forEach((scriptId, s) => {
      const script = call(ctx.dispatcher, 'rolePlays.get', { id: scriptId });
      const offsets = s === 0 ? OFFSETS : OFFSETS.slice(1).map((d) => d + 4);
      offsets.forEach((offset, n) => {
        const practisedOn = isoDate(backToWeekday(dateMs(addDays(today, offset))));
        if (practisedOn < started || practisedOn >= today) return;
        // Early on the rep takes the branch the script warns about; later the conversation goes as written.
        const takesBranch = n === 0 || (n === 1 && story.step > 0 && random() < 0.5);
        const path: { beatId: string; branch: number | null }[] = [];
        let branched = false;
        for (let i = 0; i >= 0 && i < script.beats.length; ) {
          const beat = script.beats[i]!;
          const branch = takesBranch && !branched && beat.branches.length > 0 ? 0 : null;
          if (branch !== null) branched = true;
          path.push({ beatId: beat.id, branch });
          const next = nextBeatId(script.beats, i, branch);
          i = next === null ? -1 : script.beats.findIndex((b) => b.id === next);
        }
        const base = story.start + story.step * n;
        const levelOf = () => Math.min(4, Math.max(1, Math.round(base + (random() - 0.5) * 0.8)));
        const scores = script.rubric.map((line) => ({ behaviourId: line.behaviourId, level: levelOf() }));
        const mean = scores.reduce((t, x) => t + x.level, 0) / scores.length;
        const tone = mean < 2 ? 'low' : mean < 3 ? 'mid' : 'high';
        const mark = tone === 'low' ? 'miss' : tone === 'mid' ? 'partial' : 'hit';
        const self = story.selfPractice === n + 1 && s === 0;
        call(ctx.dispatcher, 'rolePlays.recordAttempt', {
          scriptId,
          version: script.version,
          repId,
          mode: self ? 'self-practice' : 'manager-run',
          practisedOn,
          durationSeconds: 420 + Math.round(random() * 600),
          path,
          marks: path.slice(0, 3).map((step, m) => ({
            beatId: step.beatId,
            mark: m === 0 && step.branch !== null ? 'miss' : mark,
            note: null,
          })),
          scores: scores.map((x, i) => ({
            ...x,
            comment: i === 0 ? COMMENTS[tone][Math.floor(random() * COMMENTS[tone].length)]! : null,
          })),
          comment: null,
          visibility: 'shared',
        });
        attempts += 1;
      });
    });
  }
  // Written before anyone is using the copy: a manager-run practice is the rep's manager's, a
  // self-practice the rep's own.
  giveAuthorlessAttempts(ctx.db);
  return { rolePlayAttempts: attempts };
}
