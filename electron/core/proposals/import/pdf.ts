// Before pdf.js: it needs a DOMMatrix as it loads.
import './dom-stubs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { AppError } from '../../../../shared/contract/errors';
import { refused } from './errors';
import type { ImportedDocument } from './types';

// pdf.js parses in a "worker"; in Node it runs that code in this thread (the import worker already is
// off the core's thread). It finds the code on this global, so the bundle never loads a file at run time.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

type Json = Record<string, unknown>;

interface Line {
  text: string;
  size: number;
  y: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof (item as { str?: unknown }).str === 'string';
}

/** A page's text items as lines, top to bottom as the file orders them. */
function linesOf(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let current: { parts: string[]; size: number; y: number; endX: number } | null = null;
  const close = () => {
    if (!current) return;
    const text = current.parts.join('').replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push({ text, size: current.size, y: current.y });
    current = null;
  };
  for (const raw of items) {
    if (!isTextItem(raw)) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
    const size = Math.round(Math.max(Math.hypot(c, d), Math.hypot(a, b), raw.height) * 10) / 10 || 1;
    if (current && Math.abs(current.y - y) > size * 0.5) close();
    if (!current) current = { parts: [], size, y, endX: x };
    else {
      // A visible gap between two runs on one line is a space the file did not write as a character.
      const gap = x - current.endX;
      const last = current.parts[current.parts.length - 1] ?? '';
      if (gap > size * 0.15 && !/\s$/.test(last) && !/^\s/.test(raw.str)) current.parts.push(' ');
      current.size = Math.max(current.size, size);
    }
    current.parts.push(raw.str);
    current.endX = x + raw.width;
    if (raw.hasEOL) close();
  }
  close();
  return lines;
}

/** The font size most of the text is set in: anything clearly larger on a short line is a heading. */
function bodySize(pages: Line[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best || 1;
}

const MAX_HEADING_CHARS = 150;

/** Lines → blocks: headings by size; lines set close together joined into one paragraph. */
function blocksOf(lines: Line[], body: number): Json[] {
  const blocks: Json[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    let text = '';
    for (const line of paragraph) {
      if (text === '') text = line.text;
      // A word broken across lines ("deci-" / "sion") is joined back.
      else if (/[a-z]-$/.test(text) && /^[a-z]/.test(line.text)) text = text.slice(0, -1) + line.text;
      else text = `${text} ${line.text}`;
    }
    blocks.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    paragraph = [];
  };
  for (const line of lines) {
    const ratio = line.size / body;
    if (ratio >= 1.15 && line.text.length <= MAX_HEADING_CHARS) {
      flush();
      const level = ratio >= 1.6 ? 1 : ratio >= 1.3 ? 2 : 3;
      const previous = blocks[blocks.length - 1];
      const prevLevel = (previous?.attrs as { level?: number } | undefined)?.level;
      // A heading set over two lines is one heading.
      if (
        previous?.type === 'heading' &&
        prevLevel === level &&
        paragraph.length === 0 &&
        blocks.length > 0
      ) {
        const content = previous.content as { text: string }[];
        content[0]!.text = `${content[0]!.text} ${line.text}`;
        continue;
      }
      blocks.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: line.text }] });
      continue;
    }
    const last = paragraph[paragraph.length - 1];
    if (
      last &&
      (Math.abs(last.y - line.y) > Math.max(last.size, line.size) * 1.7 ||
        Math.abs(last.size - line.size) > 0.5)
    )
      flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}

function blockTextLength(block: Json): number {
  return ((block.content as { text: string }[] | undefined) ?? []).reduce((n, t) => n + t.text.length, 0);
}

const NO_TEXT =
  'This PDF has no text layer (it is probably a scan or a picture of the pages), so there is nothing to annotate: paste the text instead.';

/**
 * A PDF through pdf.js: its text page by page, headings where the type is clearly larger than the body,
 * and where each page starts in the text (shown as page numbers beside the proposal). Refused with what
 * to do: password-protected, damaged, or with no text at all.
 */
export async function readPdf(bytes: Buffer): Promise<ImportedDocument> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0)
    throw refused(
      'This file is named .pdf but is not a PDF. Check you chose the right file, or paste the text instead.',
      'wrong-extension',
    );
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException')
      throw refused(
        'This PDF is password-protected, so Coachbench cannot read it. Open it, save or print a copy without the password and import that, or paste the text instead.',
        'encrypted',
      );
    throw refused(
      'This PDF is damaged (it may be truncated or not a PDF at all), so Coachbench cannot read it. Open it in a PDF reader to check, export it again, or paste the text instead.',
      'corrupt',
    );
  }
  try {
    const pages: Line[][] = [];
    const unreadable: number[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      try {
        const page = await document.getPage(n);
        pages.push(linesOf((await page.getTextContent()).items));
        page.cleanup();
      } catch {
        unreadable.push(n);
        pages.push([]);
      }
    }
    if (pages.every((lines) => lines.length === 0)) {
      if (unreadable.length === document.numPages)
        throw refused(
          'This PDF is damaged (none of its pages can be read). Open it in a PDF reader to check, export it again, or paste the text instead.',
          'corrupt',
        );
      throw refused(NO_TEXT, 'no-text-layer');
    }
    const body = bodySize(pages);
    const content: Json[] = [];
    const pageStarts: { page: number; offset: number }[] = [];
    const empty: number[] = [];
    // Offsets into documentText(doc): top-level blocks of inline text, one line each.
    let offset = 0;
    pages.forEach((lines, i) => {
      const blocks = blocksOf(lines, body);
      if (blocks.length === 0) {
        if (!unreadable.includes(i + 1)) empty.push(i + 1);
        return;
      }
      pageStarts.push({ page: i + 1, offset });
      for (const block of blocks) offset += blockTextLength(block) + 1;
      content.push(...blocks);
    });
    const warnings: string[] = [];
    if (empty.length > 0)
      warnings.push(
        `${pageList(empty)} no text (scanned or pictures only): paste ${empty.length === 1 ? 'its' : 'their'} text if it matters.`,
      );
    if (unreadable.length > 0) warnings.push(`${pageList(unreadable)} damaged and could not be read.`);
    warnings.push('Headings were read from the size of the type; check the outline.');
    return { doc: { type: 'doc', content }, warnings, pageStarts, pages: document.numPages };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(
      'This PDF is damaged, so Coachbench could not read all of it. Open it in a PDF reader to check, export it again, or paste the text instead.',
      'corrupt',
    );
  } finally {
    await document.destroy();
  }
}

function pageList(pages: number[]): string {
  if (pages.length === 1) return `Page ${pages[0]} has`;
  return `Pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]} have`;
}
