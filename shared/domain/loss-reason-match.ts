import type { LossOutcome } from './loss-analytics';

/**
 * Reads a CRM's closed-lost reason ("Closed Lost Reason" in Salesforce, "Closed lost reason" in HubSpot)
 * into the loss taxonomy: the reason it names, and the outcome when the text says one ("Lost to
 * competitor", "No decision"). Exports use a picklist a company set up, so this matches the taxonomy's
 * own names first, then the phrases CRMs ship with; anything else is kept as the CRM said it, unmatched.
 */
const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** CRM picklist phrases, by the default reason id they mean. */
const PHRASES: Record<string, readonly string[]> = {
  'loss-price': ['price', 'pricing', 'too expensive', 'cost', 'price too high', 'pricing/budget'],
  'loss-timing-budget': [
    'budget',
    'no budget',
    'timing',
    'timeline',
    'timeline delayed',
    'budget eliminated',
    'bad timing',
  ],
  'loss-product-gap': [
    'product gap',
    'missing feature',
    'features',
    'functionality',
    'product fit',
    'missing functionality',
  ],
  'loss-champion-lost': ['champion left', 'champion lost', 'lost champion', 'contact left'],
  'loss-no-urgency': ['no urgency', 'no compelling event', 'not a priority', 'priorities changed'],
  'loss-poor-fit': ['poor fit', 'bad fit', 'not a fit', 'unqualified', 'disqualified'],
  'loss-delivery-risk': ['implementation risk', 'delivery risk', 'implementation concerns'],
  'loss-competitor-relationship': ['relationship', 'incumbent', 'existing vendor', 'competitor relationship'],
  'loss-no-access-to-power': ['no access to decision maker', 'wrong stakeholder', 'no access to power'],
  'loss-decision-process': ['decision process', 'procurement', 'lost in procurement'],
  'loss-value-not-established': ['no value', 'value not established', 'no business case', 'roi not proven'],
};

const OUTCOME_PHRASES: Record<Exclude<LossOutcome, 'unknown'>, readonly string[]> = {
  competitor: ['competitor', 'lost to competitor', 'chose competitor', 'went with competitor', 'competition'],
  'no-decision': [
    'no decision',
    'no decision / non-responsive',
    'non-responsive',
    'status quo',
    'did nothing',
    'went dark',
  ],
  'built-in-house': ['built in house', 'in-house', 'build in house', 'built internally', 'in house solution'],
};

export interface LossReasonMatch {
  reasonId: string | null;
  outcome: LossOutcome;
}

export function matchLossReason(
  text: string | null,
  reasons: readonly { id: string; name: string; archivedAt: string | null }[],
): LossReasonMatch {
  if (text === null || key(text) === '') return { reasonId: null, outcome: 'unknown' };
  const wanted = key(text);
  const active = reasons.filter((r) => r.archivedAt === null);
  const byName = active.find((r) => key(r.name) === wanted);
  const known = new Set(active.map((r) => r.id));
  const byPhrase = Object.entries(PHRASES).find(
    ([id, phrases]) => known.has(id) && phrases.some((p) => key(p) === wanted),
  )?.[0];
  const outcome = (Object.entries(OUTCOME_PHRASES).find(([, phrases]) =>
    phrases.some((p) => key(p) === wanted),
  )?.[0] ?? 'unknown') as LossOutcome;
  return { reasonId: byName?.id ?? byPhrase ?? null, outcome };
}
