import type { SnippetPart } from '../contract/search';

/**
 * Snippets for search results, built from the text itself rather than by FTS5's snippet(): that one
 * re-reads the index for every result (each prefix expanded again), which cost ~1 ms a result on a
 * large history. Words are split and folded the way the index's tokenizer does (unicode61,
 * remove_diacritics 2: letters, digits and marks; accents and case ignored), and a word matches when it
 * starts with one of the searched words, as the prefix query did. Pure: tested as a table.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a search looks for, folded; at most 16 (the rest are ignored, as in the query). */
export function searchWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? [])
    .slice(0, 16)
    .map(fold)
    .filter((w) => w !== '');
}

interface Token {
  start: number;
  end: number;
  match: boolean;
}

function tokensOf(text: string, words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      match: words.some((w) => folded.startsWith(w)),
    });
  }
  return tokens;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

function partsBetween(text: string, tokens: Token[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  let at = tokens[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    push(flat(text.slice(at, token.start)), false);
    push(text.slice(token.start, token.end), token.match);
    at = token.end;
  }
  return parts;
}

/** A short title with every matching word marked. */
export function markedTitle(title: string, words: readonly string[]): SnippetPart[] {
  const tokens = tokensOf(title, words);
  const parts = partsBetween(title, tokens, 0, tokens.length);
  const end = tokens[tokens.length - 1]?.end ?? 0;
  const rest = title.slice(end);
  if (tokens.length === 0) return title === '' ? [] : [{ text: title, match: false }];
  const lead = title.slice(0, tokens[0]!.start);
  if (lead) parts.unshift({ text: lead, match: false });
  if (rest) parts.push({ text: rest, match: false });
  return parts;
}

/**
 * About `size` words of the text around its first match (a few words before it), the matches marked,
 * with an ellipsis where text was cut. Text without a match (the title matched) gives its opening.
 */
export function snippetOf(text: string, words: readonly string[], size = 24): SnippetPart[] {
  const tokens = tokensOf(text, words);
  if (tokens.length === 0) return [];
  const first = Math.max(
    0,
    tokens.findIndex((t) => t.match),
  );
  const from = Math.max(0, Math.min(first - 6, tokens.length - size));
  const to = Math.min(tokens.length, from + size);
  const parts = partsBetween(text, tokens, from, to);
  const lead = from === 0 ? flat(text.slice(0, tokens[0]!.start)).trimStart() : '…';
  const tail = to === tokens.length ? flat(text.slice(tokens[to - 1]!.end)).trimEnd() : '…';
  if (lead) parts.unshift({ text: lead, match: false });
  if (tail) parts.push({ text: tail, match: false });
  return parts;
}
