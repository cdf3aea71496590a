import { createHash } from 'node:crypto';
import type { ParsedInputOf, ProposalFormat, RichTextDoc } from '../../../shared/contract';
import { MAX_PROPOSAL_FILE_BYTES } from '../../../shared/contract/proposals';
import { MAX_RICH_TEXT_NODES, richTextProblem } from '../../../shared/rich-text/schema';
import { documentText } from '../../../shared/rich-text/text-offsets';
import type { PreparedResult, PreviewOf } from '../prepare/types';
import { refused } from './import/errors';
import { decodeText, htmlFileToDoc, markdownToDoc, textToDoc } from './import/text';
import type { ImportedDocument } from './import/types';

/** A read proposal as it waits for its commit. */
export interface PreparedProposal {
  format: ProposalFormat;
  fileName: string | null;
  sha256: string | null;
  /** The original file, kept with the version so the manager can open it; null for pasted text. */
  original: Uint8Array | null;
  size: number;
  document: RichTextDoc;
  plainText: string;
  pageStarts: { page: number; offset: number }[];
  warnings: string[];
}

type Input = ParsedInputOf<'proposals.prepare'>;
type Preview = PreviewOf<'proposals.prepare'>;

const EXTENSIONS: Record<string, Exclude<ProposalFormat, 'paste'>> = {
  docx: 'docx',
  pdf: 'pdf',
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
};

function formatOf(fileName: string): Exclude<ProposalFormat, 'paste'> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[extension];
  if (format) return format;
  if (extension === 'doc')
    throw refused(
      'This is an old Word (.doc) file. Open it in Word, save it as .docx and import it again.',
      'doc',
    );
  throw refused(
    `Coachbench cannot read ${extension ? `.${extension}` : 'this kind of'} file as a proposal. Choose a .docx, .pdf, .md, .txt or .html file, or paste the text.`,
    'unknown-extension',
  );
}

/** Text formats read synchronously: so the demo can seed through `callNow`, which cannot await. */
function readText(format: 'md' | 'txt' | 'html', bytes: Buffer): ImportedDocument {
  if (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03)
  )
    throw refused(
      `This file is named .${format} but is a ${bytes[0] === 0x50 ? 'zip (perhaps a .docx)' : 'PDF'}. Rename it with its real extension, or choose the right file.`,
      'wrong-extension',
    );
  const { text, warnings } = decodeText(bytes);
  const read =
    format === 'md' ? markdownToDoc(text) : format === 'html' ? htmlFileToDoc(text) : textToDoc(text);
  return { ...read, warnings: [...warnings, ...read.warnings] };
}

const EXCERPT_CHARS = 600;
const OUTLINE_HEADINGS = 40;

type Result = PreparedResult<Preview, PreparedProposal>;

/**
 * The prepare job of proposals.prepare: runs in the import worker. Word and PDF files are read
 * asynchronously (mammoth, pdf.js); text, Markdown, HTML and pasted text synchronously.
 */
export function prepareProposal(input: Input): Result | Promise<Result> {
  if (input.text != null) return finish(input, 'paste', textToDoc(input.text), null);
  const fileName = input.fileName ?? '';
  const format = formatOf(fileName);
  const original = Buffer.from(input.contentBase64 ?? '', 'base64');
  if (original.length === 0)
    throw refused(
      'The file is empty (0 bytes). Check you chose the right file, or paste the text instead.',
      'empty',
    );
  if (original.length > MAX_PROPOSAL_FILE_BYTES)
    throw refused(
      `The file is larger than ${MAX_PROPOSAL_FILE_BYTES / (1024 * 1024)} MB, the largest proposal Coachbench imports. Paste the part to review instead.`,
      'too-large',
      'TOO_LARGE',
    );
  // Loaded when first needed: mammoth and pdf.js are large, and the core (which registers this job for
  // in-place runs) should not load them at start-up; in the worker they load for the one file it reads.
  if (format === 'docx')
    return import('./import/docx')
      .then(({ readDocx }) => readDocx(original))
      .then((doc) => finish(input, format, doc, original));
  if (format === 'pdf')
    return import('./import/pdf')
      .then(({ readPdf }) => readPdf(original))
      .then((doc) => finish(input, format, doc, original));
  return finish(input, format, readText(format, original), original);
}

function finish(
  input: Input,
  format: ProposalFormat,
  imported: ImportedDocument,
  original: Buffer | null,
): Result {
  const plainText = documentText(imported.doc).text;
  if (plainText.trim() === '')
    throw refused(
      format === 'paste'
        ? 'Paste the proposal’s text first.'
        : 'This file has no text to review. Check you chose the right file, or paste the text instead.',
      'no-text',
    );
  const problem = richTextProblem(imported.doc);
  if (problem) {
    if (problem.message.includes(String(MAX_RICH_TEXT_NODES)) || problem.message.includes('larger than'))
      throw refused(
        'This proposal is too long for one review (over 100,000 paragraphs and runs of text, or 2 MB of text). Split it, or import the part to review.',
        'too-large',
        'TOO_LARGE',
      );
    // Never stored: the converters only make schema nodes, so this is a bug, reported as one.
    throw new Error(
      `The converted ${format} document does not fit the schema at ${problem.path.join('.')}: ${problem.message}`,
    );
  }
  const outline: string[] = [];
  for (const block of imported.doc.content ?? []) {
    const b = block as { type?: string; content?: { text?: string }[] };
    if (b.type === 'heading' && outline.length < OUTLINE_HEADINGS)
      outline.push((b.content ?? []).map((t) => t.text ?? '').join(''));
  }
  const sha256 = original ? createHash('sha256').update(original).digest('hex') : null;
  const originalBytes = original
    ? new Uint8Array(original.buffer, original.byteOffset, original.byteLength)
    : null;
  const kept: PreparedProposal = {
    format,
    fileName: input.fileName ?? null,
    sha256,
    original: originalBytes,
    size: original?.length ?? Buffer.byteLength(input.text ?? ''),
    document: imported.doc,
    plainText,
    pageStarts: imported.pageStarts,
    warnings: imported.warnings,
  };
  const documentChars = JSON.stringify(imported.doc).length;
  return {
    preview: {
      format,
      fileName: kept.fileName,
      sha256,
      size: kept.size,
      words: plainText.split(/\s+/).filter(Boolean).length,
      pages: imported.pages,
      outline,
      excerpt: plainText.slice(0, EXCERPT_CHARS),
      warnings: imported.warnings,
    },
    kept,
    bytes: (original?.length ?? 0) + documentChars * 2 + plainText.length * 2,
    transfer: [],
  };
}
