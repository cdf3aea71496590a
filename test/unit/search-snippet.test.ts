import { describe, expect, it } from 'vitest';
import { markedTitle, searchWords, snippetOf } from '../../shared/domain/search-snippet';

const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);
const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('search snippets', () => {
  it('folds accents and case the way the index does, and matches word starts', () => {
    expect(searchWords('Müller  BRÉN-ner "x"')).toEqual(['muller', 'bren', 'ner', 'x']);
    const parts = snippetOf('The Brénner deal; Müller wants a call. Renner too.', searchWords('brenn mull'));
    expect(marked(parts)).toEqual(['Brénner', 'Müller']);
    // "renner" does not start with "brenn".
    expect(plain(parts)).toBe('The Brénner deal; Müller wants a call. Renner too.');
  });

  it('cuts long text around the first match, with ellipses, whitespace flattened', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'pricing';
    const parts = snippetOf(words.join('\n'), searchWords('pric'), 10);
    expect(plain(parts)).toBe('…w54 w55 w56 w57 w58 w59 pricing w61 w62 w63…');
    expect(marked(parts)).toEqual(['pricing']);
    // No match in the text (the title matched): its opening.
    expect(plain(snippetOf('alpha beta gamma', ['zeta'], 2))).toBe('alpha beta…');
  });

  it('keeps markup as text and marks every matching word of a title', () => {
    expect(plain(snippetOf('Said <img src=x onerror=alert(1)> twice', ['onerror']))).toBe(
      'Said <img src=x onerror=alert(1)> twice',
    );
    expect(markedTitle('Asks implication questions', ['impl', 'quest'])).toEqual([
      { text: 'Asks ', match: false },
      { text: 'implication', match: true },
      { text: ' ', match: false },
      { text: 'questions', match: true },
    ]);
    expect(markedTitle('', ['x'])).toEqual([]);
  });
});
