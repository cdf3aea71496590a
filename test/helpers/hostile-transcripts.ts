import { strToU8, zipSync } from 'fflate';
import { parseTranscript, TranscriptError, type TranscriptSource } from '../../electron/core/transcripts';

/**
 * Files crafted to hurt the transcript parser (patterns that backtracked, markup the tag stripper missed,
 * .docx bombs), shared by test/unit/transcript-hostile-input.test.ts, which checks that the work they cost
 * grows in proportion to their size, and by the bench (test/bench/transcript-hostile.ts), which times them.
 */

export const CUE = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n';

export function file(text: string, fileName?: string): TranscriptSource {
  return { fileName, bytes: Buffer.from(text, 'utf8') };
}

// ── .docx builders ──

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function paragraphs(lines: string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
}

export const SPEECH = paragraphs(['Ana Lima   0:01', 'Hello there.', 'Ben Ode   0:04', 'Hi Ana.']);

export function docx(parts: Record<string, Uint8Array | [Uint8Array, { level: 0 }]>): Buffer {
  return Buffer.from(zipSync({ '_rels/.rels': strToU8(RELS), ...parts }));
}

export interface EntryPatch {
  name?: string;
  /** The uncompressed size the zip declares. */
  size?: number;
  method?: number;
}

/** Rewrites entries of a zip in place, in the central directory and the local headers alike. */
export function patchZip(zip: Buffer, patch: (name: string) => EntryPatch | undefined): Buffer {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('latin1', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const change = patch(name);
    if (change?.size !== undefined) {
      zip.writeUInt32LE(change.size, at + 24);
      zip.writeUInt32LE(change.size, local + 22);
    }
    if (change?.method !== undefined) {
      zip.writeUInt16LE(change.method, at + 10);
      zip.writeUInt16LE(change.method, local + 8);
    }
    if (change?.name !== undefined) {
      if (change.name.length !== nameLength) throw new Error('a patched name keeps its length');
      zip.write(change.name, at + 46, 'latin1');
      zip.write(change.name, local + 30, 'latin1');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/**
 * A raw DEFLATE stream of `bytes` zeros, written by hand with the fixed Huffman codes: one literal 0, then
 * "copy 258 bytes from 1 back" (13 bits) over and over. About 1,290 bytes out for every byte in.
 */
export function zerosDeflated(bytes: number): Uint8Array {
  const repeats = Math.floor((bytes - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 4);
  let length = 0;
  let bits = 0;
  let count = 0;
  // Huffman codes go most significant bit first, so they are written here already bit-reversed.
  const write = (value: number, n: number) => {
    bits |= value << count;
    count += n;
    while (count >= 8) {
      out[length++] = bits & 0xff;
      bits >>>= 8;
      count -= 8;
    }
  };
  write(1, 1); // the final block
  write(1, 2); // fixed Huffman codes
  write(0b00001100, 8); // literal 0 (code 00110000)
  for (let i = 0; i < repeats; i += 1) {
    write(0b10100011, 8); // length 258 (code 285 = 11000101)
    write(0, 5); // distance 1 (code 0)
  }
  write(0, 7); // end of block
  if (count > 0) out[length++] = bits & 0xff;
  return out.subarray(0, length);
}

// ── Hostile inputs, at any size ──

/** How much larger the second input of a growth check is than the first. */
export const GROWTH = 8;

export interface HostileCase {
  name: string;
  /**
   * The input at `scale`: 1 is the smaller size of the growth check, GROWTH the size the bench times (for
   * one-line inputs, just under the line limit, the longest line any pattern ever sees).
   */
  make(scale: number): TranscriptSource;
}

const hostile = (name: string, make: (scale: number) => TranscriptSource): HostileCase => ({ name, make });
const spaces = (scale: number) => ' '.repeat(2_400 * scale);

export const HOSTILE: HostileCase[] = [
  // A block line that looks like times run together: 10 s or more at 600 characters, 26 s at 1.2 KB.
  hostile('a time-like block line', (s) => file(`WEBVTT\n\n${'1:1'.repeat(800 * s)}x\n`)),
  hostile('many short time-like blocks', (s) =>
    file(`WEBVTT\n\n${`${'1:1'.repeat(66)}x\n\n`.repeat(63 * s)}`),
  ),
  hostile('a time-like line in an .srt', (s) => file(`1\n${'1:1'.repeat(800 * s)}x\n`, 'call.srt')),
  hostile('two times apart by a run of spaces', (s) => file(`WEBVTT\n\n1:1${spaces(s)}x\n`)),
  // "<v" and spaces: 3.7 s for 32,000 spaces.
  hostile('a voice tag and a run of spaces', (s) => file(`${CUE}<v${spaces(s)}\n`)),
  hostile('unclosed voice tags in a line', (s) => file(`${CUE}${'<v a'.repeat(600 * s)}\n`)),
  hostile('unclosed voice tags on many lines', (s) =>
    file(`${CUE}${`${'<v a'.repeat(250)}\n`.repeat(12 * s)}`),
  ),
  // Lazy scans for closers that never come.
  hostile('unclosed <script> tags', (s) => file(`${CUE}${'<script>'.repeat(300 * s)}\n`)),
  hostile('unclosed <script openers', (s) => file(`${CUE}${'<script'.repeat(340 * s)}>\n`)),
  hostile('unclosed <style> tags', (s) => file(`${CUE}${'<style>'.repeat(340 * s)}\n`)),
  hostile('unclosed comments', (s) => file(`${CUE}${'<!--'.repeat(600 * s)}\n`)),
  hostile('unclosed openers on many lines', (s) =>
    file(`${CUE}${`${'<!--'.repeat(50)}${'<script>'.repeat(50)}<v${' '.repeat(200)}\n`.repeat(12 * s)}`),
  ),
  hostile('entities by the thousand', (s) =>
    file(`${CUE}${'&amp;'.repeat(480 * s)}\n${'&#x'.repeat(800 * s)}\n`),
  ),
  // A name, then a long run of spaces without a time: 0.8 s at 20,000 spaces.
  hostile('a speaker header and a run of spaces', (s) => file(`a${spaces(s)}x`)),
  hostile('speaker headers on many lines', (s) => file(`a${' '.repeat(1000)}x\n`.repeat(12 * s))),
  // A line separator (U+2028) after spaces made every shorter split of the spaces fail in turn.
  hostile('a bracketed time, spaces and U+2028', (s) => file(`[0:00]${spaces(s)}x\u2028`)),
  hostile('a bare time, spaces and U+2028', (s) => file(`0:00${spaces(s)}x\u2028`)),
  hostile('a label, spaces and U+2028', (s) => file(`Ana${spaces(s)}:x\u2028`)),
  hostile('a .docx ending in "<" by the thousand', (s) => ({
    fileName: 'call.docx',
    bytes: docx({ 'word/document.xml': strToU8(documentXml(SPEECH) + '<'.repeat(125_000 * s)) }),
  })),
  hostile('a .docx whose relationships are unclosed tags', (s) => ({
    fileName: 'call.docx',
    bytes: Buffer.from(
      zipSync({
        '_rels/.rels': strToU8('<Relationship'.repeat(9_375 * s)),
        'word/document.xml': strToU8(documentXml(SPEECH)),
      }),
    ),
  })),
];

/**
 * Lines past the length limit: refused before any pattern reads them, so each costs what a plain line of
 * the same length does (PLAIN_LONG_LINE).
 */
export const PAST_LINE_LIMIT: HostileCase[] = [
  hostile('a time-like block line of 100 KB', (s) => file(`WEBVTT\n\n${'1:1'.repeat(33_000 * s)}x\n`)),
  hostile('unclosed comments in a line of 100 KB', (s) => file(`${CUE}${'<!--'.repeat(25_000 * s)}\n`)),
  hostile('a speaker header of 100 KB', (s) => file(`a${' '.repeat(100_000 * s)}x`)),
];

export const PLAIN_LONG_LINE = (scale: number): TranscriptSource =>
  file(`${CUE}${'a'.repeat(100_000 * scale)}\n`);

/** Parses `source`; a TranscriptError is a fine answer to a hostile file, anything else (a RangeError) a bug. */
export function attempt(source: TranscriptSource): void {
  try {
    parseTranscript(source);
  } catch (error) {
    if (!(error instanceof TranscriptError)) throw error;
  }
}

/**
 * The CPU time `run` costs, in milliseconds: the least of `rounds` measurements, each repeating `run`
 * until it has used `fillMs`, so that a tiny input is measured as well as a large one. CPU time, not
 * wall-clock time: another process on the machine does not count against it.
 */
export function cpuCost(run: () => void, rounds = 5, fillMs = 25): number {
  const used = (since: NodeJS.CpuUsage) => {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1000;
  };
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const start = process.cpuUsage();
    let times = 0;
    do {
      run();
      times += 1;
    } while (used(start) < fillMs);
    best = Math.min(best, used(start) / times);
  }
  return best;
}

/**
 * How many times more CPU `large` costs than `small`: the lowest of up to `attempts` measurements, stopping
 * as soon as one is below `limit`. Noise (a garbage collection, another process sharing the core's cache)
 * only ever adds cost, and rarely to the same run twice; a pattern that backtracks is slow every time.
 */
export function costRatio(large: () => void, small: () => void, limit: number, attempts = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts && best >= limit; attempt += 1)
    best = Math.min(best, cpuCost(large) / cpuCost(small));
  return best;
}
