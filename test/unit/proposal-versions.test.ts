import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignVersions, carryAnnotation } from '../../shared/domain/proposal-versions';

const v1 = [
  'Executive summary',
  'Northwind loses 6% of orders to stock-outs every quarter.',
  'We recommend the Forecast module with a 90-day pilot.',
  'The price is £48,000 a year.',
].join('\n');
const v2 = [
  'Executive summary',
  'Northwind loses 6% of orders to stock-outs every quarter, about £1.2m a year.',
  'We recommend the Forecast module with a 60-day pilot in two warehouses.',
  'The price is £48,000 a year.',
].join('\n');

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote };
}

describe('alignVersions', () => {
  it('rebuilds both texts from its parts', () => {
    const { parts } = alignVersions(v1, v2);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(v1);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(v2);
  });

  it('keeps the unchanged words of an edited paragraph shared', () => {
    const { parts } = alignVersions(v1, v2);
    expect(parts).toContainEqual({ kind: 'removed', text: '90' });
    expect(parts).toContainEqual({ kind: 'added', text: '60' });
  });

  it('holds for any pair of texts (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { parts, shared } = alignVersions(a, b);
        expect(
          parts
            .filter((p) => p.kind !== 'added')
            .map((p) => p.text)
            .join(''),
        ).toBe(a);
        expect(
          parts
            .filter((p) => p.kind !== 'removed')
            .map((p) => p.text)
            .join(''),
        ).toBe(b);
        for (const s of shared)
          expect(a.slice(s.oldStart, s.oldStart + s.length)).toBe(b.slice(s.newStart, s.newStart + s.length));
      }),
    );
  });
});

describe('carryAnnotation', () => {
  const alignment = alignVersions(v1, v2);

  it('carries an annotation on an unchanged passage to the same words', () => {
    const carried = carryAnnotation(rangeOf(v1, 'The price is £48,000 a year.'), alignment, v2);
    expect(carried.kind).toBe('carried');
    if (carried.kind === 'carried')
      expect(v2.slice(carried.start, carried.end)).toBe('The price is £48,000 a year.');
  });

  it('carries within an edited paragraph when its own words did not change', () => {
    const carried = carryAnnotation(rangeOf(v1, 'stock-outs every quarter'), alignment, v2);
    expect(carried).toMatchObject({ kind: 'carried', moved: false });
  });

  it('asks for a re-check when the annotated words changed', () => {
    expect(carryAnnotation(rangeOf(v1, 'a 90-day pilot'), alignment, v2)).toEqual({ kind: 'needs-recheck' });
  });

  it('follows a paragraph that moved unchanged', () => {
    const moved = 'Risks: data quality in the old ERP.';
    const a = `Intro.\n${moved}\nPrice.\n`;
    const b = `Intro.\nPrice.\nTimeline.\n${moved}\n`;
    const carried = carryAnnotation(rangeOf(a, moved), alignVersions(a, b), b);
    expect(carried).toMatchObject({ kind: 'carried' });
    if (carried.kind === 'carried') expect(b.slice(carried.start, carried.end)).toBe(moved);
  });
});
