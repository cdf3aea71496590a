/**
 * The plain text of an imported document (a proposal version), and where each text run sits in it:
 * proposal annotations count characters in this text, and whatever draws the document (the editor's
 * highlights, the HTML export) finds those characters in the runs through it.
 *
 * Every block (paragraph, heading, list item, table cell…) is on its own line and a hard break is a line
 * break; no leading or trailing line breaks. (plainTextOf in schema.ts, used for notes' derived text,
 * runs sibling paragraphs together; proposals need words kept apart, and their own stable offsets.)
 * `text.slice(run.start, run.start + run.node.text.length) === run.node.text` for every run.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface TextRun {
  /** The text node itself (the same object as in the document). */
  node: Json;
  start: number;
}

const BREAK = Symbol('break');

export function documentText(doc: unknown): { text: string; runs: TextRun[] } {
  let text = '';
  const runs: TextRun[] = [];
  // Iterative: an imported document may be deep, and this runs before anything renders it.
  const stack: unknown[] = [doc];
  const lineBreak = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === BREAK) {
      lineBreak();
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.text === 'string') {
      runs.push({ node, start: text.length });
      text += node.text;
      continue;
    }
    if (node.type === 'hardBreak') {
      if (text !== '') text += '\n';
      continue;
    }
    // Any other node is a block: its own line.
    stack.push(BREAK);
    if (Array.isArray(node.content))
      for (let i = node.content.length - 1; i >= 0; i -= 1) stack.push(node.content[i]);
    stack.push(BREAK);
  }
  return { text: text.replace(/\n+$/, ''), runs };
}
