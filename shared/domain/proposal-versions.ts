import { diffLines, diffWordsWithSpace } from 'diff';

/**
 * Comparing two versions of a proposal: what the diff shows, and where each annotation of the old
 * version lands in the new one. Both work on a version's plain text (documentText of its document), the
 * text annotation offsets count in (documentText in shared/rich-text/text-offsets.ts).
 */

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A run of text both versions share: old[oldStart, oldStart+length) = new[newStart, newStart+length). */
export interface SharedSpan {
  oldStart: number;
  newStart: number;
  length: number;
}

export interface VersionAlignment {
  parts: DiffPart[];
  shared: SharedSpan[];
}

/**
 * Changed hunks longer than this are shown as whole lines removed and added: refining them word by word
 * costs time that grows with the square of a rewrite, and a rewrite that long is best read side by side.
 */
const WORD_REFINE_LIMIT = 20_000;

/**
 * The diff of two versions' text: line by line first (cheap on a 50-page proposal where most paragraphs
 * are unchanged), then word by word inside each changed hunk, so a one-word edit leaves the rest of its
 * paragraph shared and annotations there carry over.
 */
export function alignVersions(oldText: string, newText: string): VersionAlignment {
  const parts: DiffPart[] = [];
  const shared: SharedSpan[] = [];
  let oi = 0;
  let ni = 0;
  const same = (text: string) => {
    if (text === '') return;
    const last = shared[shared.length - 1];
    if (last && last.oldStart + last.length === oi && last.newStart + last.length === ni)
      last.length += text.length;
    else shared.push({ oldStart: oi, newStart: ni, length: text.length });
    push('same', text);
    oi += text.length;
    ni += text.length;
  };
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const removed = (text: string) => {
    if (text === '') return;
    push('removed', text);
    oi += text.length;
  };
  const added = (text: string) => {
    if (text === '') return;
    push('added', text);
    ni += text.length;
  };
  const changes = diffLines(oldText, newText);
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      same(change.value);
      continue;
    }
    // One hunk: the removed lines and the added lines next to each other, in either order.
    let before = '';
    let after = '';
    while (i < changes.length && (changes[i]!.added || changes[i]!.removed)) {
      if (changes[i]!.removed) before += changes[i]!.value;
      else after += changes[i]!.value;
      i += 1;
    }
    i -= 1;
    if (before !== '' && after !== '' && before.length + after.length <= WORD_REFINE_LIMIT) {
      for (const word of diffWordsWithSpace(before, after)) {
        if (word.added) added(word.value);
        else if (word.removed) removed(word.value);
        else same(word.value);
      }
    } else {
      removed(before);
      added(after);
    }
  }
  return { parts, shared };
}

export interface TextRange {
  start: number;
  end: number;
}

export type CarryResult =
  | { kind: 'carried'; start: number; end: number; moved: boolean }
  | { kind: 'needs-recheck' };

/**
 * Where an annotation of the old version lands in the new one. On a passage both versions share, at the
 * same words: carried. A passage that changed is "needs re-check", except when its exact quote appears
 * once in the new text (a paragraph moved, not edited): carried there, marked as moved.
 */
export function carryAnnotation(
  range: TextRange & { quote: string },
  alignment: VersionAlignment,
  newText: string,
): CarryResult {
  for (const span of alignment.shared) {
    if (span.oldStart <= range.start && range.end <= span.oldStart + span.length) {
      const shift = span.newStart - span.oldStart;
      return { kind: 'carried', start: range.start + shift, end: range.end + shift, moved: false };
    }
    if (span.oldStart > range.start) break;
  }
  if (range.quote.trim() !== '') {
    const at = newText.indexOf(range.quote);
    if (at >= 0 && newText.indexOf(range.quote, at + 1) < 0)
      return { kind: 'carried', start: at, end: at + range.quote.length, moved: true };
  }
  return { kind: 'needs-recheck' };
}
