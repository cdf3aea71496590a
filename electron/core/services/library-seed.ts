import {
  DEFAULT_BEHAVIOURS,
  DEFAULT_COMPETENCIES,
  DEFAULT_STAGES,
} from '../../../shared/domain/default-library';
import type { WritableDB } from '../../../db/open';
import {
  findBehaviour,
  findBehaviourRef,
  insertBehaviour,
  recordBehaviourChange,
} from '../../../db/repositories/behaviours';
import { insertTaxonomy } from '../../../db/repositories/taxonomy';
import { saveScorecardTemplate } from '../../../db/repositories/scorecard-templates';
import { saveCallType } from '../../../db/repositories/call-types';
import { saveTemplateRow } from '../../../db/repositories/templates';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import type { Clock } from '../context';

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

// The seeds take the write lock at BEGIN (IMMEDIATE) for the reason the dispatcher's mutations do (see
// dispatch.ts): the desktop app and the browser mode may start on one file at the same moment.
/**
 * Gives a database the default behaviour library once, when it first has the tables for it. A setting
 * records that it happened, so a manager who reshapes the library never sees the defaults come back.
 */
export function seedDefaultLibrary(db: WritableDB, clock: Clock): boolean {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, SEEDED_KEY) !== null) return false;
    const now = clock.now().toISOString();
    DEFAULT_STAGES.forEach((s, position) => {
      insertTaxonomy(db, 'stage', { ...s, position });
    });
    DEFAULT_COMPETENCIES.forEach((c, position) => {
      insertTaxonomy(db, 'competency', { ...c, position });
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
  });
  return seed.immediate();
}

export function seedDefaultTemplates(db: WritableDB, clock: Clock): void {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, TEMPLATES_KEY) !== null) return;
    const now = clock.now().toISOString();
    for (const t of DEFAULT_AGENDA_TEMPLATES) saveTemplateRow(db, { ...t, builtIn: true, now });
    writeSetting(db, TEMPLATES_KEY, '1');
  });
  seed.immediate();
}

const CALL_REVIEWS_KEY = 'callReviews.seededVersion';

export const DEFAULT_CALL_TYPES = [
  { id: 'call-discovery', name: 'Discovery' },
  { id: 'call-demo', name: 'Demo' },
  { id: 'call-negotiation', name: 'Negotiation' },
  { id: 'call-follow-up', name: 'Follow-up' },
  { id: 'call-handover', name: 'Handover' },
  { id: 'call-other', name: 'Other' },
];

const line = (behaviourId: string, weight: number, critical = false) => ({ behaviourId, weight, critical });

/**
 * Starting scorecards, few lines each (a rubric of more than five or six lines stops being used), with
 * the behaviours that decide whether that kind of call worked marked critical.
 */
export const DEFAULT_SCORECARDS = [
  {
    id: 'scorecard-discovery',
    name: 'Discovery call',
    callTypeIds: ['call-discovery', 'call-follow-up'],
    lines: [
      line('bhv-sets-up-front-contract', 1),
      line('bhv-confirms-need-in-buyer-words', 2),
      line('bhv-asks-implication-questions', 2, true),
      line('bhv-quantifies-cost-of-inaction', 2),
      line('bhv-identifies-approvers-beyond-contact', 1),
      line('bhv-agrees-dated-next-step', 2, true),
    ],
  },
  {
    id: 'scorecard-demo',
    name: 'Demonstration',
    callTypeIds: ['call-demo'],
    lines: [
      line('bhv-anchors-demo-to-discovery', 2, true),
      line('bhv-checks-reaction-during-demo', 2),
      line('bhv-describes-new-approach-before-product', 1),
      line('bhv-tailors-message-to-stakeholder', 1),
      line('bhv-agrees-dated-next-step', 2, true),
    ],
  },
  {
    id: 'scorecard-negotiation',
    name: 'Negotiation',
    callTypeIds: ['call-negotiation'],
    lines: [
      line('bhv-clarifies-objection-before-answering', 2),
      line('bhv-trades-every-concession', 2, true),
      line('bhv-avoids-discount-to-cover-weak-value', 2, true),
      line('bhv-asks-about-paper-process', 1),
      line('bhv-builds-mutual-close-plan', 1),
    ],
  },
];

export function seedCallReviewDefaults(db: WritableDB, clock: Clock): void {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, CALL_REVIEWS_KEY) !== null) return;
    const now = clock.now().toISOString();
    DEFAULT_CALL_TYPES.forEach((type, position) => {
      saveCallType(db, { ...type, position });
    });
    // A manager may have removed or renamed a behaviour before this feature arrived: keep only lines that exist.
    for (const template of DEFAULT_SCORECARDS) {
      saveScorecardTemplate(
        db,
        { ...template, lines: template.lines.filter((l) => findBehaviourRef(db, l.behaviourId)) },
        now,
      );
    }
    writeSetting(db, CALL_REVIEWS_KEY, '1');
  });
  seed.immediate();
}
