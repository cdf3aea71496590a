import type { RichTextDoc, RolePlayScriptDraftInput } from '../../shared/contract';

export const DISCOUNT = 'bhv-trades-every-concession';
export const IMPLICATION = 'bhv-asks-implication-questions';

const levels = (what: string): [string, string, string, string] => [
  `Not yet: ${what} missing.`,
  `Developing: ${what} half there.`,
  `Consistent: ${what} done.`,
  `Role model: ${what} done and agreed by the customer.`,
];

export const situation = (text: string): RichTextDoc =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }) as RichTextDoc;

/**
 * A short script with one branch: at "ask" the rep either trades (as written, on to "close") or gives the
 * discount away (the branch to "more"), after which the customer asks for more, then "close".
 */
export function branchingScript(title = 'Discount before value'): RolePlayScriptDraftInput {
  return {
    title,
    situation: situation('The buyer asks for 15% off before agreeing what the project is worth.'),
    persona: {
      name: 'Dana Holt',
      title: 'Head of Operations',
      company: 'Northwind Freight',
      goals: 'Cut re-delivery costs this year.',
      concerns: 'The budget was set before the project was scoped.',
      personality: 'Direct, tests whether the seller holds firm.',
    },
    objectives: ['Trade any concession for a commitment'],
    difficulty: 2,
    stageId: 'stage-negotiation-risk-resolution',
    beats: [
      {
        id: 'ask',
        customerLine: 'We like it, but we need 15% off to get it signed.',
        modelAnswer: 'Asks what the 15% is for, and what the buyer can give in return.',
        behaviourIds: [DISCOUNT],
        branches: [{ condition: 'The rep discounts without asking for anything', next: 'more' }],
        next: 'close',
      },
      {
        id: 'more',
        customerLine: 'Great. And the onboarding fee, can that go too?',
        modelAnswer: 'Stops giving; ties any further move to a signed date.',
        behaviourIds: [DISCOUNT],
        branches: [],
        next: null,
      },
      {
        id: 'close',
        customerLine: 'So what happens next?',
        modelAnswer: 'Agrees a dated next step with the buyer.',
        behaviourIds: [],
        branches: [],
        next: null,
      },
    ],
    rubric: [
      { behaviourId: DISCOUNT, levels: levels('a trade for every concession') },
      { behaviourId: IMPLICATION, levels: levels('an implication question') },
    ],
  };
}
