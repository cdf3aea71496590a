import { strToU8, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINE_CHARS,
  MAX_LINES,
  MAX_TRANSCRIPT_BYTES,
  type ParsedTranscript,
  parseTranscript,
} from '../../electron/core/transcripts';
import { checkLineCount } from '../../electron/core/transcripts/decode';
import { readDocxParagraphs } from '../../electron/core/transcripts/docx';
import {
  attempt,
  CUE,
  costRatio,
  documentXml,
  docx,
  file,
  GROWTH,
  HOSTILE,
  PAST_LINE_LIMIT,
  PLAIN_LONG_LINE,
  paragraphs,
  patchZip,
  RELS,
  SPEECH,
  zerosDeflated,
} from '../helpers/hostile-transcripts';
import { failure } from '../helpers/transcripts';

/**
 * Files crafted to hurt the parser: patterns that backtrack, times that overflow, markup hidden from the
 * tag stripper, transcripts large enough to overflow the stack, and .docx zip bombs. "Slow" here means
 * "the app freezes". No clock decides these tests (a loaded machine is slow at everything): the work an
 * input costs must grow in proportion to its size, and bombs must not cost more for being larger.
 * `npm run bench` times the same inputs (test/bench/transcript-hostile.ts).
 */

// A parser whose work grows linearly costs about GROWTH times as much for an input GROWTH times larger;
// one that backtracks (quadratically or worse) GROWTH² times or more. Three times GROWTH leaves room for a
// noisy machine and still catches the backtracking these inputs once caused.
const LINEAR_LIMIT = GROWTH * 3;

function growth(make: (scale: number) => Parameters<typeof attempt>[0]): number {
  const small = make(1);
  const large = make(GROWTH);
  // Warm up: the first runs compile the patterns.
  attempt(small);
  attempt(large);
  return costRatio(
    () => attempt(large),
    () => attempt(small),
    LINEAR_LIMIT,
  );
}

describe('hostile input costs work in proportion to its size', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))('%s', (_name, hostile) => {
    expect(growth(hostile.make)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each(PAST_LINE_LIMIT.map((c) => [c.name, c] as const))(
    '%s is refused before any pattern reads it: it costs what a plain line that long does',
    (_name, hostile) => {
      const source = hostile.make(1);
      const plain = PLAIN_LONG_LINE(1);
      expect(failure(() => parseTranscript(source)).message).toMatch(
        /characters long; a transcript line is at most 20,000\.$/,
      );
      attempt(plain);
      expect(
        costRatio(
          () => attempt(source),
          () => attempt(plain),
          3,
        ),
      ).toBeLessThan(3);
    },
  );

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
    const many = failure(() => parseTranscript(file(`Ana: Hi.\n${'a\n'.repeat(MAX_LINES)}`)));
    expect([many.message, many.code]).toEqual([message, 'TOO_LARGE']);
    const blank = failure(() => parseTranscript(file(`${'\r'.repeat(15 * 1024 * 1024)}Ana: Hi.`)));
    expect(blank.message).toBe(message);
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
    const declaring = (megabytes: number) => {
      const parts: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(SPEECH)) };
      for (let i = 0; i < 150; i += 1) parts[`word/part${i}.xml`] = strToU8(documentXml(SPEECH));
      const bytes = patchZip(docx(parts), (name) =>
        name.startsWith('word/part') ? { size: megabytes * MB } : undefined,
      );
      return { fileName: 'call.docx', bytes };
    };
    const before = process.memoryUsage().arrayBuffers;
    const result = parseTranscript(declaring(99));
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(result.segments.map((s) => s.text)).toEqual(['Hello there.', 'Hi Ana.']);
    // Nothing was allocated for the 150 parts' declared 99 MB each.
    expect(grown).toBeLessThan(64 * MB);
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
    const bombOf = (megabytes: number) => {
      const bomb = zerosDeflated(megabytes * MB);
      expect(bomb.length).toBeLessThan(MAX_ZIP_INPUT);
      const bytes = patchZip(docx({ 'word/document.xml': [bomb, { level: 0 }] }), (name) =>
        name === 'word/document.xml' ? { method: 8, size: MB } : undefined,
      );
      return { fileName: 'call.docx', bytes };
    };
    const large = bombOf(512);
    expect(failure(() => parseTranscript(large)).message).toBe(
      'This .docx file is damaged and could not be unzipped (word/document.xml unzips to more than its declared size). Open it in Word, save it again as .docx and import it again.',
    );
    // A bomb eight times larger costs no more work (inflating all of it would cost eight times as much):
    // inflating stops at the declared megabyte.
    const small = bombOf(64);
    expect(
      costRatio(
        () => attempt(large),
        () => attempt(small),
        GROWTH / 2,
      ),
    ).toBeLessThan(GROWTH / 2);
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
