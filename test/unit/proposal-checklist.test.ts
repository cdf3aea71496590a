import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_QUESTIONS,
  compareChecklists,
  customerFocus,
  priceBeforeValue,
  proposalSignals,
  ratingLevel,
  readingLevel,
  syllables,
} from '../../shared/domain/proposal-checklist';

describe('the decision-document checklist', () => {
  it('asks the eight questions of the research, in order', () => {
    expect(CHECKLIST_QUESTIONS.map((q) => q.key)).toEqual([
      'problem',
      'why-now',
      'recommendation',
      'how-it-works',
      'change',
      'cost',
      'risks',
      'decision',
    ]);
  });

  it('maps ratings onto behaviour levels 1–4', () => {
    expect(['missing', 'weak', 'adequate', 'strong'].map((r) => ratingLevel(r as 'weak'))).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('compares two versions line by line, unrated lines without a change', () => {
    const rows = compareChecklists(
      [
        { key: 'problem', rating: 'weak' },
        { key: 'cost', rating: 'strong' },
      ],
      [
        { key: 'problem', rating: 'strong' },
        { key: 'cost', rating: 'adequate' },
        { key: 'risks', rating: 'missing' },
      ],
    );
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.key === 'problem')).toMatchObject({
      before: 'weak',
      after: 'strong',
      change: 2,
    });
    expect(rows.find((r) => r.key === 'cost')).toMatchObject({ change: -1 });
    expect(rows.find((r) => r.key === 'risks')).toMatchObject({
      before: null,
      after: 'missing',
      change: null,
    });
  });
});

describe('customer focus', () => {
  it('counts you/your and the customer name against we/our/us', () => {
    const f = customerFocus(
      'We deliver. Our team is the best. Northwind will see your costs fall; you decide.',
      'Northwind',
    );
    expect(f).toMatchObject({ customerMentions: 3, sellerMentions: 2, sellerCentred: false });
    expect(f.share).toBeCloseTo(0.6);
  });

  it('flags a proposal written from the seller’s point of view', () => {
    expect(customerFocus('We are a leader. Our platform is proven. Let us show you.').sellerCentred).toBe(
      true,
    );
  });

  it('does not count the name inside another word, and has no share without pronouns', () => {
    expect(customerFocus('Acmeville is not Acme.', 'Acme').customerMentions).toBe(1);
    expect(customerFocus('Plain text.').share).toBeNull();
  });
});

describe('reading level (Flesch–Kincaid)', () => {
  it('counts syllables by vowel groups', () => {
    expect(['cat', 'table', 'proposal', 'implementation', 'the', 'made'].map(syllables)).toEqual([
      1, 2, 3, 5, 1, 1,
    ]);
  });

  it('scores short plain sentences lower than long dense ones', () => {
    const easy = readingLevel('We fix the leak. You save cash. The team signs by May.');
    const dense = readingLevel(
      'Organisational transformation necessitates comprehensive operational harmonisation across geographically distributed manufacturing infrastructure, facilitating unprecedented interdepartmental collaboration.',
    );
    expect(easy.sentences).toBe(3);
    expect(easy.grade!).toBeLessThan(dense.grade!);
    expect(easy.ease!).toBeGreaterThan(dense.ease!);
  });

  it('answers nothing for text without words', () => {
    expect(readingLevel('  \n ').grade).toBeNull();
  });
});

describe('price before value', () => {
  it('flags a price quoted before any value is described', () => {
    expect(priceBeforeValue('Licence: £48,000 a year. This will reduce churn.').priceFirst).toBe(true);
  });

  it('passes when value comes first, or there is no price', () => {
    expect(priceBeforeValue('You reduce churn by 4 points. The investment is $120k.').priceFirst).toBe(false);
    expect(priceBeforeValue('No figures here.').priceFirst).toBe(false);
    expect(priceBeforeValue('Total 30,000 EUR per year.').firstPriceAt).toBe(6);
  });
});

describe('proposalSignals', () => {
  it('measures length in words, pages and reading minutes', () => {
    const text = Array.from({ length: 1000 }, () => 'word').join(' ');
    expect(proposalSignals(text).length).toMatchObject({ words: 1000, pages: 2, readingMinutes: 5 });
  });
});
