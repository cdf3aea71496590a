import { AppError } from '../../../shared/contract';
import { type QuestionId, questionById } from '../../../shared/domain/qualification';
import { listDealAnswers, listDealContacts } from '../../../db/repositories/deals';
import type { Handler } from '../registry';
import { requireVisibleDeal } from './access';

/**
 * The essay's handover ("What problem did the customer buy against? What expectations were created? What
 * risks were discussed? What timeline matters? Who are the stakeholders? What does success look like?"),
 * answered from the deal's qualification card, each line marked evidence or assumption.
 */
const SECTIONS: { title: string; questions: QuestionId[] }[] = [
  { title: 'The problem they bought against', questions: ['problem-real', 'urgency', 'do-nothing'] },
  { title: 'What the customer committed to', questions: ['committed', 'next-action', 'signing-date'] },
  { title: 'What success looks like', questions: ['proceed', 'fit'] },
  { title: 'Risks discussed', questions: ['blockers', 'alternatives'] },
  {
    title: 'How they decided, and who approved',
    questions: ['decision', 'approvers', 'procurement', 'budget', 'afford'],
  },
];

const ROLE_NAMES: Record<string, string> = {
  'first-contact': 'first contact',
  champion: 'champion',
  'economic-buyer': 'economic buyer',
  'decision-maker': 'decision maker',
  approver: 'approver',
  procurement: 'procurement',
  user: 'user',
  other: 'other',
};

export const handover: Handler<'deals.handover'> = (input, ctx) => {
  const deal = requireVisibleDeal(ctx, input.id);
  if (deal.outcome !== 'won' || deal.closedOn === null)
    throw new AppError('CONFLICT', 'A handover brief is written once the deal is won.', { id: deal.id });
  const answers = new Map(listDealAnswers(ctx.db, [deal.id]).map((a) => [a.questionId, a]));
  const unknown: string[] = [];
  type Line = { text: string; status: 'evidence' | 'assumption' | null };
  const sections: { title: string; lines: Line[] }[] = SECTIONS.map((section) => ({
    title: section.title,
    lines: section.questions.flatMap((q) => {
      const a = answers.get(q);
      if (!a) {
        unknown.push(questionById(q)!.text);
        return [];
      }
      return [{ text: `${questionById(q)!.text} ${a.answer}`, status: a.status }];
    }),
  }));
  const contacts = listDealContacts(ctx.db, [deal.id]);
  sections.push({
    title: 'Stakeholders',
    lines: contacts.map((c) => ({
      text: `${c.name}${c.title ? `, ${c.title}` : ''} (${ROLE_NAMES[c.role]})`,
      status: null,
    })),
  });
  sections.push({
    title: 'Timeline',
    lines: [
      { text: `Won on ${deal.closedOn}.`, status: null },
      ...(deal.nextStep
        ? [{ text: `Next: ${deal.nextStep}${deal.nextStepOn ? ` (${deal.nextStepOn})` : ''}`, status: null }]
        : []),
    ],
  });
  return {
    dealId: deal.id,
    account: deal.account,
    name: deal.name,
    closedOn: deal.closedOn,
    valueMinor: deal.valueMinor,
    currency: deal.currency,
    sections,
    unknown,
  };
};
