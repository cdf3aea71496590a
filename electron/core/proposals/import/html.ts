import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { RichTextDoc } from '../../../../shared/contract';

/**
 * HTML (a file, mammoth's rendering of a .docx, markdown-it's of a .md) → a document in the one rich-text
 * schema. Two steps, each enough on its own: sanitize-html keeps an allow-list of tags (scripts, styles,
 * event handlers, iframes, objects, forms and every image are gone), then the sanitised HTML is walked into
 * schema nodes, so nothing but text, structure and emphasis survives: no attribute, URL or markup reaches
 * the stored document.
 */

type Json = Record<string, unknown>;
type Mark = { type: string };

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const BLOCK_TAGS = [
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'hr',
  'br',
];
const INLINE_TAGS = [
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'code',
  'kbd',
  'samp',
  'tt',
  'sup',
  'sub',
  'span',
  'a',
  'small',
  'big',
  'mark',
  'abbr',
  'cite',
  'q',
  'font',
  'label',
  'time',
];

const MARK_OF: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

/** What the sanitiser took out, for the preview's warnings. */
export interface HtmlReport {
  scripts: number;
  handlers: number;
  frames: number;
  images: number;
  remoteImages: number;
}

/** Counts what sanitising will remove, so the preview can say so (sanitize-html does not report it). */
function survey(html: string): HtmlReport {
  const report: HtmlReport = { scripts: 0, handlers: 0, frames: 0, images: 0, remoteImages: 0 };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') report.scripts += 1;
        if (['iframe', 'frame', 'object', 'embed'].includes(name)) report.frames += 1;
        if (name === 'img' || name === 'image') {
          report.images += 1;
          if (/^\s*(?:https?:)?\/\//i.test(attrs.src ?? '')) report.remoteImages += 1;
        }
        for (const key of Object.keys(attrs)) if (/^on/i.test(key)) report.handlers += 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return report;
}

export function sanitize(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...BLOCK_TAGS, ...INLINE_TAGS],
    // Ids only where mammoth marks footnotes, endnotes and comments; fragment links only, to drop "↑".
    allowedAttributes: { li: ['id'], dt: ['id'], a: ['href'], ol: ['start'] },
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    // The text of these goes too, not just the tags.
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'template',
      'title',
      'head',
      'iframe',
      'object',
      'svg',
      'math',
    ],
    disallowedTagsMode: 'discard',
  });
}

function parseTree(html: string): El {
  const root: El = { name: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        if (!['br', 'hr', 'img'].includes(name)) stack.push(el);
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
      onclosetag(name) {
        if (['br', 'hr', 'img'].includes(name)) return;
        for (let i = stack.length - 1; i > 0; i -= 1) {
          if (stack[i]!.name === name) {
            stack.length = i;
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/**
 * Below this many levels of blocks, structure is kept; deeper content is flattened into paragraphs. The
 * schema allows 64; a list nested 30 deep in a proposal is a broken file, and its words still count.
 */
const MAX_BLOCK_DEPTH = 24;

class Builder {
  footnoteHeadings = 0;

  blocks(children: (El | string)[], depth: number): Json[] {
    const out: Json[] = [];
    let inline: Json[] = [];
    const flush = () => {
      const content = tidyInline(inline);
      if (content.length > 0) out.push({ type: 'paragraph', content });
      inline = [];
    };
    for (const child of children) {
      if (typeof child === 'string' || !isBlock(child)) {
        this.inline(child, [], inline);
        continue;
      }
      flush();
      out.push(...this.block(child, depth));
    }
    flush();
    return out;
  }

  block(el: El, depth: number): Json[] {
    const tooDeep = depth >= MAX_BLOCK_DEPTH;
    const level = /^h([1-6])$/.exec(el.name);
    if (level) {
      const content = this.inlineOf(el);
      return content.length > 0 ? [{ type: 'heading', attrs: { level: Number(level[1]) }, content }] : [];
    }
    switch (el.name) {
      case 'hr':
        return [{ type: 'horizontalRule' }];
      case 'br':
        return [];
      case 'pre': {
        const text = textOf(el).replace(/^\n/, '').replace(/\s+$/, '');
        return text === '' ? [] : [{ type: 'codeBlock', content: [{ type: 'text', text }] }];
      }
      case 'p':
      case 'dt':
      case 'caption':
      case 'figcaption': {
        const content = this.inlineOf(el);
        if (content.length === 0) return [];
        const bold = el.name === 'dt' ? withMark(content, 'bold') : content;
        return [{ type: 'paragraph', content: bold }];
      }
      case 'ul':
      case 'ol': {
        if (tooDeep) return this.blocks(el.children, depth);
        const items: Json[] = [];
        for (const child of el.children) {
          if (typeof child === 'string') {
            if (child.trim() !== '')
              items.push(listItem([{ type: 'paragraph', content: [{ type: 'text', text: child.trim() }] }]));
            continue;
          }
          const blocks =
            child.name === 'li' ? this.blocks(child.children, depth + 2) : this.block(child, depth + 2);
          if (blocks.length > 0) items.push(listItem(blocks));
        }
        if (items.length === 0) return [];
        const notes = this.notesHeading(el);
        const start = Number.parseInt(el.attrs.start ?? '', 10);
        const list: Json =
          el.name === 'ol'
            ? { type: 'orderedList', attrs: { start: Number.isInteger(start) ? start : 1 }, content: items }
            : { type: 'bulletList', content: items };
        return notes ? [notes, list] : [list];
      }
      case 'dl': {
        const notes = this.notesHeading(el);
        const blocks = this.blocks(el.children, depth);
        return notes ? [notes, ...blocks] : blocks;
      }
      case 'blockquote': {
        const blocks = this.blocks(el.children, depth + 1);
        if (blocks.length === 0) return [];
        return tooDeep ? blocks : [{ type: 'blockquote', content: blocks }];
      }
      case 'table':
        return tooDeep ? this.blocks(el.children, depth) : this.table(el, depth);
      default:
        // div, section, li outside a list, td outside a table…: their content, as blocks.
        return this.blocks(el.children, depth);
    }
  }

  table(el: El, depth: number): Json[] {
    const rows: El[] = [];
    const collect = (parent: El) => {
      for (const child of parent.children) {
        if (typeof child === 'string') continue;
        if (child.name === 'tr') rows.push(child);
        else if (['thead', 'tbody', 'tfoot'].includes(child.name)) collect(child);
      }
    };
    collect(el);
    const before: Json[] = [];
    for (const child of el.children)
      if (typeof child !== 'string' && child.name === 'caption') before.push(...this.block(child, depth));
    const tableRows: Json[] = [];
    for (const row of rows) {
      const cells: Json[] = [];
      for (const cell of row.children) {
        if (typeof cell === 'string' || (cell.name !== 'td' && cell.name !== 'th')) continue;
        const blocks = this.blocks(cell.children, depth + 3);
        cells.push({
          type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
          content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }],
        });
      }
      if (cells.length > 0) tableRows.push({ type: 'tableRow', content: cells });
    }
    return tableRows.length > 0 ? [...before, { type: 'table', content: tableRows }] : before;
  }

  /** mammoth puts a .docx's footnotes, endnotes and comments at the end as lists: give them a heading. */
  notesHeading(el: El): Json | null {
    const first = el.children.find(
      (c): c is El => typeof c !== 'string' && (c.name === 'li' || c.name === 'dt'),
    );
    const id = first?.attrs.id ?? '';
    const title = id.startsWith('footnote-')
      ? 'Footnotes'
      : id.startsWith('endnote-')
        ? 'Endnotes'
        : id.startsWith('comment-')
          ? 'Comments in the file'
          : null;
    return title ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] } : null;
  }

  inlineOf(el: El): Json[] {
    const out: Json[] = [];
    for (const child of el.children) this.inline(child, [], out);
    return tidyInline(out);
  }

  inline(node: El | string, marks: Mark[], out: Json[]): void {
    if (typeof node === 'string') {
      const text = node.replace(/\s+/g, ' ');
      if (text !== '') out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
      return;
    }
    if (node.name === 'br') {
      out.push({ type: 'hardBreak' });
      return;
    }
    // The "↑" back-links mammoth adds after each note.
    if (node.name === 'a' && (node.attrs.href ?? '').startsWith('#') && textOf(node).trim() === '↑') return;
    if (isBlock(node)) {
      // A block inside inline content (a <p> inside a <span>): its words, on their own line.
      out.push({ type: 'hardBreak' });
      for (const child of node.children) this.inline(child, marks, out);
      out.push({ type: 'hardBreak' });
      return;
    }
    const mark = MARK_OF[node.name];
    const next =
      mark === undefined || marks.some((m) => m.type === mark)
        ? marks
        : mark === 'code'
          ? [{ type: 'code' }] // code excludes every other mark in the schema
          : marks.some((m) => m.type === 'code')
            ? marks
            : [...marks, { type: mark }];
    for (const child of node.children) this.inline(child, next, out);
  }
}

function isBlock(el: El): boolean {
  return BLOCK_TAGS.includes(el.name) && el.name !== 'br';
}

function listItem(blocks: Json[]): Json {
  // A list item must start with a paragraph in the schema.
  return {
    type: 'listItem',
    content: blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks],
  };
}

function withMark(content: Json[], mark: string): Json[] {
  return content.map((node) => {
    if (node.type !== 'text') return node;
    const marks = (node.marks as Mark[] | undefined) ?? [];
    if (marks.some((m) => m.type === mark || m.type === 'code')) return node;
    return { ...node, marks: [...marks, { type: mark }] };
  });
}

function textOf(el: El | string): string {
  if (typeof el === 'string') return el;
  if (el.name === 'br') return '\n';
  return el.children.map(textOf).join('');
}

function sameMarks(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/**
 * Inline content as the schema wants it: whitespace collapsed across runs, trimmed at the edges and
 * around line breaks, no empty text, neighbouring runs with the same marks merged.
 */
function tidyInline(nodes: Json[]): Json[] {
  const out: Json[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text') {
      let text = node.text as string;
      const prevText = last?.type === 'text' ? (last.text as string) : null;
      if (
        (last === undefined || last.type === 'hardBreak' || prevText?.endsWith(' ')) &&
        text.startsWith(' ')
      )
        text = text.slice(1);
      if (text === '') continue;
      if (last?.type === 'text' && sameMarks(last.marks, node.marks))
        last.text = (last.text as string) + text;
      else out.push({ ...node, text });
    } else {
      if (last?.type === 'text') last.text = (last.text as string).replace(/ $/, '');
      if (last?.type === 'text' && last.text === '') out.pop();
      out.push(node);
    }
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = (last.text as string).replace(/ $/, '');
  if (last?.type === 'text' && last.text === '') out.pop();
  // No line breaks at the edges of a paragraph, nor two in a row.
  while (out[0]?.type === 'hardBreak') out.shift();
  while (out[out.length - 1]?.type === 'hardBreak') out.pop();
  return out.filter((n, i) => !(n.type === 'hardBreak' && out[i - 1]?.type === 'hardBreak'));
}

export interface HtmlConversion {
  doc: RichTextDoc;
  report: HtmlReport;
}

/** Sanitised HTML → a schema document. `report` says what the sanitiser removed. */
export function htmlToDoc(html: string): HtmlConversion {
  const report = survey(html);
  const tree = parseTree(sanitize(html));
  const content = new Builder().blocks(tree.children, 1);
  return { doc: { type: 'doc', content: content.length > 0 ? content : [] }, report };
}

/** The warnings a report makes, in the preview's words. */
export function htmlWarnings(report: HtmlReport): string[] {
  const warnings: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (report.scripts > 0) warnings.push(`${plural(report.scripts, 'script was', 'scripts were')} removed.`);
  if (report.handlers > 0)
    warnings.push(`${plural(report.handlers, 'event handler was', 'event handlers were')} removed.`);
  if (report.frames > 0)
    warnings.push(
      `${plural(report.frames, 'embedded frame or object was', 'embedded frames or objects were')} removed.`,
    );
  if (report.images > 0)
    warnings.push(
      `${plural(report.images, 'picture was', 'pictures were')} left out${report.remoteImages > 0 ? ` (${report.remoteImages} from the internet, never loaded)` : ''}: open the original file to see ${report.images === 1 ? 'it' : 'them'}.`,
    );
  return warnings;
}
