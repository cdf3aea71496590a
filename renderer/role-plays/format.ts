import type { RichTextDoc, RolePlayBeat } from '../../shared/contract';

export const DIFFICULTY: Record<number, string> = { 1: 'Warm-up', 2: 'Realistic', 3: 'Hard' };

export const MARK_LABELS = { hit: 'Hit', partial: 'Partial', miss: 'Miss' } as const;

/** Where a beat leads when the conversation goes as written, in words. */
export function nextLabel(beats: readonly RolePlayBeat[], index: number): string {
  const beat = beats[index]!;
  if (beat.next === 'end') return 'the end';
  const target = beat.next ?? beats[index + 1]?.id ?? null;
  if (target === null) return 'the end';
  const n = beats.findIndex((b) => b.id === target);
  return `beat ${n + 1} (${target})`;
}

export function beatNumber(beats: readonly RolePlayBeat[], id: string): number {
  return beats.findIndex((b) => b.id === id) + 1;
}

/** A situation typed as paragraphs (blank line between), as the rich-text document the core stores. */
export function docOfParagraphs(text: string): RichTextDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  } as RichTextDoc;
}

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
