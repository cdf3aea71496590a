import type { Observation, RolePlayImprovement } from '../../../shared/contract';
import { addDays, formatDate, today } from '../../../shared/dates';
import { listObservations } from '../../../db/repositories/observations';
import { lastHeldOneOnOne, listFocus } from '../../../db/repositories/one-on-ones';
import { listAttempts, listScriptSummaries } from '../../../db/repositories/role-plays';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';

/** The level shown for a behaviour: the mean of its latest three levels, so one odd day does not decide it. */
const RECENT_LEVELS = 3;
/** How far back a repeated gap counts, as the prep brief's suggestions do. */
const GAP_WINDOW_DAYS = 42;

const round1 = (n: number) => Math.round(n * 10) / 10;
function recentMean(levels: number[]): number | null {
  const recent = levels.slice(0, RECENT_LEVELS);
  return recent.length === 0 ? null : round1(recent.reduce((s, l) => s + l, 0) / recent.length);
}

const isGap = (o: Observation) => o.verdict === 'gap' || (o.level !== null && o.level <= 2);

/**
 * A rep's practice over time: each script's attempts with their scores; per behaviour the role-play
 * level beside the level seen in real work (does practice transfer?); and a script to practise for each
 * focus behaviour or repeated gap, the one this rep has practised least.
 */
export const improvement: Handler<'rolePlays.improvement'> = (input, ctx) => {
  const access = accessOf(ctx);
  access.requireRep(input.repId);
  const visibleTo = access.scope();
  const attempts = access.visible(listAttempts(ctx.db, { repId: input.repId }));
  const byScript = new Map<string, RolePlayImprovement['scripts'][number]>();
  for (const a of [...attempts].reverse()) {
    const entry = byScript.get(a.scriptId) ?? { scriptId: a.scriptId, title: a.title, attempts: [] };
    entry.title = a.title;
    entry.attempts.push({
      id: a.id,
      practisedOn: a.practisedOn,
      mode: a.mode,
      version: a.version,
      average: a.average,
      scores: a.scores.map(({ behaviourId, level }) => ({ behaviourId, level })),
    });
    byScript.set(a.scriptId, entry);
  }

  // Newest first, from every source the viewer may read.
  const observations = listObservations(ctx.db, { repId: input.repId, visibleTo });
  const names = new Map<string, string>();
  const rolePlay = new Map<string, number[]>();
  const real = new Map<string, number[]>();
  for (const o of observations) {
    if (o.level === null) continue;
    names.set(o.behaviourId, o.behaviourName);
    const into = o.sourceKind === 'role-play' ? rolePlay : real;
    into.set(o.behaviourId, [...(into.get(o.behaviourId) ?? []), o.level]);
  }
  const behaviours = [...rolePlay.keys()]
    .map((behaviourId) => ({
      behaviourId,
      name: names.get(behaviourId)!,
      rolePlayLevel: recentMean(rolePlay.get(behaviourId) ?? []),
      rolePlayCount: rolePlay.get(behaviourId)?.length ?? 0,
      realLevel: recentMean(real.get(behaviourId) ?? []),
      realCount: real.get(behaviourId)?.length ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const asOf = today(ctx.clock);
  const reasons = new Map<string, { name: string; reason: string }>();
  const last = lastHeldOneOnOne(ctx.db, input.repId, asOf);
  if (last)
    for (const f of listFocus(ctx.db, last.id))
      reasons.set(f.behaviourId, {
        name: f.name,
        reason: `a focus since the one-to-one on ${formatDate(last.date, 'dayMonth', ctx.locale)}`,
      });
  const since = addDays(asOf, -GAP_WINDOW_DAYS);
  const gaps = new Map<string, { name: string; count: number }>();
  for (const o of observations)
    if (o.sourceKind !== 'role-play' && o.observedOn >= since && isGap(o))
      gaps.set(o.behaviourId, { name: o.behaviourName, count: (gaps.get(o.behaviourId)?.count ?? 0) + 1 });
  for (const [behaviourId, g] of gaps)
    if (g.count >= 2 && !reasons.has(behaviourId))
      reasons.set(behaviourId, {
        name: g.name,
        reason: `a gap seen ${g.count} times in real work in the last ${GAP_WINDOW_DAYS / 7} weeks`,
      });
  const practised = new Map<string, number>();
  for (const a of attempts) practised.set(a.scriptId, (practised.get(a.scriptId) ?? 0) + 1);
  const scripts = listScriptSummaries(ctx.db, false);
  const suggestions: RolePlayImprovement['suggestions'] = [];
  for (const [behaviourId, { name, reason }] of reasons) {
    const fitting = scripts
      .filter((s) => s.behaviours.some((b) => b.id === behaviourId))
      .sort((a, b) => (practised.get(a.id) ?? 0) - (practised.get(b.id) ?? 0) || a.difficulty - b.difficulty);
    const script = fitting[0];
    if (!script) continue;
    const times = practised.get(script.id) ?? 0;
    suggestions.push({
      scriptId: script.id,
      title: script.title,
      behaviourId,
      behaviourName: name,
      reason: `${name} is ${reason}; ${times === 0 ? 'not practised in this script yet' : `practised ${times} time${times === 1 ? '' : 's'} in this script`}.`,
    });
  }
  return {
    repId: input.repId,
    scripts: [...byScript.values()].sort((a, b) => a.title.localeCompare(b.title)),
    behaviours,
    suggestions: suggestions.slice(0, 3),
  };
};
