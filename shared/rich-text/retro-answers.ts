/**
 * The retrospective's answer blocks (see `RetroAnswer` in schema.ts): their node name, their marks, and
 * reading them back out of a stored document. No tiptap import, so the core and analytics stay light.
 */
export const RETRO_ANSWER_NODE = 'retroAnswer';
export const RETRO_ANSWER_STATUSES = ['evidence', 'assumption'] as const;
export type RetroAnswerStatus = (typeof RETRO_ANSWER_STATUSES)[number];

export interface RetroAnswer {
  prompt: string | null;
  stage: string | null;
  status: RetroAnswerStatus | null;
  /** The words of the answer, blocks on their own lines; empty when nothing was written. */
  text: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function textOf(node: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === '\n') {
      if (parts.length > 0 && parts.at(-1) !== '\n') parts.push('\n');
      continue;
    }
    if (!isObject(n)) continue;
    if (typeof n.text === 'string') parts.push(n.text);
    if (Array.isArray(n.content)) {
      const inline = n.content.every((c) => isObject(c) && typeof c.text === 'string');
      if (!inline) stack.push('\n');
      for (let i = n.content.length - 1; i >= 0; i -= 1) stack.push(n.content[i]);
    }
  }
  return parts.join('').trim();
}

/**
 * Every answer block of a document, in order, whatever else the document holds (a stored document that
 * no longer fits the schema still yields its answers). Iterative: any depth.
 */
export function retroAnswersOf(doc: unknown): RetroAnswer[] {
  const found: RetroAnswer[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (node.type === RETRO_ANSWER_NODE) {
      const attrs = isObject(node.attrs) ? node.attrs : {};
      const status = (RETRO_ANSWER_STATUSES as readonly unknown[]).includes(attrs.status)
        ? (attrs.status as RetroAnswerStatus)
        : null;
      found.push({
        prompt: typeof attrs.prompt === 'string' ? attrs.prompt : null,
        stage: typeof attrs.stage === 'string' ? attrs.stage : null,
        status,
        text: textOf(node),
      });
      continue;
    }
    if (Array.isArray(node.content))
      for (let i = node.content.length - 1; i >= 0; i -= 1) stack.push(node.content[i]);
  }
  return found;
}
