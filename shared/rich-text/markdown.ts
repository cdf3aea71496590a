import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  defaultMarkdownSerializer,
  MarkdownSerializer,
  type MarkdownSerializerState,
} from 'prosemirror-markdown';
import { repairRichTextDoc, richTextSchema } from './schema';

/**
 * Backslash-escapes text so that CommonMark shows it as typed: no tag, entity, emphasis, code span,
 * link or heading of the user's making. Escaping ASCII punctuation is always safe in CommonMark (`\-`
 * renders `-`), so where a character is only sometimes special we escape it when in doubt.
 */
function escapeInline(text: string): string {
  return (
    text
      // Anywhere: emphasis, code, links and images, raw HTML, entities, tables, strikethrough, ATX closers.
      .replace(/[\\`*_[\]<>&|~#]/g, '\\$&')
      // At the start of a line: list items, quotes, setext underlines, ordered lists ("1." and "1)").
      .replace(/^([-+=>])/gm, '\\$1')
      .replace(/^(\d+)([.)])/gm, '$1\\$2')
      // Four leading spaces would start a code block: keep the spaces as character references.
      .replace(/^[ \t]+/gm, (spaces) => spaces.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
  );
}

/**
 * A plain-text field (a name, an agenda point, a commitment, a behaviour) as Markdown inline text: it
 * renders exactly as typed, and a newline in it cannot start a block (whitespace runs become one space).
 */
export function escapeMarkdownText(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/** A fence longer than any run of backticks inside the code. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

const plain = { open: '', close: '', mixable: true, expelEnclosingWhitespace: true };
const nodes = defaultMarkdownSerializer.nodes;

const serializer = new MarkdownSerializer(
  {
    blockquote: nodes.blockquote!,
    paragraph: nodes.paragraph!,
    listItem: nodes.list_item!,
    hardBreak: nodes.hard_break!,
    // The export's own title is the only level-1 heading.
    heading(state, node) {
      state.write(`${'#'.repeat(Math.min(6, Number(node.attrs.level) + 1))} `);
      state.renderInline(node, false);
      state.closeBlock(node);
    },
    horizontalRule(state, node) {
      state.write('---');
      state.closeBlock(node);
    },
    bulletList(state, node) {
      state.renderList(node, '  ', () => '- ');
    },
    orderedList(state, node) {
      const start = Number.isInteger(node.attrs.start) ? (node.attrs.start as number) : 1;
      const width = String(start + node.childCount - 1).length;
      state.renderList(node, ' '.repeat(width + 2), (i) => `${String(start + i).padStart(width)}. `);
    },
    codeBlock(state, node) {
      const fence = fenceFor(node.textContent);
      // The language is typed by the user too: keep only what an info string can safely hold.
      const language = String(node.attrs.language ?? '').replace(/[^\w+-]/g, '');
      state.write(`${fence}${language}\n`);
      state.text(node.textContent, false);
      state.write('\n');
      state.write(fence);
      state.closeBlock(node);
    },
    // A retrospective answer: its mark (evidence or assumption) in italics, then what was written.
    retroAnswer(state, node) {
      const status = node.attrs.status;
      state.write(
        status === 'evidence' ? '*Evidence*' : status === 'assumption' ? '*Assumption*' : '*Not marked*',
      );
      state.closeBlock(node);
      state.renderContent(node);
    },
    // Imported tables (proposals): one pipe row per table row, cells' blocks on one line.
    table(state, node) {
      node.forEach((row, _offset, r) => {
        const cells: string[] = [];
        row.forEach((cell) => {
          cells.push(escapeInline(cell.textBetween(0, cell.content.size, ' ')).replace(/\|/g, '\\|'));
        });
        state.write(`| ${cells.join(' | ')} |`);
        state.ensureNewLine();
        if (r === 0) {
          state.write(`|${cells.map(() => ' --- ').join('|')}|`);
          state.ensureNewLine();
        }
      });
      state.closeBlock(node);
    },
    tableRow() {},
    tableCell() {},
    tableHeader() {},
    text(state: MarkdownSerializerState, node: ProseMirrorNode) {
      // Inside a code span the text is raw (the span's backticks are chosen around it).
      const inCode = node.marks.some((m) => m.type.name === 'code');
      state.text(inCode ? (node.text ?? '') : escapeInline(node.text ?? ''), false);
    },
  },
  {
    bold: defaultMarkdownSerializer.marks.strong!,
    italic: defaultMarkdownSerializer.marks.em!,
    code: defaultMarkdownSerializer.marks.code!,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline; behaviour tags are coaching metadata and are left out.
    underline: plain,
    behaviourTag: plain,
  },
  { hardBreakNodeName: 'hardBreak' },
);

/**
 * tiptap JSON → Markdown, for exports. A stored document that no longer fits the schema is exported
 * from its repaired copy (every word kept), never dropped.
 */
export function markdownOf(doc: unknown): string {
  const node = richTextSchema.nodeFromJSON(repairRichTextDoc(doc));
  return serializer.serialize(node, { tightLists: true }).trim();
}
