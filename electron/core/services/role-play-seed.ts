import { DEFAULT_ROLE_PLAYS, type RolePlaySeed } from '../../../shared/domain/default-role-plays';
import type { RichTextDoc } from '../../../shared/contract';
import type { WritableDB } from '../../../db/open';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { findScriptBySeed, insertScript, insertVersion } from '../../../db/repositories/role-plays';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import { plainTextOf } from '../../../shared/rich-text/schema';
import { situationTextOf } from '../../../shared/domain/role-play';
import type { Clock } from '../context';

const SEEDED_KEY = 'rolePlays.seededVersion';

export const situationDoc = (paragraphs: readonly string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/**
 * One default script, trimmed to this library: a manager may have removed or archived a behaviour
 * before role-plays arrived, so lines and beat tags naming one are left out. A script left with no
 * rubric is not seeded at all.
 */
function fitToLibrary(db: WritableDB, seed: RolePlaySeed): RolePlaySeed | null {
  const active = (id: string) => {
    const behaviour = findBehaviourRef(db, id);
    return behaviour !== undefined && behaviour.archivedAt === null;
  };
  const rubric = seed.rubric.filter((line) => active(line.behaviourId));
  if (rubric.length === 0) return null;
  return {
    ...seed,
    rubric,
    beats: seed.beats.map((b) => ({ ...b, behaviourIds: b.behaviourIds.filter(active) })),
  };
}

/**
 * Gives a database the default role-play scripts once (after the library they point at). Each keeps
 * its seed id as its id, so the demo and a manager's exported files name the same script. A setting
 * records that it happened, so scripts a manager archives or edits never come back as they were.
 */
export function seedDefaultRolePlays(db: WritableDB, clock: Clock): boolean {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, SEEDED_KEY) !== null) return false;
    const now = clock.now().toISOString();
    for (const original of DEFAULT_ROLE_PLAYS) {
      const fitted = fitToLibrary(db, original);
      if (!fitted || findScriptBySeed(db, fitted.seedId)) continue;
      insertScript(db, { id: fitted.seedId, seedId: fitted.seedId, now });
      insertVersion(
        db,
        { id: `${fitted.seedId}-v1`, scriptId: fitted.seedId, number: 1, now },
        {
          title: fitted.title,
          situation: situationDoc(fitted.situation),
          situationText: situationTextOf(situationDoc(fitted.situation), plainTextOf),
          persona: fitted.persona,
          objectives: fitted.objectives,
          difficulty: fitted.difficulty,
          stageId: findTaxonomy(db, 'stage', fitted.stageId) ? fitted.stageId : null,
          beats: fitted.beats,
          rubric: fitted.rubric,
        },
      );
    }
    writeSetting(db, SEEDED_KEY, '1');
    return true;
  });
  return seed.immediate();
}
