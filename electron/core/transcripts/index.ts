import { assemble } from './assemble';
import { readCueFile } from './cue-files';
import {
  checkLineCount,
  checkLineLength,
  checkSize,
  type DecodedText,
  decodeTextBytes,
  isZip,
  knownOtherFormat,
  lineBreaks,
  MAX_LINES,
  tooManyLines,
} from './decode';
import { readDocxParagraphs } from './docx';
import { readTextLines } from './text-lines';
import {
  type ParsedTranscript,
  type ReadOptions,
  TranscriptError,
  type TranscriptFormat,
  type TranscriptSource,
  WarningLog,
} from './types';

export { MAX_LINE_CHARS, MAX_LINES, MAX_TRANSCRIPT_BYTES } from './decode';
export { OVERLAP_TOLERANCE_MS } from './assemble';
export {
  type ParsedTranscript,
  TranscriptError,
  type TranscriptFormat,
  type TranscriptSegment,
  type TranscriptSource,
} from './types';

/**
 * What a file is read as. YouTube's .sbv is read on its own but stored as 'srt': both are numbered-free
 * subtitle files of timed cues, and the stored format only says what kind of file the call came from.
 */
type ReadFormat = TranscriptFormat | 'sbv';

const EXTENSIONS: Record<string, ReadFormat> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  sbv: 'sbv',
  docx: 'docx',
  txt: 'text',
  text: 'text',
  md: 'text',
};

/**
 * Reads a transcript file (name and bytes) or pasted text. Synchronous on purpose: it runs inside the
 * core's synchronous handlers. Throws TranscriptError with a message for the manager when the transcript
 * cannot be imported; anything that could be worked round is in `warnings` instead.
 */
export function parseTranscript(source: TranscriptSource): ParsedTranscript {
  const { fileName, bytes, text } = source;
  const options: ReadOptions = { notSpeakers: new Set(source.notSpeakers ?? []) };
  if (bytes !== undefined && text !== undefined) {
    throw new TranscriptError('Import either a file or pasted text, not both at once.');
  }
  if (bytes === undefined && text === undefined) {
    throw new TranscriptError('There is nothing to import: choose a transcript file or paste its text.');
  }
  const byExtension = formatFromFileName(fileName);
  if (text !== undefined) {
    checkSize(Buffer.byteLength(text, 'utf8'));
    if (text.trim() === '') throw new TranscriptError('The pasted transcript is empty.');
    if (text.includes('\u0000'))
      throw new TranscriptError('The pasted text contains binary data, not a transcript.');
    return parseText(stripBom(text), byExtension, options, null);
  }
  const data = bytes!;
  checkSize(data.length);
  if (data.length === 0) throw new TranscriptError('The file is empty.');
  const other = knownOtherFormat(data);
  if (other) throw new TranscriptError(other);
  if (byExtension === 'docx' || isZip(data)) return parseDocx(data, options, source.asPlainText === true);
  const decoded = decodeTextBytes(data);
  if (decoded.text.trim() === '') throw new TranscriptError('The file is empty.');
  return parseText(decoded.text, byExtension, options, decoded);
}

/** The format text will be read as; content wins over the file name when it is unmistakable. */
export function detectTranscriptFormat(text: string, fileName?: string): TranscriptFormat {
  return stored(detectFormat(stripBom(text), formatFromFileName(fileName)));
}

function stored(format: ReadFormat): TranscriptFormat {
  return format === 'sbv' ? 'srt' : format;
}

// YouTube's .sbv time line: "0:00:00.378,0:00:11.378".
const SBV_TIME_LINE = /^\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}$/;

function detectFormat(text: string, byExtension: ReadFormat | null): ReadFormat {
  const head = text.trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (byExtension === 'vtt' || byExtension === 'srt' || byExtension === 'sbv') return byExtension;
  // An SRT starts "1", then a time line; without a number first it may be a pasted Teams .docx.
  const [first, second] = head.split(/\r\n|\r|\n/, 2);
  if (first !== undefined && /^\d+$/.test(first.trim()) && second?.includes('-->')) return 'srt';
  if (first !== undefined && SBV_TIME_LINE.test(first.trim())) return 'sbv';
  return 'text';
}

function parseText(
  text: string,
  byExtension: ReadFormat | null,
  options: ReadOptions,
  decoded: DecodedText | null,
): ParsedTranscript {
  const format = detectFormat(text, byExtension);
  const warnings = new WarningLog();
  if (decoded?.guessed) {
    warnings.add(
      'encoding',
      `The file is not UTF-8; it was read as ${decoded.encoding}. Check that accented letters look right below.`,
    );
  }
  const encoding = decoded === null ? null : decoded.encoding;
  for (const note of decoded?.notes ?? []) warnings.add('bytes', note);
  checkLineCount(text);
  const lines = text.split(/\r\n|\r|\n/);
  // Before any parser looks at them: no pattern then ever sees a line longer than MAX_LINE_CHARS.
  for (let i = 0; i < lines.length; i += 1) checkLineLength(lines[i]!, i + 1);
  if (format === 'vtt' || format === 'srt' || format === 'sbv') {
    return assemble(stored(format), readCueFile(lines, format, warnings, options), warnings, encoding);
  }
  const numbered = lines.map((line, i) => ({ text: line, line: i + 1 }));
  return assemble('text', readTextLines(numbered, warnings, 'line', options), warnings, encoding);
}

function parseDocx(bytes: Buffer, options: ReadOptions, asPlainText: boolean): ParsedTranscript {
  const paragraphs = readDocxParagraphs(bytes);
  let lineCount = 0;
  for (const paragraph of paragraphs) {
    lineCount += 1 + lineBreaks(paragraph, MAX_LINES);
    if (lineCount > MAX_LINES) throw tooManyLines('lines');
  }
  // Line breaks inside a paragraph split it into lines that share the paragraph's number.
  const lines = paragraphs.flatMap((paragraph, i) =>
    paragraph.split('\n').map((line) => ({ text: line, line: i + 1 })),
  );
  for (const line of lines) checkLineLength(line.text, line.line, 'paragraph');
  if (lines.every((line) => line.text.trim() === '')) {
    throw new TranscriptError('There is no speech in this transcript: the document has no text.');
  }
  const warnings = new WarningLog();
  const segments = readTextLines(
    lines,
    warnings,
    'paragraph',
    options,
    asPlainText ? 'paragraphs' : 'refuse',
  );
  // Word writes the body as UTF-8 XML; the preview has nothing to choose there.
  return assemble('docx', segments, warnings, 'UTF-8', 'paragraph');
}

function formatFromFileName(fileName: string | undefined): ReadFormat | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return extension === undefined ? null : (EXTENSIONS[extension] ?? null);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
