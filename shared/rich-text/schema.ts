import { getSchema, Mark, mergeAttributes, Node } from '@tiptap/core';
import { Fragment, Node as ProseMirrorNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { BEHAVIOUR_TAG_MARK } from './behaviour-tags';
import { RETRO_ANSWER_NODE, RETRO_ANSWER_STATUSES } from './retro-answers';

/**
 * A behaviour tag: a mark that holds only the id of its observation (everything else lives in the
 * observation row). `excludes: ''` lets tags of the same type overlap, each its own mark; `inclusive:
 * false` keeps typing at a tag's edge out of the tag, so the quoted evidence does not grow by accident.
 */
export const BehaviourTag = Mark.create({
  name: BEHAVIOUR_TAG_MARK,
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      observationId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-observation-id'),
        renderHTML: (attributes) =>
          typeof attributes.observationId === 'string'
            ? { 'data-observation-id': attributes.observationId }
            : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-observation-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes({ class: 'behaviour-tag' }, HTMLAttributes), 0];
  },
});

/** A `data-*` attribute kept as text, absent when null. */
const dataAttribute = (name: string) => ({
  default: null,
  parseHTML: (element: { getAttribute(name: string): string | null }) => element.getAttribute(`data-${name}`),
  renderHTML: (attributes: Record<string, unknown>) => {
    const value = attributes[name];
    return typeof value === 'string' ? { [`data-${name}`]: value } : {};
  },
});

/**
 * The answer to one prompt of a lost-deal retrospective ("Who decided, and how?") at one stage, marked
 * as evidence (what the customer said or did) or assumption (what we believed): the honest-pipeline
 * question, asked after the fact. The prompt and stage are ids, so loss analytics can read "the decision
 * process was an assumption" from the document itself; the status is null until someone marks it.
 */
export const RetroAnswer = Node.create({
  name: RETRO_ANSWER_NODE,
  group: 'block',
  content: '(paragraph | bulletList | orderedList)+',
  defining: true,

  addAttributes() {
    return {
      prompt: dataAttribute('prompt'),
      stage: dataAttribute('stage'),
      status: dataAttribute('status'),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-retro-answer]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-retro-answer': '', class: 'retro-answer' }, HTMLAttributes), 0];
  },
});

/**
 * Tables, for imported documents (a proposal's pricing or timeline table). Read-only structure: no
 * `parseHTML`, so pasting into a note still gives paragraphs as before, and no editing commands; the
 * editor only shows them. A cell holds blocks (paragraphs, lists), as in Word.
 */
export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  renderHTML: () => ['table', ['tbody', 0]],
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableHeader | tableCell)+',
  renderHTML: () => ['tr', 0],
});

export const TableCell = Node.create({
  name: 'tableCell',
  content: 'block+',
  isolating: true,
  renderHTML: () => ['td', 0],
});

export const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'block+',
  isolating: true,
  renderHTML: () => ['th', 0],
});

/**
 * The one extension list of a Coachbench document: the editor mounts exactly these (plus behaviour that
 * adds no content types), and the core checks every incoming document against the schema they make.
 */
export const richTextExtensions = [
  // Links stay out until they can open safely outside the app window.
  // No trailing empty paragraph: it would change a stored document just by opening it, bumping its
  // revision and causing needless conflicts. Enter twice leaves a list at the end anyway.
  StarterKit.configure({ link: false, trailingNode: false }),
  BehaviourTag,
  RetroAnswer,
  Table,
  TableRow,
  TableCell,
  TableHeader,
];

export const richTextSchema = getSchema(richTextExtensions);

/**
 * How deeply blocks may nest (doc › list › item › paragraph › text counts 5). Far above anything typed
 * (a list nested 20 levels is 42), far below what overflows the stack of a recursive renderer.
 */
export const MAX_RICH_TEXT_DEPTH = 64;
/** Nodes (blocks and text runs) in one document. */
export const MAX_RICH_TEXT_NODES = 100_000;
/** Characters of one document as JSON. */
export const MAX_RICH_TEXT_CHARS = 2_000_000;

export interface RichTextProblem {
  /** Where, as a JSON path from the document (`['content', 3, 'marks', 0, 'type']`). */
  path: (string | number)[];
  message: string;
}

type Json = Record<string, unknown>;
type Path = (string | number)[];

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function allowedList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** Attribute values are plain scalars; a few have a known range. */
function attrProblem(owner: string, name: string, value: unknown): string | null {
  if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
    return `attribute "${name}" of "${owner}" must be text, a number or true/false`;
  if (
    owner === 'heading' &&
    name === 'level' &&
    !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6)
  )
    return 'a heading level must be a whole number from 1 to 6';
  if (owner === 'orderedList' && name === 'start' && !Number.isInteger(value))
    return 'a numbered list must start at a whole number';
  if (
    owner === RETRO_ANSWER_NODE &&
    name === 'status' &&
    value !== null &&
    !(RETRO_ANSWER_STATUSES as readonly unknown[]).includes(value)
  )
    return `a retrospective answer is marked ${RETRO_ANSWER_STATUSES.map((s) => `"${s}"`).join(' or ')}, or not at all`;
  if (typeof value === 'string' && value.length > 1000)
    return `attribute "${name}" of "${owner}" is too long`;
  return null;
}

function checkAttrs(
  owner: string,
  allowed: Record<string, unknown>,
  attrs: unknown,
  path: Path,
): RichTextProblem | null {
  if (attrs === undefined) return null;
  if (!isObject(attrs)) return { path, message: `the attributes of "${owner}" must be an object` };
  for (const [name, value] of Object.entries(attrs)) {
    if (!(name in allowed))
      return { path: [...path, name], message: `"${owner}" has no attribute "${name}"` };
    const problem = attrProblem(owner, name, value);
    if (problem) return { path: [...path, name], message: problem };
  }
  return null;
}

/**
 * The shape of a document: known node and mark types, known attributes, depth and size. Iterative, so a
 * document nested 200,000 deep is an answer, not a stack overflow; it runs before anything that recurses.
 */
function checkShape(doc: unknown): RichTextProblem | null {
  if (!isObject(doc) || doc.type !== 'doc')
    return { path: ['type'], message: 'a document must have type "doc"' };
  const nodeNames = Object.keys(richTextSchema.nodes).filter((n) => n !== 'doc');
  const markNames = Object.keys(richTextSchema.marks);
  const stack: { node: Json; path: Path; depth: number }[] = [{ node: doc, path: [], depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    count += 1;
    if (count > MAX_RICH_TEXT_NODES)
      return { path, message: `a document can hold at most ${MAX_RICH_TEXT_NODES} blocks and text runs` };
    if (depth > MAX_RICH_TEXT_DEPTH)
      return { path: [], message: `content is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep` };
    const type = richTextSchema.nodes[node.type as string];
    if (typeof node.type !== 'string' || !type || (depth > 1 && node.type === 'doc'))
      return {
        path: [...path, 'type'],
        message: `${JSON.stringify(String(node.type)).slice(0, 80)} is not allowed here (allowed: ${allowedList(nodeNames)})`,
      };
    for (const key of Object.keys(node)) {
      if (!['type', 'attrs', 'content', 'marks', 'text'].includes(key))
        return { path: [...path, key], message: `a "${node.type}" node has no field "${key}"` };
    }
    const attrs = checkAttrs(node.type, type.spec.attrs ?? {}, node.attrs, [...path, 'attrs']);
    if (attrs) return attrs;
    if (node.type === 'text') {
      if (typeof node.text !== 'string' || node.text === '')
        return { path: [...path, 'text'], message: 'a text node needs non-empty text' };
    } else if (node.text !== undefined) {
      return { path: [...path, 'text'], message: `a "${node.type}" node holds no text of its own` };
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return { path: [...path, 'marks'], message: 'marks must be a list' };
      for (const [i, mark] of node.marks.entries()) {
        const at = [...path, 'marks', i];
        const markType = isObject(mark) ? richTextSchema.marks[mark.type as string] : undefined;
        if (!isObject(mark) || typeof mark.type !== 'string' || !markType)
          return {
            path: [...at, 'type'],
            message: `${JSON.stringify(String(isObject(mark) ? mark.type : mark)).slice(0, 80)} is not allowed here (allowed: ${allowedList(markNames)})`,
          };
        const markAttrs = checkAttrs(mark.type, markType.spec.attrs ?? {}, mark.attrs, [...at, 'attrs']);
        if (markAttrs) return markAttrs;
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content))
        return { path: [...path, 'content'], message: 'content must be a list' };
      for (let i = node.content.length - 1; i >= 0; i -= 1) {
        const child = node.content[i];
        const at = [...path, 'content', i];
        if (!isObject(child)) return { path: at, message: 'each piece of content must be a node object' };
        stack.push({ node: child, path: at, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** What ProseMirror enforces beyond shape: which node may hold which, and which marks are allowed where. */
function checkStructure(doc: Json): RichTextProblem | null {
  let root: ProseMirrorNode;
  try {
    root = ProseMirrorNode.fromJSON(richTextSchema, doc);
  } catch (error) {
    return { path: [], message: error instanceof Error ? error.message : String(error) };
  }
  const stack: { node: ProseMirrorNode; path: Path }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    for (const [i, child] of (node.content.content ?? []).entries()) {
      for (const [j, mark] of child.marks.entries()) {
        if (!node.type.allowsMarkType(mark.type))
          return {
            path: [...path, 'content', i, 'marks', j, 'type'],
            message: `"${mark.type.name}" is not allowed inside a "${node.type.name}"`,
          };
      }
    }
    // An empty document or list item is fine: the editor fills it with an empty paragraph on load.
    const fillable =
      node.childCount === 0 && node.type.contentMatch.fillBefore(Fragment.empty, true) !== null;
    if (!fillable && !node.type.validContent(node.content)) {
      const children: string[] = [];
      node.content.forEach((child) => {
        children.push(child.type.name);
      });
      return {
        path: [...path, 'content'],
        message: `a "${node.type.name}" cannot hold ${children.join(', ')}`,
      };
    }
    node.content.forEach((child, _offset, i) => {
      stack.push({ node: child, path: [...path, 'content', i] });
    });
  }
  return null;
}

/**
 * The first thing wrong with a document, or null when the editor can load it as it is. The same check
 * guards every save in the core and decides in the renderer whether a stored note opens for editing.
 */
export function richTextProblem(doc: unknown): RichTextProblem | null {
  const shape = checkShape(doc);
  if (shape) return shape;
  // Only now is the document known to be shallow enough to serialize or build without overflowing.
  if (JSON.stringify(doc).length > MAX_RICH_TEXT_CHARS)
    return { path: [], message: `the document is larger than ${MAX_RICH_TEXT_CHARS / 1_000_000} MB` };
  return checkStructure(doc as Json);
}

const BLOCK_BREAK = '\n';

/**
 * The words of any JSON document, whatever it holds (unknown nodes, any depth), blocks on their own
 * lines. Iterative: it must work on exactly the documents that broke everything else.
 */
export function plainTextOf(doc: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === BLOCK_BREAK) {
      if (parts.length > 0 && parts[parts.length - 1] !== BLOCK_BREAK) parts.push(BLOCK_BREAK);
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.text === 'string') parts.push(node.text);
    if (node.type === 'hardBreak') parts.push(BLOCK_BREAK);
    if (Array.isArray(node.content)) {
      const inline = node.content.every(
        (c) => isObject(c) && (typeof c.text === 'string' || c.type === 'hardBreak'),
      );
      if (!inline) stack.push(BLOCK_BREAK);
      for (let i = node.content.length - 1; i >= 0; i -= 1) stack.push(node.content[i]);
      if (!inline) stack.push(BLOCK_BREAK);
    }
  }
  return parts.join('').replace(/^\n+|\n+$/g, '');
}

/**
 * "Repair (keep text)": the document the editor can load that keeps every word of `doc`. Unknown marks
 * and attributes are dropped, and when the structure itself does not fit (unknown nodes, too deep), the
 * text is kept as plain paragraphs. Only ever run when the user asks for it.
 */
export function repairRichTextDoc(doc: unknown): { type: 'doc'; content: Json[] } {
  if (richTextProblem(doc) === null) return doc as { type: 'doc'; content: Json[] };
  const lighter = stripUnknownMarksAndAttrs(doc);
  if (lighter && richTextProblem(lighter) === null) return lighter;
  const paragraphs = plainTextOf(doc)
    .split('\n')
    .map((line) =>
      line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    );
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}

/** A copy without unknown marks or attributes, or null when the nodes themselves do not fit. */
function stripUnknownMarksAndAttrs(doc: unknown): { type: 'doc'; content: Json[] } | null {
  if (!isObject(doc)) return null;
  const copy = (node: Json): Json => {
    const type = richTextSchema.nodes[node.type as string];
    const out: Json = { type: node.type };
    if (type && isObject(node.attrs)) {
      const attrs = Object.fromEntries(
        Object.entries(node.attrs).filter(([k]) => k in (type.spec.attrs ?? {})),
      );
      if (Object.keys(attrs).length > 0) out.attrs = attrs;
    }
    if (typeof node.text === 'string') out.text = node.text;
    if (Array.isArray(node.marks)) {
      const marks = node.marks
        .filter((m): m is Json => isObject(m) && typeof m.type === 'string' && m.type in richTextSchema.marks)
        .map((m) => {
          const allowed = richTextSchema.marks[m.type as string]?.spec.attrs ?? {};
          const attrs = isObject(m.attrs)
            ? Object.fromEntries(Object.entries(m.attrs).filter(([k]) => k in allowed))
            : {};
          return Object.keys(attrs).length > 0 ? { type: m.type, attrs } : { type: m.type };
        });
      if (marks.length > 0) out.marks = marks;
    }
    return out;
  };
  // Iterative copy: the original may be arbitrarily deep.
  const root = copy(doc);
  const stack: { from: Json; to: Json }[] = [{ from: doc, to: root }];
  while (stack.length > 0) {
    const { from, to } = stack.pop()!;
    if (!Array.isArray(from.content)) continue;
    const children = from.content.filter(isObject).map((child) => {
      const made = copy(child);
      stack.push({ from: child, to: made });
      return made;
    });
    to.content = children;
  }
  return root as { type: 'doc'; content: Json[] };
}
