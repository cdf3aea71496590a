import { analyse } from 'chardet';
import { MAX_TRANSCRIPT_FILE_BYTES } from '../../../shared/contract/call-reviews';
import { TranscriptError } from './types';

/** The one limit, from the contract (see MAX_TRANSCRIPT_FILE_BYTES there). */
export const MAX_TRANSCRIPT_BYTES = MAX_TRANSCRIPT_FILE_BYTES;

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / MEGABYTE;
  // Rounded up, so a file just over the limit never reads as "50 MB" beside "the largest is 50 MB".
  return mb >= 100 ? `${Math.ceil(mb)} MB` : `${Math.ceil(mb * 10) / 10} MB`;
}

/** Refuses an oversized file before any work is done on it. */
export function checkSize(byteLength: number): void {
  if (byteLength > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptError(
      `The file is ${megabytes(byteLength)}; the largest transcript Coachbench imports is ${megabytes(MAX_TRANSCRIPT_BYTES)}.`,
      {},
      'TOO_LARGE',
    );
  }
}

/**
 * The longest line (or, in a .docx, line of a paragraph) a transcript may have: about 3,000 words, far
 * more than anyone says between two line breaks in any export we read. It is a backstop: the parsers'
 * patterns are linear, but a line this long is not a transcript line, and a limit keeps any cost that
 * grows with a line's length small.
 */
export const MAX_LINE_CHARS = 20_000;

/** Refuses a line longer than MAX_LINE_CHARS, naming it ("line 14 is 250,000 characters long; …"). */
export function checkLineLength(text: string, line: number, unit: 'line' | 'paragraph' = 'line'): void {
  if (text.length <= MAX_LINE_CHARS) return;
  const which = unit === 'line' ? `line ${line} is` : `paragraph ${line} has a line`;
  throw new TranscriptError(
    `${which} ${thousands(text.length)} characters long; a transcript line is at most ${thousands(MAX_LINE_CHARS)}.`,
    { line },
  );
}

/**
 * The most lines (in a .docx, paragraphs and the line breaks inside them) a transcript may have: a 2-hour
 * call has about 12,000, and a million is more than 100 hours of one-second cues. A 50 MB file of short
 * lines is 25 million of them; splitting and reading those took a minute, or ran out of memory and took
 * the app down, so the lines are counted before the text is split.
 */
export const MAX_LINES = 1_000_000;

/** Refuses text with more than MAX_LINES lines (breaks are \r\n, \r or \n), without splitting it. */
export function checkLineCount(text: string): void {
  if (lineBreaks(text, MAX_LINES) >= MAX_LINES) throw tooManyLines('lines');
}

/** How many \r\n, \r or \n breaks the text holds, counting no further than `stopAt`. */
export function lineBreaks(text: string, stopAt: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && count < stopAt; at = text.indexOf('\n', at + 1)) count += 1;
  // A '\r' is a break of its own unless a '\n' follows it (counted above).
  for (let at = text.indexOf('\r'); at !== -1 && count < stopAt; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) count += 1;
  }
  return count;
}

export function tooManyLines(what: 'lines' | 'paragraphs'): TranscriptError {
  return new TranscriptError(
    `This transcript has more than ${thousands(MAX_LINES)} ${what}, far more than any call; Coachbench does not import it.`,
    {},
    'TOO_LARGE',
  );
}

/** 250000 → "250,000", the same on every machine. */
export function thousands(n: number): string {
  const digits = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

const SIGNATURES: { magic: number[]; message: string }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    message:
      'This is a PDF. Coachbench imports .vtt, .srt, .docx and .txt transcripts: download the transcript in one of those formats.',
  },
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    message: 'This is an RTF document. Save it as .docx or plain text (.txt) and import it again.',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'This is an old Word (.doc) file. Open it in Word, save it as .docx and import it again.',
  },
];

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A password-protected .docx is not a zip: Office wraps the encrypted zip in an OLE2 (CFB) file, the
// container of old .doc files, with these streams. Their names are UTF-16LE in the CFB directory.
const ENCRYPTED_STREAMS = ['EncryptedPackage', 'EncryptionInfo'].map((name) => Buffer.from(name, 'utf16le'));

/** Formats that look like text to a byte check but are not transcripts: named, so the manager knows what to do. */
export function knownOtherFormat(bytes: Buffer): string | null {
  const cfb = bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((byte, i) => bytes[i] === byte);
  if (cfb && ENCRYPTED_STREAMS.some((name) => bytes.includes(name))) {
    return 'This Word document is password-protected, so Coachbench cannot read it. Open it in Word, remove the password (File › Info › Protect Document), save it and import it again.';
  }
  for (const { magic, message } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)) return message;
  }
  return null;
}

export function isZip(bytes: Buffer): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file and the encoding it was read in, in the words the preview shows. */
export interface DecodedText {
  text: string;
  /** "UTF-8", "UTF-16LE", "Windows-1252"…: what the preview tells the manager was assumed. */
  encoding: string;
  /** True when the encoding was guessed from the bytes rather than read from a byte-order mark or UTF-8. */
  guessed: boolean;
  /** Things about the bytes worth a warning (NUL characters replaced…). */
  notes: string[];
}

/**
 * Turns a text file's bytes into a string: UTF-8 (with or without a byte-order mark), UTF-16 (with a
 * mark, or without one when every other byte is zero), and otherwise a legacy 8-bit encoding, which
 * the preview names so the manager can check the accents. Binary data is refused.
 */
export function decodeTextBytes(bytes: Buffer): DecodedText {
  if (bytes.length === 0) throw new TranscriptError('The file is empty.');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withNuls(decodeUtf8(bytes.subarray(3)), 'UTF-8', false);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    return withNuls(decodeUtf16(Buffer.from(bytes.subarray(2))), 'UTF-16LE', false);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return withNuls(decodeUtf16(bigEndian(bytes.subarray(2))), 'UTF-16BE', false);
  }
  const zeros = bytes.includes(0);
  if (zeros) {
    const order = utf16WithoutMark(bytes);
    if (order === 'le') return withNuls(decodeUtf16(Buffer.from(bytes)), 'UTF-16LE', true);
    if (order === 'be') return withNuls(decodeUtf16(bigEndian(bytes)), 'UTF-16BE', true);
    if (!fewNuls(bytes)) throw binaryFile();
  }
  const asUtf8 = tryUtf8(bytes);
  if (asUtf8 !== null) return withNuls(asUtf8, 'UTF-8', false);
  const legacy = guessLegacyEncoding(bytes);
  const text = legacy === null ? decodeWindows1252(bytes) : new TextDecoder(legacy.label).decode(bytes);
  return withNuls(text, legacy?.name ?? 'Windows-1252 (Western European)', true);
}

// Windows-1252's 0x80–0x9F (curly quotes, dashes, the ellipsis, €, œ…); the other bytes are Latin-1.
// Decoded here because Node 20's TextDecoder('windows-1252') drops these bytes: "C’est" became "Cest".
// The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as in WHATWG.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

// swap16 turns big-endian into little-endian in place, so it works on a copy of the caller's bytes.
function bigEndian(bytes: Uint8Array): Buffer {
  const body = Buffer.from(bytes);
  if (body.length % 2 === 0) body.swap16();
  return body;
}

/**
 * A NUL in a text file is replaced by U+FFFD, as the WebVTT parsing algorithm does, with a warning
 * naming its line: one stray NUL (a bad copy, a truncated write) should not refuse a whole call.
 * Binary data has many; `fewNuls` has already told the two apart.
 */
function withNuls(text: string, encoding: string, guessed: boolean): DecodedText {
  const notes: string[] = [];
  const first = text.indexOf('\u0000');
  if (first !== -1) {
    let count = 0;
    for (let at = first; at !== -1; at = text.indexOf('\u0000', at + 1)) count += 1;
    const line = lineBreaks(text.slice(0, first), Number.POSITIVE_INFINITY) + 1;
    notes.push(
      `line ${line}: the file holds ${count === 1 ? 'a NUL character' : `${thousands(count)} NUL characters`} (a damaged copy?), shown as “\uFFFD”.`,
    );
    text = text.replaceAll('\u0000', '\uFFFD');
  }
  return { text, encoding, guessed, notes };
}

/** At most one byte in a thousand is zero (and at most 64 of them): text with a flaw, not binary data. */
function fewNuls(bytes: Buffer): boolean {
  let count = 0;
  const most = Math.min(64, Math.max(1, Math.floor(bytes.length / 1000)));
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) {
    count += 1;
    if (count > most) return false;
  }
  return true;
}

function binaryFile(): TranscriptError {
  return new TranscriptError(
    'This file is not text (it contains binary data). Choose a .vtt, .srt, .sbv, .docx or .txt transcript.',
  );
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  const text = tryUtf8(bytes);
  if (text !== null) return text;
  // A file that says it is UTF-8 (it has the mark) and is not: guessing another encoding would be wrong.
  const offset = firstInvalidUtf8(bytes);
  const line = countLines(bytes, offset);
  throw new TranscriptError(
    `line ${line}: the file starts with the UTF-8 mark, but its text is not valid UTF-8. Save it as UTF-8 again and import it again.`,
    { line },
  );
}

const utf16le = new TextDecoder('utf-16le', { fatal: true });

function decodeUtf16(bytes: Buffer): string {
  if (bytes.length % 2 !== 0) {
    throw new TranscriptError(
      'The file is UTF-16 text but is cut short (it ends in the middle of a character). Save it as UTF-8 and import it again.',
    );
  }
  try {
    return utf16le.decode(bytes);
  } catch {
    throw new TranscriptError(
      'The file is UTF-16 text but holds invalid characters. Save it as UTF-8 and import it again.',
    );
  }
}

/**
 * Encodings whose letters are not Latin: chardet tells these apart well even on short text, because
 * their byte statistics are far from any Latin text's. Between the Latin 8-bit encodings it does not
 * (on "Zoë: Ça va?" it answers windows-1257, Latvian), so for Latin text we assume Windows-1252: what
 * Windows writes for English, French, Spanish, German, Italian, Portuguese and the Nordic languages, and a
 * superset of Latin-1 (WHATWG decodes "latin1" as Windows-1252 for the same reason).
 */
const NON_LATIN: Record<string, string> = {
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'KOI8-R': 'KOI8-R (Cyrillic)',
  'ISO-8859-5': 'ISO-8859-5 (Cyrillic)',
  'ISO-8859-6': 'ISO-8859-6 (Arabic)',
  'windows-1256': 'Windows-1256 (Arabic)',
  'ISO-8859-7': 'ISO-8859-7 (Greek)',
  'ISO-8859-8': 'ISO-8859-8 (Hebrew)',
  Shift_JIS: 'Shift_JIS (Japanese)',
  'EUC-JP': 'EUC-JP (Japanese)',
  GB18030: 'GB18030 (Chinese)',
  Big5: 'Big5 (Chinese)',
  'EUC-KR': 'EUC-KR (Korean)',
};
const MIN_CONFIDENCE = 30;
// chardet reads every byte it is given; a sample keeps the guess cheap on a 20 MB file.
const SAMPLE_BYTES = 64 * 1024;

/** A non-Latin encoding chardet is sure enough of, or null for Windows-1252. */
function guessLegacyEncoding(bytes: Buffer): { label: string; name: string } | null {
  const [best] = analyse(bytes.subarray(0, SAMPLE_BYTES));
  if (best && best.confidence >= MIN_CONFIDENCE && NON_LATIN[best.name] !== undefined) {
    return { label: best.name, name: NON_LATIN[best.name]! };
  }
  return null;
}

/**
 * UTF-16 text of mostly Latin letters has a zero in every other byte (the high byte of each character):
 * far more than binary data has. Zeros in the odd bytes are little-endian text, in the even bytes big.
 */
function utf16WithoutMark(bytes: Buffer): 'le' | 'be' | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (Math.max(evenZeros, oddZeros) <= half * 0.6 || Math.min(evenZeros, oddZeros) >= half * 0.05)
    return null;
  return oddZeros > evenZeros ? 'le' : 'be';
}

/** Where UTF-8 decoding first fails; only run once the fast decoder has already refused the bytes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}
