import { performance } from 'node:perf_hooks';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINE_CHARS,
  MAX_LINES,
  MAX_TRANSCRIPT_BYTES,
  type ParsedTranscript,
  parseTranscript,
  TranscriptError,
  type TranscriptSource,
} from '../../electron/core/transcripts';
import { checkLineCount } from '../../electron/core/transcripts/decode';
import { readDocxParagraphs } from '../../electron/core/transcripts/docx';
import { failure } from '../helpers/transcripts';

/**
 * Files crafted to hurt the parser: patterns that backtrack, times that overflow, markup hidden from the
 * tag stripper, transcripts large enough to overflow the stack, and .docx zip bombs. parseTranscript runs
 * synchronously in the app's main process, so "slow" here means "the app freezes".
 */

// Generous for a 2-core CI machine (every input below takes a few milliseconds), yet far below the
// seconds to minutes these inputs took before the patterns were made linear.
const BUDGET_MS = 200;

const CUE = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n';

function file(text: string, fileName?: string): TranscriptSource {
  return { fileName, bytes: Buffer.from(text, 'utf8') };
}

type Outcome = { ms: number } & ({ result: ParsedTranscript } | { error: TranscriptError });

function attempt(source: TranscriptSource): Outcome {
  const start = performance.now();
  try {
    const result = parseTranscript(source);
    return { ms: performance.now() - start, result };
  } catch (error) {
    // A TranscriptError is a fine answer to a hostile file; anything else (a RangeError) is a bug.
    if (!(error instanceof TranscriptError)) throw error;
    return { ms: performance.now() - start, error };
  }
}

/** The fastest of up to three runs, so that one garbage collection on a busy CI machine is no failure. */
function timed(source: TranscriptSource): Outcome {
  let best = attempt(source);
  for (let run = 1; run < 3 && best.ms >= BUDGET_MS; run += 1) {
    const next = attempt(source);
    if (next.ms < best.ms) best = next;
  }
  return best;
}

// ── .docx builders ──

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

function paragraphs(lines: string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
}

const SPEECH = paragraphs(['Ana Lima   0:01', 'Hello there.', 'Ben Ode   0:04', 'Hi Ana.']);

function docx(parts: Record<string, Uint8Array | [Uint8Array, { level: 0 }]>): Buffer {
  return Buffer.from(zipSync({ '_rels/.rels': strToU8(RELS), ...parts }));
}

interface EntryPatch {
  name?: string;
  /** The uncompressed size the zip declares. */
  size?: number;
  method?: number;
}

/** Rewrites entries of a zip in place, in the central directory and the local headers alike. */
function patchZip(zip: Buffer, patch: (name: string) => EntryPatch | undefined): Buffer {
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
function zerosDeflated(bytes: number): Uint8Array {
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

// ── 1. Patterns that backtracked, and their larger variants ──

const justUnder = MAX_LINE_CHARS - 10;

const HOSTILE: [string, () => TranscriptSource][] = [
  // A block line that looks like times run together: 10 s or more at 600 characters, 26 s at 1.2 KB.
  ['a time-like block line, 600 characters', () => file(`WEBVTT\n\n${'1:1'.repeat(200)}x\n`)],
  ['a time-like block line, 1.2 KB', () => file(`WEBVTT\n\n${'1:1'.repeat(400)}x\n`)],
  ['a time-like block line, 200 characters', () => file(`WEBVTT\n\n${'1:1'.repeat(66)}x\n`)],
  [
    'a time-like block line just under the line limit',
    () => file(`WEBVTT\n\n${'1:1'.repeat(justUnder / 3)}x\n`),
  ],
  ['a time-like block line, 100 KB', () => file(`WEBVTT\n\n${'1:1'.repeat(33_000)}x\n`)],
  ['100 KB of short time-like blocks', () => file(`WEBVTT\n\n${`${'1:1'.repeat(66)}x\n\n`.repeat(500)}`)],
  ['a time-like line in an .srt', () => file(`1\n${'1:1'.repeat(200)}x\n`, 'call.srt')],
  ['two times apart by a long run of spaces', () => file(`WEBVTT\n\n1:1${' '.repeat(justUnder)}x\n`)],
  // "<v" and spaces: 3.7 s for 32,000 spaces.
  ['a voice tag of 32,000 spaces', () => file(`${CUE}<v${' '.repeat(32_000)}\n`)],
  ['a voice tag of spaces just under the line limit', () => file(`${CUE}<v${' '.repeat(justUnder)}\n`)],
  ['many unclosed voice tags in a line', () => file(`${CUE}${'<v a'.repeat(justUnder / 4)}\n`)],
  ['many unclosed voice tags, 100 KB', () => file(`${CUE}${`${'<v a'.repeat(250)}\n`.repeat(100)}`)],
  // Lazy scans for closers that never come.
  ['many unclosed <script> tags', () => file(`${CUE}${'<script>'.repeat(justUnder / 8)}\n`)],
  ['many unclosed <script openers', () => file(`${CUE}${'<script'.repeat(justUnder / 7)}>\n`)],
  ['many unclosed <style> tags', () => file(`${CUE}${'<style>'.repeat(justUnder / 7)}\n`)],
  ['many unclosed comments', () => file(`${CUE}${'<!--'.repeat(justUnder / 4)}\n`)],
  [
    'unclosed openers in 100 KB of lines',
    () => file(`${CUE}${`${'<!--'.repeat(50)}${'<script>'.repeat(50)}<v${' '.repeat(200)}\n`.repeat(100)}`),
  ],
  ['many unclosed comments in one 100 KB line', () => file(`${CUE}${'<!--'.repeat(25_000)}\n`)],
  [
    'entities by the thousand',
    () => file(`${CUE}${'&amp;'.repeat(justUnder / 5)}\n${'&#x'.repeat(justUnder / 3)}\n`),
  ],
  // A name, then a long run of spaces without a time: 0.8 s at 20,000 spaces.
  ['a speaker header of 20,000 spaces', () => file(`a${' '.repeat(20_000)}x`)],
  ['a speaker header of spaces just under the line limit', () => file(`a${' '.repeat(justUnder)}x`)],
  ['a speaker header of 100 KB', () => file(`a${' '.repeat(100_000)}x`)],
  ['a header in 100 KB of lines', () => file(`a${' '.repeat(1000)}x\n`.repeat(100))],
  // A line separator (U+2028) after spaces made every shorter split of the spaces fail in turn.
  ['a bracketed time, spaces and U+2028', () => file(`[0:00]${' '.repeat(justUnder)}x\u2028`)],
  ['a bare time, spaces and U+2028', () => file(`0:00${' '.repeat(justUnder)}x\u2028`)],
  ['a label, spaces and U+2028', () => file(`Ana${' '.repeat(justUnder)}:x\u2028`)],
  [
    'a .docx ending in 20,000 "<"',
    () => ({
      fileName: 'call.docx',
      bytes: docx({ 'word/document.xml': strToU8(documentXml(SPEECH) + '<'.repeat(20_000)) }),
    }),
  ],
  [
    'a .docx ending in 1,000,000 "<"',
    () => ({
      fileName: 'call.docx',
      bytes: docx({ 'word/document.xml': strToU8(documentXml(SPEECH) + '<'.repeat(1_000_000)) }),
    }),
  ],
  [
    'a .docx whose relationships are 75,000 unclosed tags',
    () => ({
      fileName: 'call.docx',
      bytes: Buffer.from(
        zipSync({
          '_rels/.rels': strToU8('<Relationship'.repeat(75_000)),
          'word/document.xml': strToU8(documentXml(SPEECH)),
        }),
      ),
    }),
  ],
];

describe('hostile input is parsed or refused within 200 ms', () => {
  it.each(HOSTILE)('%s', (_name, make) => {
    const source = make();
    const outcome = timed(source);
    expect(outcome.ms).toBeLessThan(BUDGET_MS);
  });

  it('still reads a time line typed wrong, and speech that mentions two times', () => {
    expect(
      parseTranscript(file(`${CUE}Ana: Hi.\n\n00:00:03.000 => 00:00:04.000\nBen: Yes.\n`)).warnings,
    ).toEqual([
      "line 6: expected a time line like '00:00:01.000 --> 00:00:04.000', found '00:00:03.000 => 00:00:04.000'; that cue was left out.",
    ]);
    expect(
      failure(() => parseTranscript(file('WEBVTT\n\n100:00:03,000 00:00:04,0000\nAna: Hi.\n'))).line,
    ).toBe(3);
    const result = parseTranscript(file(`${CUE}Ana: Hi.\n\n10:30 or 11:00, then?\n`));
    expect(result.segments[0]!.text).toBe('Hi. 10:30 or 11:00, then?');
  });

  it('still reads headers, times and labels on ordinary lines', () => {
    const text = 'Ana Lima  0:03\nHello.\n[0:05] Ben Ode: Hi.\n0:07 - Ana Lima: Bye.\nBen Ode (0:09): Bye.\n';
    expect(parseTranscript(file(text)).segments.map((s) => [s.speaker, s.startMs, s.text])).toEqual([
      ['Ana Lima', 3000, 'Hello.'],
      ['Ben Ode', 5000, 'Hi.'],
      ['Ana Lima', 7000, 'Bye.'],
      ['Ben Ode', 9000, 'Bye.'],
    ]);
  });
});

describe('a line longer than the limit', () => {
  it('is refused, naming the line, in every text format', () => {
    const long = 'a'.repeat(250_000);
    const message = 'line 14 is 250,000 characters long; a transcript line is at most 20,000.';
    const vtt = `${CUE}${'Ana: Hi.\n'.repeat(10)}${long}\n`;
    expect(vtt.split('\n')[13]).toBe(long);
    const fromVtt = failure(() => parseTranscript(file(vtt)));
    expect([fromVtt.message, fromVtt.line]).toEqual([message, 14]);
    expect(failure(() => parseTranscript({ text: vtt })).message).toBe(message);
    const srt = `1\n00:00:01,000 --> 00:00:02,000\n${'Ana: Hi.\n'.repeat(11)}${long}\n`;
    expect(failure(() => parseTranscript(file(srt, 'call.srt'))).message).toBe(message);
    const text = `${'Ana: Hi.\r\n'.repeat(13)}${long}`;
    expect(failure(() => parseTranscript(file(text, 'call.txt'))).message).toBe(message);
  });

  it('is refused in a .docx, naming the paragraph', () => {
    const bytes = docx({
      'word/document.xml': strToU8(documentXml(paragraphs(['Ana Lima   0:01', 'Hi.', 'x'.repeat(25_000)]))),
    });
    const error = failure(() => parseTranscript({ fileName: 'call.docx', bytes }));
    expect(error.message).toBe(
      'paragraph 3 has a line 25,000 characters long; a transcript line is at most 20,000.',
    );
    expect(error.line).toBe(3);
  });

  it('is read when it is exactly at the limit', () => {
    const words = 'word '.repeat(MAX_LINE_CHARS / 5 - 1);
    const line = `Ana: ${words}`.padEnd(MAX_LINE_CHARS, 'x');
    expect(line).toHaveLength(MAX_LINE_CHARS);
    expect(parseTranscript(file(`${CUE}${line}\n`)).segments[0]!.speaker).toBe('Ana');
  });
});

// ── 2. Times past any call ──

describe('times', () => {
  it('refuses hours beyond 99, naming the line and the cue', () => {
    const vtt = 'WEBVTT\n\n9999999999:00:00.000 --> 9999999999:00:01.000\nAna: Hi.\n';
    const error = failure(() => parseTranscript(file(vtt)));
    expect(error.message).toBe(
      "line 3: '9999999999:00:00.000' is too late to be a time in a call; times in a transcript stop at 99:59:59.999.",
    );
    expect([error.line, error.cue]).toEqual([3, 1]);
    const srt = '1\n00:00:01,000 --> 100:00:00,000\nAna: Hi.\n';
    expect(failure(() => parseTranscript(file(srt, 'call.srt'))).message).toBe(
      "line 2: '100:00:00,000' is too late to be a time in a call; times in a transcript stop at 99:59:59.999.",
    );
  });

  it('refuses 400 digits of hours without Infinity, and shortens the token in the message', () => {
    const hours = '9'.repeat(400);
    const error = failure(() => parseTranscript(file(`[${hours}:00:00] Ana: Hi.\n`)));
    expect(error.message).toBe(
      `line 1: '${'9'.repeat(40)}…' is too late to be a time in a call; times in a transcript stop at 99:59:59.999.`,
    );
    expect(error.line).toBe(1);
    expect(failure(() => parseTranscript(file(`Ana: Hi.\nBen Ode (${hours}:00:00): Hello.\n`))).line).toBe(2);
    expect(failure(() => parseTranscript(file(`Ana: Hi.\n-${hours}:00:00 Ben: Hi.\n`))).message).toMatch(
      /^line 2: '-9{39}…' is a negative time; times start at zero\.$/,
    );
  });

  it('refuses a speaker header whose time is past 99 hours instead of reading it as speech', () => {
    const error = failure(() => parseTranscript(file('Ana Lima  0:03\nHello.\nBen Ode  100:00:00\nHi.\n')));
    expect(error.message).toBe(
      "line 3: '100:00:00' is too late to be a time in a call; times in a transcript stop at 99:59:59.999.",
    );
  });

  it('refuses the arrow lines of an older Teams .docx past 99 hours, naming the paragraph', () => {
    const bytes = docx({
      'word/document.xml': strToU8(documentXml(paragraphs(['0:0:0.0 --> 100:0:5.0', 'Ana', 'Hi.']))),
    });
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes })).message).toBe(
      "paragraph 1: '100:0:5.0' is too late to be a time in a call; times in a transcript stop at 99:59:59.999.",
    );
  });

  it('still reads the latest time there is', () => {
    const vtt = 'WEBVTT\n\n99:59:58.000 --> 99:59:59.999\nAna: Late.\n';
    expect(parseTranscript(file(vtt)).segments[0]).toMatchObject({
      startMs: 359_998_000,
      endMs: 359_999_999,
    });
    expect(parseTranscript(file('[99:59:59] Ana: Late.\n')).segments[0]!.startMs).toBe(359_999_000);
  });
});

// ── 3. Markup that must never reach stored text ──

const TAG_START = /<[a-zA-Z!/?]/;

function allText(result: ParsedTranscript): string[] {
  return [...result.segments.map((s) => s.text), ...result.speakers];
}

describe('markup hidden from the tag stripper', () => {
  it('removes tags hidden by a control character or an entity', () => {
    const cases = [
      '<\u0001img src=x onerror=alert(1)>Hi.',
      '<&#1;img src=x>Hi.',
      '<&#x7f;img src=x>Hi.',
      '&lt;&#1;img src=x onerror=alert(1)&gt;Hi.',
      '&amp;lt;img src=x&amp;gt;Hi.',
      '<<img src=x>img src=x onerror=alert(1)>Hi.',
      '<scr<script>x</script>ipt>alert(1)</script>Hi.',
      '<!-<!-- -->- x -->Hi.',
      '<&#0;img src=x>Hi.',
    ];
    for (const text of cases) {
      // In a cue, a line with '-->' would be a time line: those cases are read as plain text only.
      const sources = [
        file(`Ana: ${text}\n`),
        ...(text.includes('-->') ? [] : [file(`${CUE}Ana: ${text}\n`)]),
      ];
      for (const source of sources) {
        const result = parseTranscript(source);
        for (const stored of allText(result)) expect(stored, text).not.toMatch(TAG_START);
        expect(result.segments.at(-1)!.text, text).toMatch(/Hi\.$/);
      }
    }
    expect(parseTranscript(file(`${CUE}<\u0001img src=x onerror=alert(1)>Hi.\n`)).segments[0]!.text).toBe(
      'Hi.',
    );
    expect(parseTranscript(file(`${CUE}<&#1;img src=x>Hi.\n`)).segments[0]!.text).toBe('Hi.');
  });

  it('keeps a "<" that starts no tag, and ordinary ampersands', () => {
    const result = parseTranscript(file(`${CUE}Ana: If 3 < 5 &amp; R&D agrees &lt;3\n`));
    expect(result.segments[0]!.text).toBe('If 3 < 5 & R&D agrees <3');
  });

  it('never stores "<" before a letter, "/", "!" or "?", whatever the pieces (fuzz)', () => {
    const pieces = [
      '<',
      '>',
      '&lt;',
      '&#60;',
      '&#x3C;',
      '&amp;',
      '&',
      'lt;',
      '#60;',
      '\u0001',
      '&#1;',
      '\u007f',
      '\u00a0',
      'img',
      ' src=x ',
      'script',
      'style',
      '/',
      '!',
      '?',
      '--',
      '<!--',
      '-->',
      '<v',
      ' ',
      'Ana',
      ':',
    ];
    let seed = 20_240_601;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const fuzz = Array.from({ length: 3000 }, () =>
      Array.from(
        { length: 2 + Math.floor(random() * 10) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(''),
    );
    // In a cue, a line with '-->' is a time line; a '-' before '->' is changed so that none forms.
    const cues = fuzz.map(
      (text, i) =>
        `00:00:${String(i % 60).padStart(2, '0')}.000 --> 00:00:59.000\n${text.replace(/-(?=->)/g, '_')}\nok`,
    );
    const vtt = parseTranscript(file(`WEBVTT\n\n${cues.join('\n\n')}\n`));
    const plain = parseTranscript(file(fuzz.map((text) => `Ana: ${text}`).join('\n')));
    const bytes = docx({ 'word/document.xml': strToU8(documentXml(paragraphs(fuzz.map(xmlEscape)))) });
    const word = parseTranscript({ fileName: 'call.docx', bytes });
    for (const result of [vtt, plain, word]) {
      for (const stored of allText(result)) expect(stored).not.toMatch(TAG_START);
    }
  });
});

/** Escaped as Word would, except that control characters are left in: a crafted file can hold them. */
function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

// ── 4. Transcripts large enough to overflow the stack ──

describe('very large transcripts', () => {
  it('adds 200,000 lines of text without a time line to the cue before them', () => {
    const vtt = `${CUE}Ana: Hi.\n\n${'more\n'.repeat(200_000)}`;
    const result = parseTranscript(file(vtt));
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]!.text.split(' ')).toHaveLength(200_001);
    expect(result.warnings[0]).toBe(
      'line 6: text without a time line was added to the cue before it (cue 1).',
    );
  });

  it('refuses more than a million lines before splitting them, instead of running out of memory', () => {
    // 25 million short lines (a 50 MB file, when that was the limit) took a minute to read or crashed the process out of memory.
    const message =
      'This transcript has more than 1,000,000 lines, far more than any call; Coachbench does not import it.';
    const many = file(`Ana: Hi.\n${'a\n'.repeat(MAX_LINES)}`);
    const outcome = timed(many);
    expect('error' in outcome && [outcome.error.message, outcome.error.code]).toEqual([message, 'TOO_LARGE']);
    expect(outcome.ms).toBeLessThan(BUDGET_MS);
    const blank = timed(file(`${'\r'.repeat(15 * 1024 * 1024)}Ana: Hi.`));
    expect('error' in blank && blank.error.message).toBe(message);
    expect(blank.ms).toBeLessThan(BUDGET_MS);
    // A million lines is allowed (the trailing break ends the last one; it starts no new line).
    expect(() => checkLineCount(`${'a\n'.repeat(MAX_LINES - 1)}a`)).not.toThrow();
    expect(() => checkLineCount(`${'a\r\n'.repeat(MAX_LINES - 1)}a`)).not.toThrow();
    expect(() => checkLineCount(`${'a\r'.repeat(MAX_LINES)}a`)).toThrow(message);
  });

  it('refuses a .docx of more than a million paragraphs', () => {
    const bytes = docx({ 'word/document.xml': strToU8(documentXml(SPEECH + '<w:p/>'.repeat(MAX_LINES))) });
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes })).message).toBe(
      'This transcript has more than 1,000,000 paragraphs, far more than any call; Coachbench does not import it.',
    );
    const breaks = docx({
      'word/document.xml': strToU8(
        documentXml(`${SPEECH}<w:p><w:r><w:t>x</w:t>${'<w:br/>'.repeat(MAX_LINES)}</w:r></w:p>`),
      ),
    });
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes: breaks })).message).toBe(
      'This transcript has more than 1,000,000 lines, far more than any call; Coachbench does not import it.',
    );
  });

  it('reads 150,000 timed cues', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const stamp = (ms: number) =>
      `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
    const cues = Array.from(
      { length: 150_000 },
      (_, i) => `${stamp(i * 2000)} --> ${stamp(i * 2000 + 1500)}\n${i % 2 ? 'Ana' : 'Ben'}: Word ${i}.`,
    );
    const result = parseTranscript(file(`WEBVTT\n\n${cues.join('\n\n')}\n`));
    expect(result.segments).toHaveLength(150_000);
    expect(result.segments.at(-1)).toMatchObject({ startMs: 299_998_000, endMs: 299_999_500 });
  });
});

// ── 5. .docx zip bombs ──

const MB = 1024 * 1024;
// The largest file parseTranscript accepts at all.
const MAX_ZIP_INPUT = 50 * MB;

describe('.docx zip bombs', () => {
  it('never inflates parts it does not read, whatever sizes they declare', () => {
    const parts: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(SPEECH)) };
    for (let i = 0; i < 150; i += 1) parts[`word/part${i}.xml`] = strToU8(documentXml(SPEECH));
    const bytes = patchZip(docx(parts), (name) =>
      name.startsWith('word/part') ? { size: 99 * MB } : undefined,
    );
    const before = process.memoryUsage().arrayBuffers;
    const outcome = timed({ fileName: 'call.docx', bytes });
    const grown = process.memoryUsage().arrayBuffers - before;
    expect('result' in outcome && outcome.result.segments.map((s) => s.text)).toEqual([
      'Hello there.',
      'Hi Ana.',
    ]);
    expect(grown).toBeLessThan(64 * MB);
    expect(outcome.ms).toBeLessThan(BUDGET_MS);
  });

  it('refuses a document body that declares more than 100 MB, counting the parts it reads together', () => {
    const bytes = patchZip(docx({ 'word/document.xml': strToU8(documentXml(SPEECH)) }), (name) =>
      name === 'word/document.xml' ? { size: 99.5 * MB } : { size: Math.round(0.9 * MB) },
    );
    const error = failure(() => parseTranscript({ fileName: 'call.docx', bytes }));
    expect(error.message).toBe(
      'This .docx file holds 101 MB of text once unzipped, far more than any call transcript (the most Coachbench reads is 100 MB); Coachbench does not import it.',
    );
    expect(error.code).toBe('TOO_LARGE');
    const huge = patchZip(docx({ 'word/document.xml': strToU8(documentXml(SPEECH)) }), (name) =>
      name === 'word/document.xml' ? { size: 0xfffffffe } : undefined,
    );
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes: huge })).message).toMatch(
      /^This \.docx file holds 4,097 MB of text once unzipped/,
    );
  });

  it('refuses a document body held twice under one name', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3; i += 1) parts[`word/dup_000${i}.xml`] = strToU8(documentXml(SPEECH));
    const bytes = patchZip(docx(parts), (name) =>
      name.startsWith('word/dup_') ? { name: 'word/document.xml' } : undefined,
    );
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes })).message).toBe(
      'This .docx file is damaged and could not be unzipped (it holds word/document.xml 3 times). Open it in Word, save it again as .docx and import it again.',
    );
  });

  it('refuses an oversized list of parts', () => {
    const bytes = patchZip(docx({ 'word/document.xml': strToU8(documentXml(SPEECH)) }), (name) =>
      name === '_rels/.rels' ? { size: 50 * MB } : undefined,
    );
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes })).message).toBe(
      'This .docx file is damaged: its list of parts (_rels/.rels) is 50 MB once unzipped, where Word writes less than a kilobyte. Open it in Word, save it again as .docx and import it again.',
    );
  });

  it('stops inflating a part that runs past its declared size (512 MB of zeros declared as 1 MB)', () => {
    const bomb = zerosDeflated(512 * MB);
    expect(bomb.length).toBeLessThan(MAX_ZIP_INPUT);
    const bytes = patchZip(docx({ 'word/document.xml': [bomb, { level: 0 }] }), (name) =>
      name === 'word/document.xml' ? { method: 8, size: MB } : undefined,
    );
    const outcome = timed({ fileName: 'call.docx', bytes });
    expect('error' in outcome && outcome.error.message).toBe(
      'This .docx file is damaged and could not be unzipped (word/document.xml unzips to more than its declared size). Open it in Word, save it again as .docx and import it again.',
    );
    expect(outcome.ms).toBeLessThan(BUDGET_MS);
  });

  it('stops inflating the document body once its text passes the transcript limit', () => {
    // 40 MB of honest XML (it declares its real size, under the 100 MB cap), mostly speech: the text
    // passes the 20 MB limit a little over halfway, and nothing after that point is inflated.
    const line = `Ana Lima: ${'so tell me how your team forecasts today '.repeat(5)}`;
    const paragraph = paragraphs([line]);
    const xml = documentXml(paragraph.repeat(Math.ceil((40 * MB) / paragraph.length)));
    const bytes = docx({ 'word/document.xml': strToU8(xml) });
    const stats = { inflatedBytes: 0 };
    const error = failure(() => readDocxParagraphs(bytes, stats));
    expect(error.message).toBe(
      'This .docx file holds more than 20 MB of text, the most Coachbench imports from a transcript; a call transcript is far smaller.',
    );
    expect(stats.inflatedBytes).toBeGreaterThan(MAX_TRANSCRIPT_BYTES);
    expect(stats.inflatedBytes).toBeLessThan(xml.length * 0.7);
  });

  it('reads a long body the same however its inflated pieces fall: tags, entities and tabs across pieces', () => {
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `Speaker ${i % 3}: R&amp;D said &lt;${i}&gt; “ok”<w:tab/>then ${'x'.repeat(i % 97)}`,
    );
    const body = lines
      .map(
        (l) =>
          `<w:p><w:r><w:t xml:space="preserve">${l.replace('<w:tab/>', '</w:t><w:tab/><w:t>')}</w:t></w:r></w:p>`,
      )
      .join('');
    const expected = lines.map((l) =>
      l.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('<w:tab/>', '\t'),
    );
    for (const level of [0, 6] as const) {
      const stats = { inflatedBytes: 0 };
      const xml = strToU8(documentXml(body));
      const bytes = docx({ 'word/document.xml': level === 0 ? [xml, { level: 0 }] : xml });
      expect(readDocxParagraphs(bytes, stats)).toEqual(expected);
      // Many pieces, so that boundaries fall inside tags, entities and text.
      expect(stats.inflatedBytes).toBe(xml.length);
      expect(xml.length).toBeGreaterThan(8 * 64 * 1024);
    }
  });

  it('reads the zips other writers make: stored parts, and streamed parts with data descriptors', () => {
    const stored = docx({ 'word/document.xml': [strToU8(documentXml(SPEECH)), { level: 0 }] });
    expect(parseTranscript({ fileName: 'call.docx', bytes: stored }).speakers).toEqual([
      'Ana Lima',
      'Ben Ode',
    ]);
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, text] of [
      ['_rels/.rels', RELS],
      ['word/document.xml', documentXml(SPEECH)],
    ] as const) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const streamed = Buffer.concat(chunks);
    expect(streamed.readUInt16LE(6) & 0x8).toBe(0x8);
    expect(parseTranscript({ fileName: 'call.docx', bytes: streamed }).speakers).toEqual([
      'Ana Lima',
      'Ben Ode',
    ]);
  });
});
