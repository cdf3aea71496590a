import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_REASONS } from '../../shared/domain/default-loss-reasons';
import { matchLossReason } from '../../shared/domain/loss-reason-match';

const reasons = DEFAULT_LOSS_REASONS.map((r) => ({ ...r, archivedAt: null }));

describe('reading a CRM closed-lost reason into the loss taxonomy', () => {
  it.each([
    ['Price', 'loss-price', 'unknown'],
    ['  PRICING ', 'loss-price', 'unknown'],
    ['Decision process not understood', 'loss-decision-process', 'unknown'],
    ['Budget eliminated', 'loss-timing-budget', 'unknown'],
    ['Missing Feature', 'loss-product-gap', 'unknown'],
    ['Lost to Competitor', null, 'competitor'],
    ['No Decision / Non-Responsive', null, 'no-decision'],
    ['Built in-house', null, 'built-in-house'],
    ['Went with a cheaper option in Q3', null, 'unknown'],
    ['', null, 'unknown'],
  ] as const)('%j → reason %s, outcome %s', (text, reasonId, outcome) => {
    expect(matchLossReason(text, reasons)).toEqual({ reasonId, outcome });
  });

  it('matches a renamed reason by its name now, and never an archived one', () => {
    const renamed = reasons.map((r) => (r.id === 'loss-price' ? { ...r, name: 'Commercials' } : r));
    expect(matchLossReason('Commercials', renamed).reasonId).toBe('loss-price');
    const archived = reasons.map((r) =>
      r.id === 'loss-price' ? { ...r, archivedAt: '2026-01-01T00:00:00.000Z' } : r,
    );
    expect(matchLossReason('Price', archived).reasonId).toBeNull();
  });
});
