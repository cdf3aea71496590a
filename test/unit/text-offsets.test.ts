import { describe, expect, it } from 'vitest';
import { documentText } from '../../shared/rich-text/text-offsets';

const text = (t: string, marks?: { type: string }[]) =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('documentText', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Offer')] },
      p(text('Dear '), text('customer', [{ type: 'bold' }]), { type: 'hardBreak' }, text('hello')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('one'))] },
          { type: 'listItem', content: [p(text('two'))] },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [p(text('a'))] },
              { type: 'tableCell', content: [p(text('b'))] },
            ],
          },
        ],
      },
      p(),
      p(text('End.')),
    ],
  };

  it('puts every block on its own line and a hard break as a line break', () => {
    expect(documentText(doc).text).toBe('Offer\nDear customer\nhello\none\ntwo\na\nb\nEnd.');
  });

  it('places every text run exactly where its words are', () => {
    const { text: all, runs } = documentText(doc);
    expect(runs).toHaveLength(9);
    for (const run of runs)
      expect(all.slice(run.start, run.start + (run.node.text as string).length)).toBe(run.node.text);
  });

  it('has no line breaks at the edges, and an empty document is empty', () => {
    expect(documentText({ type: 'doc', content: [p({ type: 'hardBreak' }, text('x')), p()] }).text).toBe('x');
    expect(documentText({ type: 'doc', content: [] }).text).toBe('');
  });
});
