import MarkdownIt from 'markdown-it';
import { decodeTextBytes } from '../../transcripts/decode';
import { htmlToDoc, htmlWarnings } from './html';
import type { ImportedDocument } from './types';

type Json = Record<string, unknown>;

/**
 * Plain text (a .txt file or pasted text): a blank line ends a paragraph; a single line break stays a
 * line break inside it. Nothing is guessed about headings.
 */
export function textToDoc(text: string): ImportedDocument {
  const content: Json[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)) {
    const lines = block
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    const inline: Json[] = [];
    lines.forEach((line, i) => {
      if (i > 0) inline.push({ type: 'hardBreak' });
      inline.push({ type: 'text', text: line });
    });
    content.push({ type: 'paragraph', content: inline });
  }
  return { doc: { type: 'doc', content }, warnings: [], pageStarts: [], pages: null };
}

// Raw HTML inside Markdown is shown as text, never run: `html: false`.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Markdown (CommonMark with tables), rendered by markdown-it and then read like any HTML. */
export function markdownToDoc(text: string): ImportedDocument {
  const { doc, report } = htmlToDoc(markdown.render(text));
  return { doc, warnings: htmlWarnings(report), pageStarts: [], pages: null };
}

export function htmlFileToDoc(text: string): ImportedDocument {
  const { doc, report } = htmlToDoc(text);
  return { doc, warnings: htmlWarnings(report), pageStarts: [], pages: null };
}

/** A text file's bytes as a string, with a note when the encoding was a guess. */
export function decodeText(bytes: Buffer): { text: string; warnings: string[] } {
  const decoded = decodeTextBytes(bytes);
  const warnings = [...decoded.notes];
  if (decoded.guessed)
    warnings.push(`The file was read as ${decoded.encoding}; check the accents look right.`);
  return { text: decoded.text, warnings };
}
