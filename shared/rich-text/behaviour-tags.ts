/**
 * Pure walkers over tiptap JSON, shared by the editor and the core. A behaviour tag is a mark named
 * `behaviourTag` whose only attribute is the observation id; tags may overlap and may span several text
 * nodes, so a tag's quote is the concatenation of every text run that carries its mark, in order.
 */
export const BEHAVIOUR_TAG_MARK = 'behaviourTag';

interface JsonNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
  marks?: unknown;
}

interface JsonMark {
  type?: unknown;
  attrs?: { observationId?: unknown };
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'codeBlock',
  'bulletList',
  'orderedList',
]);

function walk(node: unknown, visit: (text: string, marks: JsonMark[]) => void, onBlockEnd: () => void): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as JsonNode;
  if (typeof n.text === 'string') {
    visit(n.text, Array.isArray(n.marks) ? (n.marks as JsonMark[]) : []);
    return;
  }
  if (n.type === 'hardBreak') visit('\n', []);
  if (Array.isArray(n.content)) for (const child of n.content) walk(child, visit, onBlockEnd);
  if (typeof n.type === 'string' && BLOCK_TYPES.has(n.type)) onBlockEnd();
}

function tagIdsOf(marks: JsonMark[]): string[] {
  const ids: string[] = [];
  for (const mark of marks) {
    const id = mark?.attrs?.observationId;
    if (mark?.type === BEHAVIOUR_TAG_MARK && typeof id === 'string' && id !== '') ids.push(id);
  }
  return ids;
}

/** Every behaviour tag in a document: observation id → the text it covers (runs joined, blocks by a space). */
export function collectBehaviourTags(doc: unknown): Map<string, string> {
  const quotes = new Map<string, { text: string; block: number }>();
  let block = 0;
  walk(
    doc,
    (text, marks) => {
      for (const id of tagIdsOf(marks)) {
        const seen = quotes.get(id);
        if (!seen) quotes.set(id, { text, block });
        else quotes.set(id, { text: seen.text + (seen.block === block ? '' : ' ') + text, block });
      }
    },
    () => {
      block += 1;
    },
  );
  return new Map([...quotes].map(([id, { text }]) => [id, text.replace(/\s+/g, ' ').trim()]));
}

/** The document as plain text, one line per block: for search, excerpts and export. */
export function plainTextOf(doc: unknown): string {
  const lines: string[] = [];
  let current = '';
  walk(
    doc,
    (text) => {
      current += text;
    },
    () => {
      if (current !== '') lines.push(current);
      current = '';
    },
  );
  if (current !== '') lines.push(current);
  return lines.join('\n');
}

/** A copy of the document without the behaviour tags whose observation ids `keep` rejects. */
export function filterBehaviourTags<T>(doc: T, keep: (observationId: string) => boolean): T {
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const n = node as JsonNode & Record<string, unknown>;
    const copy: Record<string, unknown> = { ...n };
    if (Array.isArray(n.marks)) {
      const marks = (n.marks as JsonMark[]).filter((mark) => {
        const id = mark?.attrs?.observationId;
        return mark?.type !== BEHAVIOUR_TAG_MARK || (typeof id === 'string' && keep(id));
      });
      if (marks.length > 0) copy.marks = marks;
      else delete copy.marks;
    }
    if (Array.isArray(n.content)) copy.content = n.content.map(visit);
    return copy;
  };
  return visit(doc) as T;
}
