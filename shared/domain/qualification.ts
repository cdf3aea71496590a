/**
 * The qualification card of a deal: the essay's qualification questions ("Qualification protects the
 * pipeline") and its forecast challenge questions ("Forecasting is disciplined"), each mapped to the
 * MEDDPICC element it answers where one fits (coaching-domain.md §3.1). The ids are stored in
 * `deal_answers.question_id` and `stage_exit_criteria.question_id`: never rename one.
 */

export type MeddpiccElement =
  | 'Metrics'
  | 'Economic buyer'
  | 'Decision criteria'
  | 'Decision process'
  | 'Paper process'
  | 'Identify pain'
  | 'Champion'
  | 'Competition';

export interface QualificationQuestion {
  id: string;
  text: string;
  group: 'qualification' | 'forecast';
  meddpicc: MeddpiccElement | null;
}

export const QUALIFICATION_QUESTIONS = [
  { id: 'problem-real', text: 'Is the problem real?', group: 'qualification', meddpicc: 'Identify pain' },
  { id: 'urgency', text: 'Is there urgency?', group: 'qualification', meddpicc: 'Identify pain' },
  {
    id: 'fit',
    text: 'Is the customer the right fit?',
    group: 'qualification',
    meddpicc: 'Decision criteria',
  },
  { id: 'afford', text: 'Can they afford it?', group: 'qualification', meddpicc: 'Economic buyer' },
  {
    id: 'decision',
    text: 'Who makes the decision, and how?',
    group: 'qualification',
    meddpicc: 'Decision process',
  },
  {
    id: 'alternatives',
    text: 'What alternatives are considered?',
    group: 'qualification',
    meddpicc: 'Competition',
  },
  { id: 'do-nothing', text: 'What happens if they do nothing?', group: 'qualification', meddpicc: 'Metrics' },
  { id: 'proceed', text: 'What would make them proceed?', group: 'qualification', meddpicc: 'Champion' },
  { id: 'blockers', text: 'What could stop the deal?', group: 'qualification', meddpicc: null },
  { id: 'committed', text: 'What has the customer committed to?', group: 'forecast', meddpicc: 'Champion' },
  { id: 'approvers', text: 'Who still needs to approve?', group: 'forecast', meddpicc: 'Decision process' },
  { id: 'procurement', text: 'Has procurement been involved?', group: 'forecast', meddpicc: 'Paper process' },
  { id: 'budget', text: 'Has the budget been confirmed?', group: 'forecast', meddpicc: 'Economic buyer' },
  {
    id: 'next-action',
    text: 'Has the customer agreed to the next action?',
    group: 'forecast',
    meddpicc: null,
  },
  {
    id: 'signing-date',
    text: 'When will they sign, and who says so?',
    group: 'forecast',
    meddpicc: 'Paper process',
  },
] as const satisfies readonly QualificationQuestion[];

export type QuestionId = (typeof QUALIFICATION_QUESTIONS)[number]['id'];
export const QUESTION_IDS = QUALIFICATION_QUESTIONS.map((q) => q.id) as [QuestionId, ...QuestionId[]];

export function questionById(id: string): QualificationQuestion | undefined {
  return QUALIFICATION_QUESTIONS.find((q) => q.id === id);
}

/** What a commit needs from the customer, not the rep: budget, approvers and a signing date. */
export const COMMIT_EVIDENCE: readonly QuestionId[] = ['budget', 'approvers', 'signing-date'];

/**
 * Default stage exit criteria, from the essay's process ("A stage should only move forward when the
 * customer has done something meaningful"), keyed by the library's default stage ids. Each names the
 * card question whose evidence meets it, where one does.
 */
export const DEFAULT_EXIT_CRITERIA: Record<string, { text: string; questionId: QuestionId | null }[]> = {
  'stage-market-lead-identification': [
    { text: 'The account matches the customers we serve well', questionId: 'fit' },
  ],
  'stage-initial-contact-qualification': [
    { text: 'The customer has described a problem in their own words', questionId: 'problem-real' },
    { text: 'The customer has agreed to a discovery conversation', questionId: 'next-action' },
  ],
  'stage-discovery-need-analysis': [
    { text: 'The customer has said why the problem matters now', questionId: 'urgency' },
    { text: 'The cost of doing nothing is known', questionId: 'do-nothing' },
    { text: 'We know who decides, and how', questionId: 'decision' },
  ],
  'stage-solution-fit-value-definition': [
    { text: 'The customer agrees the value is worth the cost', questionId: 'afford' },
    { text: 'The alternatives they weigh are known', questionId: 'alternatives' },
  ],
  'stage-proposal-demonstration': [
    { text: 'The customer has said what would make them proceed', questionId: 'proceed' },
    { text: 'The customer has agreed to the next action after the proposal', questionId: 'next-action' },
  ],
  'stage-decision-process-stakeholder-alignment': [
    { text: 'Every approver is named', questionId: 'approvers' },
    { text: 'The budget has been confirmed by the customer', questionId: 'budget' },
  ],
  'stage-negotiation-risk-resolution': [
    { text: 'Procurement is involved', questionId: 'procurement' },
    { text: 'What could stop the deal is known and handled', questionId: 'blockers' },
    { text: 'The customer has named a signing date', questionId: 'signing-date' },
  ],
  'stage-closing-handover-implementation': [
    { text: 'The customer has committed in writing', questionId: 'committed' },
  ],
  'stage-after-sales-retention-growth': [],
};
