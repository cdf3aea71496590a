// How a role-play script hangs together and how a practice moves through it. Pure: the core checks
// scripts and attempts with it, the run view uses it to move from beat to beat.

export interface BeatShape {
  id: string;
  branches: readonly { condition: string; next: string }[];
  /** null: the beat below (or the end after the last); 'end': the end; otherwise a beat id. */
  next: string | null;
}

export interface ScriptIssue {
  path: (string | number)[];
  message: string;
}

/** Where a beat leads when the conversation goes as written (`branch` null) or down one of its branches. */
export function nextBeatId(beats: readonly BeatShape[], index: number, branch: number | null): string | null {
  const beat = beats[index];
  if (!beat) return null;
  if (branch !== null) return beat.branches[branch]?.next ?? null;
  if (beat.next === 'end') return null;
  if (beat.next !== null) return beat.next;
  return beats[index + 1]?.id ?? null;
}

/**
 * What is wrong with a script's beats and rubric, each with its path. Jumps (a branch or a `next`) may
 * only lead to a later beat: a practice then always ends, and a path is never longer than the script.
 */
export function scriptIssues(script: {
  beats: readonly (BeatShape & { behaviourIds: readonly string[] })[];
  rubric: readonly { behaviourId: string }[];
}): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  const position = new Map<string, number>();
  script.beats.forEach((beat, i) => {
    if (position.has(beat.id))
      issues.push({
        path: ['beats', i, 'id'],
        message: `Two beats are called “${beat.id}”; beat ids must differ.`,
      });
    else position.set(beat.id, i);
  });
  const checkJump = (target: string, from: number, path: (string | number)[]) => {
    const to = position.get(target);
    if (to === undefined) issues.push({ path, message: `There is no beat “${target}” to go to.` });
    else if (to <= from)
      issues.push({
        path,
        message: `“${target}” comes before this beat; a branch can only lead to a later beat.`,
      });
  };
  script.beats.forEach((beat, i) => {
    beat.branches.forEach((branch, b) => {
      checkJump(branch.next, i, ['beats', i, 'branches', b, 'next']);
    });
    if (beat.next !== null && beat.next !== 'end') checkJump(beat.next, i, ['beats', i, 'next']);
    const seen = new Set<string>();
    beat.behaviourIds.forEach((id, b) => {
      if (seen.has(id))
        issues.push({
          path: ['beats', i, 'behaviourIds', b],
          message: 'This behaviour is on the beat twice.',
        });
      seen.add(id);
    });
  });
  const seen = new Set<string>();
  script.rubric.forEach((line, i) => {
    if (seen.has(line.behaviourId))
      issues.push({ path: ['rubric', i, 'behaviourId'], message: 'This behaviour is on the rubric twice.' });
    seen.add(line.behaviourId);
  });
  return issues;
}

/**
 * Whether a path is a walk the script allows: it starts at the first beat, each step follows the way
 * its beat leads (as written, or the branch chosen), and it stops only where the script ends. Returns
 * the first problem, with its path in the attempt.
 */
export function pathIssue(
  beats: readonly BeatShape[],
  path: readonly { beatId: string; branch: number | null }[],
): ScriptIssue | null {
  const index = new Map(beats.map((b, i) => [b.id, i]));
  if (path.length === 0) return { path: ['path'], message: 'The attempt went through no beat.' };
  if (path[0]!.beatId !== beats[0]?.id)
    return {
      path: ['path', 0, 'beatId'],
      message: `A practice starts at the first beat, “${beats[0]?.id}”.`,
    };
  for (let s = 0; s < path.length; s++) {
    const step = path[s]!;
    const i = index.get(step.beatId);
    if (i === undefined)
      return { path: ['path', s, 'beatId'], message: `There is no beat “${step.beatId}” in this version.` };
    const beat = beats[i]!;
    if (step.branch !== null && step.branch >= beat.branches.length)
      return { path: ['path', s, 'branch'], message: `Beat “${beat.id}” has no branch ${step.branch + 1}.` };
    const next = nextBeatId(beats, i, step.branch);
    const following = path[s + 1];
    if (following === undefined) {
      if (next !== null)
        return {
          path: ['path', s],
          message: `The practice stopped at “${beat.id}”, but the script goes on to “${next}”.`,
        };
    } else if (following.beatId !== next) {
      return {
        path: ['path', s + 1, 'beatId'],
        message:
          next === null
            ? `The script ends after “${beat.id}”.`
            : `After “${beat.id}” the script goes to “${next}”, not “${following.beatId}”.`,
      };
    }
  }
  return null;
}

/** A beat id not yet used in the script, for a beat the editor adds. */
export function freshBeatId(beats: readonly { id: string }[]): string {
  const used = new Set(beats.map((b) => b.id));
  let n = beats.length + 1;
  while (used.has(`beat-${n}`)) n++;
  return `beat-${n}`;
}

/**
 * A situation's plain text, one paragraph (top-level block) a line pair: what search, the editor's
 * text box and the handout read. Each block goes through `plainText` on its own, since that joins
 * paragraphs of a document without a break.
 */
export function situationTextOf(doc: unknown, plainText: (node: unknown) => string): string {
  const blocks = (doc as { content?: unknown[] } | null)?.content;
  if (!Array.isArray(blocks)) return plainText(doc);
  return blocks
    .map((block) => plainText(block).trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
