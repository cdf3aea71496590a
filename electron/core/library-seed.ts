import {
  DEFAULT_BEHAVIOURS,
  DEFAULT_COMPETENCIES,
  DEFAULT_STAGES,
} from '../../shared/domain/default-library';
import type { Db, Sqlite } from '../../db/open';
import {
  findBehaviour,
  insertBehaviour,
  insertTaxonomy,
  recordBehaviourChange,
} from '../../db/repositories/library';
import { saveTemplateRow } from '../../db/repositories/one-on-ones';
import { readSetting, writeSetting } from '../../db/repositories/settings';
import { competencies, stages } from '../../db/schema';
import type { Clock } from './context';

const SEEDED_KEY = 'library.seededVersion';
const TEMPLATES_KEY = 'templates.seededVersion';

/** Agenda templates a manager starts from; editable, and never re-added once seeded. */
export const DEFAULT_AGENDA_TEMPLATES: { id: string; name: string; items: string[] }[] = [
  {
    id: 'tpl-pipeline-review',
    name: 'Pipeline review',
    items: [
      'What changed in the pipeline since we last looked?',
      'Deals whose stage moved: what did the buyer do to earn it?',
      'Close dates that moved, and why',
      'Deals with no next step dated and agreed by the buyer',
      'Which deal most needs my help this week?',
    ],
  },
  {
    id: 'tpl-call-review',
    name: 'Call review',
    items: [
      'The moment in the call you want to talk about',
      'What the buyer said, in their words',
      'The question that was not asked',
      'What you will do differently on the next call',
    ],
  },
  {
    id: 'tpl-development',
    name: 'Development',
    items: [
      'How are you doing, and what is getting in your way?',
      'Progress on the behaviours you are working on',
      'One thing to practise before we next meet',
      'What do you need from me?',
    ],
  },
];

/**
 * Gives a database the default behaviour library once, when it first has the tables for it. A setting
 * records that it happened, so a manager who reshapes the library never sees the defaults come back.
 */
export function seedDefaultLibrary(db: Db, sqlite: Sqlite, clock: Clock): boolean {
  return sqlite.transaction(() => {
    if (readSetting(db, SEEDED_KEY) !== null) return false;
    const now = clock.now().toISOString();
    DEFAULT_STAGES.forEach((s, position) => {
      insertTaxonomy(db, stages, { ...s, position });
    });
    DEFAULT_COMPETENCIES.forEach((c, position) => {
      insertTaxonomy(db, competencies, { ...c, position });
    });
    DEFAULT_BEHAVIOURS.forEach((b, position) => {
      const { stageIds, rubric, methodologies, ...fields } = b;
      insertBehaviour(
        db,
        {
          ...fields,
          rubric: [...rubric],
          methodologies: [...methodologies],
          position,
          archivedAt: null,
          mergedIntoId: null,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        },
        stageIds,
      );
      recordBehaviourChange(db, findBehaviour(db, b.id)!, {
        at: now,
        kind: 'created',
        summary: 'Part of the default library.',
      });
    });
    writeSetting(db, SEEDED_KEY, '1');
    return true;
  })();
}

export function seedDefaultTemplates(db: Db, sqlite: Sqlite, clock: Clock): void {
  sqlite.transaction(() => {
    if (readSetting(db, TEMPLATES_KEY) !== null) return;
    const now = clock.now().toISOString();
    for (const t of DEFAULT_AGENDA_TEMPLATES) saveTemplateRow(db, { ...t, builtIn: true, now });
    writeSetting(db, TEMPLATES_KEY, '1');
  })();
}
