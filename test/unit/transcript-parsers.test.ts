import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_FILE_BYTES } from '../../shared/contract/call-reviews';
import { AppError } from '../../shared/contract/errors';
import {
  detectTranscriptFormat,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
} from '../../electron/core/transcripts';
import {
  docx,
  failure,
  fixtures,
  lines,
  paragraph,
  parseFixture,
  parseText,
  teamsDocx,
} from '../helpers/transcripts';

describe('WebVTT from Zoom', () => {
  it('reads numbered cues with "Name: text", including lower-case display names', () => {
    const result = parseFixture('zoom.vtt');
    expect(result.format).toBe('vtt');
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker', 'dana lee']);
    expect(result.warnings).toEqual([]);
    expect(result.segments).toHaveLength(8);
    expect(result.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(lines(result)[0]).toEqual(['Priya Shah', 1020, 4500, 'Hi Tom, thanks for making the time today.']);
    // Only the first colon names the speaker; the one inside the speech stays.
    expect(lines(result)[6]).toEqual([
      'dana lee',
      33400,
      37000,
      'Not yet: we need to take it to our CFO first.',
    ]);
  });
});

describe('line endings', () => {
  it('reads Windows (CRLF) and old Mac (CR) line endings the same as Unix ones', () => {
    const unix = fs.readFileSync(path.join(fixtures, 'zoom.vtt'), 'utf8');
    const expected = parseText(unix).segments;
    expect(parseText(unix.replace(/\n/g, '\r\n')).segments).toEqual(expected);
    expect(parseText(unix.replace(/\n/g, '\r')).segments).toEqual(expected);
  });
});

describe('WebVTT from Microsoft Teams', () => {
  it('reads <v> voice tags, GUID cue ids and NOTE blocks, and joins a cue’s lines', () => {
    const result = parseFixture('teams.vtt');
    expect(result.speakers).toEqual(['Priya Shah', 'Becker, Tom (Acme)']);
    expect(lines(result)).toEqual([
      ['Priya Shah', 480, 3120, 'Morning Tom, can you hear me OK?'],
      ['Becker, Tom (Acme)', 2800, 5640, 'Yes, loud and clear.'],
      [
        'Priya Shah',
        6010,
        14330,
        'Brilliant. Before we look at pricing, tell me how your team handles renewals & upsells today.',
      ],
      [
        'Becker, Tom (Acme)',
        14900,
        27250,
        'Mostly by hand. Each account manager keeps their own spreadsheet, and we lose track of dates.',
      ],
      ['Priya Shah', 24100, 26000, 'Right.'],
      ['Priya Shah', 27600, 32410, 'Would a shared renewals calendar help?'],
    ]);
  });

  it('allows an overlap of up to 1 s silently and warns about a longer one', () => {
    // Cue 2 starts 0.32 s before cue 1 ends (fine); cue 5 starts 3.15 s before cue 4 ends.
    expect(parseFixture('teams.vtt').warnings).toEqual([
      'line 25 (cue 5) starts 3.2 s before the speech before it ends: people talking over each other, or a timing problem.',
    ]);
  });

  it('splits a cue voiced by two people into two segments with the cue’s times, without an overlap warning', () => {
    const result = parseText(
      'WEBVTT\n\nx/1-0\n00:00:01.000 --> 00:00:05.000\n<v Priya Shah>Ready?</v>\n<v Tom Becker>Yes.</v>\n',
    );
    expect(lines(result)).toEqual([
      ['Priya Shah', 1000, 5000, 'Ready?'],
      ['Tom Becker', 1000, 5000, 'Yes.'],
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('WebVTT from Google Meet caption exports', () => {
  it('reads the speaker’s name alone on the first line of each cue', () => {
    const result = parseFixture('meet.vtt');
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker']);
    expect(lines(result)).toEqual([
      ['Priya Shah', 1200, 5800, 'Thanks for joining, Tom. Shall we start with your goals for the year?'],
      ['Tom Becker', 6000, 12400, 'Sure. We want every rep coached at least once a month.'],
      ['Priya Shah', 12700, 16000, 'Why once a month?'],
      [
        'Tom Becker',
        16300,
        23900,
        'Because quarterly reviews come too late to change a deal. Our managers said so in the last survey.',
      ],
    ]);
  });

  it('reads "(Name)" lines, and joins text after a stray blank-looking line to the cue before it', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:08.000 --> 00:00:12.000',
      '(Danyel Fisher)',
      'I wanted to start with a little background',
      '',
      '00:00:12.000 --> 00:00:16.000',
      '(Danyel Fisher)',
      'so we know who we are talking to.',
      '-',
      ' ',
      '(Dana Bettinger)',
      'Sales-wise or life-wise?',
      '',
      '00:00:16.000 --> 00:00:20.000',
      '(Dana Bettinger)',
      'Either.',
    ].join('\n');
    const result = parseText(vtt);
    expect(lines(result)).toEqual([
      ['Danyel Fisher', 8000, 12000, 'I wanted to start with a little background'],
      ['Danyel Fisher', 12000, 16000, 'so we know who we are talking to.'],
      ['Dana Bettinger', 12000, 16000, 'Sales-wise or life-wise?'],
      ['Dana Bettinger', 16000, 20000, 'Either.'],
    ]);
    expect(result.warnings).toEqual([
      'line 12: text without a time line was added to the cue before it (cue 2).',
    ]);
  });

  it('leaves a capitalised first line as speech when it does not recur as a name', () => {
    const result = parseText('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nThank You\nfor coming.\n');
    expect(lines(result)).toEqual([[null, 1000, 3000, 'Thank You for coming.']]);
  });
});

describe('SubRip (.srt)', () => {
  it('reads numbered cues with comma milliseconds and strips <i> and <font> tags', () => {
    const result = parseFixture('call.srt');
    expect(result.format).toBe('srt');
    expect(lines(result)).toEqual([
      ['Priya Shah', 1000, 4000, 'Shall we start with where things stand?'],
      ['Tom Becker', 4500, 9000, "We're still on spreadsheets, and it hurts at quarter end."],
      ['Priya Shah', 9400, 12000, 'How many people update them?'],
      ['Tom Becker', 12300, 15800, 'About forty.'],
    ]);
  });

  it('reads cues run together without a blank line between them', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nAna: One.\n2\n00:00:02,500 --> 00:00:03,000\nBen: Two.\n';
    expect(lines(parseText(srt, 'run-together.srt'))).toEqual([
      ['Ana', 1000, 2000, 'One.'],
      ['Ben', 2500, 3000, 'Two.'],
    ]);
  });
});

describe('plain text', () => {
  it('reads "[00:01:23] Name: text" lines, continuation lines and skips the title block', () => {
    const result = parseFixture('stamped.txt');
    expect(result.format).toBe('text');
    expect(lines(result)).toEqual([
      ['Priya Shah', 5000, null, 'Thanks for your time today.'],
      ['Tom Becker', 12000, null, 'No problem. It has been a busy week.'],
      ['Priya Shah', 83000, null, 'How are you handling forecasting today?'],
      ['Tom Becker', 91000, null, 'Badly. Bottom line: nobody trusts the numbers.'],
    ]);
    expect(result.warnings).toEqual([
      'Skipped 2 lines before the first speaker (such as a title, date or attendee list).',
    ]);
  });

  it('reads "Name: text" without times and keeps colons and clock times inside speech', () => {
    const result = parseFixture('unstamped.txt');
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker']);
    expect(lines(result)).toEqual([
      ['Priya Shah', null, null, 'Thanks for your time today.'],
      ['Tom Becker', null, null, 'No problem. It has been a busy week.'],
      ['Priya Shah', null, null, 'How are you handling forecasting today?'],
      [
        'Tom Becker',
        null,
        null,
        'Badly. Bottom line: nobody trusts the numbers, and we meet at 10:30 every Monday to argue about them.',
      ],
      ['Priya Shah', null, null, 'Is that something you want to fix this quarter?'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts the time styles at the start of a line: [00:01:23], 00:01:23, 1:23, and "Name (00:01:23):"', () => {
    const text = [
      '[00:00:05] Ana: One.',
      '00:00:07 Ben: Two.',
      '1:23 - Ana: Three.',
      'Ben (0:01:30): Four.',
      '(1:02:03.5) Ana: Five.',
    ].join('\n');
    expect(lines(parseText(text))).toEqual([
      ['Ana', 5000, null, 'One.'],
      ['Ben', 7000, null, 'Two.'],
      ['Ana', 83000, null, 'Three.'],
      ['Ben', 90000, null, 'Four.'],
      ['Ana', 3723500, null, 'Five.'],
    ]);
  });

  it('reads Otter-style "Name  0:03" headers and Google Meet time markers', () => {
    const otter = 'Ana Lima  0:03\nHello there.\nHow are you?\n\nBen Ode  0:09\nFine, thanks.\n';
    expect(lines(parseText(otter))).toEqual([
      ['Ana Lima', 3000, null, 'Hello there. How are you?'],
      ['Ben Ode', 9000, null, 'Fine, thanks.'],
    ]);
    const meet =
      'Call - Transcript\nAttendees\nAna, Ben\nTranscript\n00:00:00\nAna: Hi.\nBen: Hello.\n00:05:00\nstill Ben after the marker.\nAna: OK.\n';
    expect(lines(parseText(meet))).toEqual([
      ['Ana', 0, null, 'Hi.'],
      ['Ben', null, null, 'Hello.'],
      ['Ben', 300000, null, 'still Ben after the marker.'],
      ['Ana', null, null, 'OK.'],
    ]);
  });

  it('imports text without any speaker as one segment per paragraph, and says so', () => {
    const result = parseText(
      'We talked about renewals.\nThen about price.\n\nThen we hung up.\n',
      'notes.txt',
    );
    expect(lines(result)).toEqual([
      [null, null, null, 'We talked about renewals. Then about price.'],
      [null, null, null, 'Then we hung up.'],
    ]);
    expect(result.speakers).toEqual([]);
    expect(result.warnings[0]).toMatch(/^No speaker names were found/);
  });

  it('accepts pasted text', () => {
    const result = parseTranscript({ text: 'Ana: Hello.\nBen: Hi.' });
    expect(result.format).toBe('text');
    expect(result.speakers).toEqual(['Ana', 'Ben']);
  });
});

describe('Microsoft Teams .docx', () => {
  it('reads today’s layout: title block, "Name   0:03" header, speech on the lines below', () => {
    const file = teamsDocx([
      'Acme discovery-20250303_140002-Meeting Transcript',
      '3 March 2025, 02:00pm',
      '32m 10s',
      'Priya Shah started transcription',
      'Priya Shah   0:03\nHi Tom, thanks for joining.',
      'Becker, Tom\t0:09\nHappy to.',
      'We have half an hour.',
      'Priya Shah   1:02:03\nWhat would success look like by the end of the quarter?',
      'Priya Shah stopped transcription',
    ]);
    const result = parseTranscript({ fileName: 'Acme discovery.docx', bytes: file });
    expect(result.format).toBe('docx');
    expect(result.speakers).toEqual(['Priya Shah', 'Becker, Tom']);
    expect(lines(result)).toEqual([
      ['Priya Shah', 3000, null, 'Hi Tom, thanks for joining.'],
      ['Becker, Tom', 9000, null, 'Happy to. We have half an hour.'],
      ['Priya Shah', 3723000, null, 'What would success look like by the end of the quarter?'],
    ]);
    expect(result.warnings).toEqual([
      'Skipped 3 lines before the first speaker (such as a title, date or attendee list).',
    ]);
  });

  it('reads the older layout: "0:0:5.1 --> 0:0:8.25", then the name, then the speech', () => {
    const file = teamsDocx([
      '0:0:0.0 --> 0:0:5.250',
      'Priya Shah',
      'Hello everyone.',
      '0:0:5.250 --> 0:0:9.0',
      'Tom Becker',
      'Hi, good to meet you.',
      '0:0:9.500 --> 0:0:12.0',
      'Speech with no name line.',
    ]);
    const result = parseTranscript({ fileName: 'old.docx', bytes: file });
    expect(lines(result)).toEqual([
      ['Priya Shah', 0, 5250, 'Hello everyone.'],
      ['Tom Becker', 5250, 9000, 'Hi, good to meet you.'],
      [null, 9500, 12000, 'Speech with no name line.'],
    ]);
  });

  it('leaves out deleted text and the fallback copy of drawings', () => {
    const body = [
      paragraph('Ana Lima   0:01\nKept.'),
      `<w:p><w:r><w:t>Also </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del><w:r><w:t>kept.</w:t></w:r></w:p>`,
      `<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Once.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Twice.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`,
    ].join('');
    const result = parseTranscript({ fileName: 'x.docx', bytes: docx(body) });
    expect(lines(result)).toEqual([['Ana Lima', 1000, null, 'Kept. Also kept. Once.']]);
  });

  it('names the problem with a damaged .docx', () => {
    expect(
      failure(() => parseTranscript({ fileName: 'call.docx', bytes: Buffer.from('Ana: hello') })).message,
    ).toBe(
      'This .docx file is damaged: it is not a Word document (a .docx is a zip archive, and this is not one). Open it in Word, save it again as .docx and import it again.',
    );
    expect(
      failure(() => parseTranscript({ fileName: 'call.docx', bytes: docx('', { withoutBody: true }) }))
        .message,
    ).toBe(
      'This .docx file has no document body (word/document.xml is missing), so it is not a Word document. Open it in Word, save it again as .docx and import it again.',
    );
    const truncated = docx(paragraph('Ana Lima   0:01\nHello.')).subarray(0, 200);
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes: truncated })).message).toMatch(
      /^This \.docx file is damaged and could not be unzipped \(.+\)\. Open it in Word/,
    );
    expect(
      failure(() => parseTranscript({ fileName: 'call.docx', bytes: teamsDocx(['', '  ']) })).message,
    ).toBe('There is no speech in this transcript: the document has no text.');
  });

  it('says plainly that a document without speaker turns or times is not a transcript, and imports it as plain text on request', () => {
    const bytes = teamsDocx(['First point.', 'Second point.']);
    const error = failure(() => parseTranscript({ fileName: 'notes.docx', bytes }));
    expect(error.message).toBe(
      'This Word document does not look like a call transcript (no speaker turns or times). Import it as plain text anyway, or choose the transcript exported from the call.',
    );
    expect(error.details).toEqual({ reason: 'not-a-transcript' });
    const result = parseTranscript({ fileName: 'notes.docx', bytes, asPlainText: true });
    expect(lines(result)).toEqual([
      [null, null, null, 'First point.'],
      [null, null, null, 'Second point.'],
    ]);
  });

  it('counts paragraphs in error messages', () => {
    const file = teamsDocx(['0:0:0.0 --> 0:0:5.250', 'Ana', 'Hi.', '0:0:5.2 --> 0:0:x', 'Ben', 'Hello.']);
    const error = failure(() => parseTranscript({ fileName: 'call.docx', bytes: file }));
    expect(error.message).toBe("paragraph 4: '0:0:x' is not a valid time (expected h:mm:ss.mmm).");
    expect(error.line).toBe(4);
  });
});

describe('format detection', () => {
  it('trusts unmistakable content over the file name, and the name over guesses', () => {
    expect(detectTranscriptFormat('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi', 'call.txt')).toBe('vtt');
    expect(detectTranscriptFormat('\uFEFFWEBVTT - Zoom\n', 'call.srt')).toBe('vtt');
    expect(detectTranscriptFormat('1\n00:00:01,000 --> 00:00:02,000\nHi', 'call.txt')).toBe('srt');
    expect(detectTranscriptFormat('1\n00:00:01,000 --> 00:00:02,000\nHi')).toBe('srt');
    expect(detectTranscriptFormat('Ana: hi', 'call.srt')).toBe('srt');
    expect(detectTranscriptFormat('Ana: hi', 'call.vtt')).toBe('vtt');
    expect(detectTranscriptFormat('Ana: hi')).toBe('text');
  });

  it('reads a WebVTT file that starts with blank lines', () => {
    const result = parseText('\n\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Hi.\n', 'call.txt');
    expect(result.format).toBe('vtt');
    expect(result.warnings).toEqual([]);
  });

  it('reads a .vtt without its header, with a warning', () => {
    const result = parseText('1\n00:00:01.000 --> 00:00:02.000\nAna: Hi.\n', 'call.vtt');
    expect(result.format).toBe('vtt');
    expect(result.warnings).toEqual(['The file has no WEBVTT header line; it was read as WebVTT anyway.']);
  });

  it('reads a .docx by its content when the name does not say so', () => {
    const result = parseTranscript({ fileName: 'download', bytes: teamsDocx(['Ana Lima   0:01\nHi.']) });
    expect(result.format).toBe('docx');
  });
});

describe('encodings', () => {
  const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nZoë Müller: Ça va?\n';

  it('accepts UTF-8 with or without a byte-order mark', () => {
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(vtt)]);
    expect(parseTranscript({ bytes: withMark }).segments[0]!.speaker).toBe('Zoë Müller');
    expect(parseTranscript({ bytes: Buffer.from(vtt) }).segments[0]!.text).toBe('Ça va?');
  });

  it('decodes UTF-16 with a byte-order mark, either byte order', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vtt, 'utf16le')]);
    expect(parseTranscript({ fileName: 'a.vtt', bytes: little }).segments[0]!.text).toBe('Ça va?');
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(vtt, 'utf16le').swap16()]);
    expect(parseTranscript({ fileName: 'a.vtt', bytes: big }).segments[0]!.speaker).toBe('Zoë Müller');
  });

  it('reads Latin-1 and Windows-1252 files as Windows-1252, and says so', () => {
    const result = parseFixture('latin1.txt');
    expect(result.encoding).toBe('Windows-1252 (Western European)');
    expect(result.warnings[0]).toBe(
      'The file is not UTF-8; it was read as Windows-1252 (Western European). Check that accented letters look right below.',
    );
    expect(result.speakers).toEqual(['Priya Shah', 'Zoë Müller']);
    expect(result.segments[1]!.text).toMatch(/^Ça va, très/);
    expect(parseTranscript({ bytes: Buffer.from(vtt) }).encoding).toBe('UTF-8');
  });

  it('decodes UTF-16 without a byte-order mark, either byte order', () => {
    const little = parseTranscript({ bytes: Buffer.from(vtt, 'utf16le') });
    expect([little.encoding, little.segments[0]!.text]).toEqual(['UTF-16LE', 'Ça va?']);
    const big = parseTranscript({ bytes: Buffer.from(vtt, 'utf16le').swap16() });
    expect([big.encoding, big.segments[0]!.speaker]).toEqual(['UTF-16BE', 'Zoë Müller']);
  });

  it('refuses a file that has the UTF-8 mark but is not UTF-8, naming the line', () => {
    const later = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Ana: Hello.\nBen: Hi.\nZo'),
      Buffer.from([0xeb]),
      Buffer.from(': Bonjour.'),
    ]);
    const error = failure(() => parseTranscript({ bytes: later }));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(
      /^line 3: the file starts with the UTF-8 mark, but its text is not valid UTF-8/,
    );
  });
});

describe('files that cannot be imported', () => {
  it('refuses an empty file, or one of only blank lines', () => {
    expect(failure(() => parseFixture('empty.vtt')).message).toBe('The file is empty.');
    expect(failure(() => parseText(' \n\n\t\n', 'call.txt')).message).toBe('The file is empty.');
    expect(failure(() => parseTranscript({ text: '   ' })).message).toBe('The pasted transcript is empty.');
  });

  it('refuses binary files, and names PDFs and old Word files', () => {
    expect(failure(() => parseFixture('binary.vtt')).message).toBe(
      'This file is not text (it contains binary data). Choose a .vtt, .srt, .sbv, .docx or .txt transcript.',
    );
    expect(
      failure(() => parseTranscript({ fileName: 'call.pdf', bytes: Buffer.from('%PDF-1.7\n') })).message,
    ).toMatch(/^This is a PDF\./);
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(failure(() => parseTranscript({ fileName: 'call.doc', bytes: doc })).message).toMatch(
      /old Word \(\.doc\)/,
    );
  });

  it('refuses a file over 20 MB before reading it, with the limit the contract and the page use', () => {
    // allocUnsafe reserves the memory without touching it, so this costs nothing.
    const huge = Buffer.allocUnsafe(500 * 1024 * 1024);
    const error = failure(() => parseTranscript({ fileName: 'call.vtt', bytes: huge }));
    expect(error.message).toBe('The file is 500 MB; the largest transcript Coachbench imports is 20 MB.');
    expect(error.code).toBe('TOO_LARGE');
    expect(MAX_TRANSCRIPT_BYTES).toBe(MAX_TRANSCRIPT_FILE_BYTES);
    expect(failure(() => parseTranscript({ text: 'a'.repeat(MAX_TRANSCRIPT_BYTES + 1) })).code).toBe(
      'TOO_LARGE',
    );
  });

  it('leaves out a cue with a bad time, naming its line, and refuses a file with no good cue', () => {
    const result = parseFixture('bad-timestamp.srt');
    expect(result.segments.map((s) => s.text)).toEqual(['Hello.', 'Hi.', 'How are things?']);
    expect(result.warnings).toEqual([
      "line 14: '00:01:6,000' is not a valid time (expected hh:mm:ss,mmm); that cue was left out.",
    ]);
    const error = failure(() =>
      parseText('1\n00:01:6,000 --> 00:01:08,000\nTom Becker: Fine.\n', 'call.srt'),
    );
    expect(error.message).toBe("line 2: '00:01:6,000' is not a valid time (expected hh:mm:ss,mmm).");
    expect([error.line, error.cue]).toEqual([2, 1]);
    expect(failure(() => parseText('WEBVTT\n\n00:00:01.000 --> 00:61:00.000\nAna: Hi.')).message).toBe(
      "line 3: '00:61:00.000' is not a valid time (expected hh:mm:ss.mmm).",
    );
    expect(failure(() => parseText('[00:01:7] Ana: Hi.')).message).toBe(
      "line 1: '00:01:7' is not a valid time (expected h:mm:ss or m:ss).",
    );
  });

  it('leaves out a cue that ends before it starts, and refuses negative times', () => {
    const result = parseFixture('end-before-start.vtt');
    expect(result.segments.map((s) => s.text)).toEqual(['Hello.']);
    expect(result.warnings).toEqual([
      'line 8: cue 2 ends at 00:00:07.000, before it starts at 00:00:09.000; that cue was left out.',
    ]);
    const error = failure(() => parseText('WEBVTT\n\n00:00:09.000 --> 00:00:07.000\nAna: Hi.'));
    expect(error.message).toBe('line 3: cue 1 ends at 00:00:07.000, before it starts at 00:00:09.000.');
    expect([error.line, error.cue]).toEqual([3, 1]);
    expect(failure(() => parseText('WEBVTT\n\n-00:00:01.000 --> 00:00:02.000\nAna: Hi.')).message).toBe(
      "line 3: '-00:00:01.000' is a negative time; times start at zero.",
    );
  });

  it('refuses a time line without its arrow, and a time line missing its end', () => {
    // Speech that mentions two times is not mistaken for a broken time line.
    expect(
      parseText('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Hi.\n\n10:30 or 11:00 then?\n').segments[0]!
        .text,
    ).toBe('Hi. 10:30 or 11:00 then?');
    expect(failure(() => parseText('1\n00:00:01,000 -> 00:00:02,000\nAna: Hi.', 'call.srt')).message).toBe(
      "line 2: expected a time line like '00:00:01.000 --> 00:00:04.000', found '00:00:01,000 -> 00:00:02,000'.",
    );
    expect(failure(() => parseText('WEBVTT\n\n00:00:01.000 -->\nAna: Hi.')).message).toBe(
      'line 3: the time line has no end time.',
    );
  });

  it('refuses a transcript with no speech', () => {
    expect(failure(() => parseText('WEBVTT\n\nNOTE nothing was said\n')).message).toBe(
      'There is no speech in this transcript: it has no lines of text to import.',
    );
    expect(failure(() => parseText('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<b></b>\n')).message).toBe(
      'There is no speech in this transcript: it has no lines of text to import.',
    );
  });

  it('refuses a call with neither a file nor text', () => {
    expect(failure(() => parseTranscript({})).message).toBe(
      'There is nothing to import: choose a transcript file or paste its text.',
    );
  });

  it('throws an AppError, so the dispatcher passes the message through', () => {
    const error = failure(() =>
      parseText('1\n\n2\n00:01:6,000 --> 00:01:08,000\nTom Becker: Fine.\n', 'call.srt'),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.toBody()).toEqual({
      code: 'INVALID_INPUT',
      message: "line 4: '00:01:6,000' is not a valid time (expected hh:mm:ss,mmm).",
      details: { line: 4, cue: 1 },
    });
  });
});

describe('time order', () => {
  it('sorts cues that are out of order, with a warning', () => {
    const vtt =
      'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nBen: Second.\n\n00:00:01.000 --> 00:00:02.000\nAna: First.\n';
    const result = parseText(vtt);
    expect(lines(result)).toEqual([
      ['Ana', 1000, 2000, 'First.'],
      ['Ben', 5000, 6000, 'Second.'],
    ]);
    expect(result.segments.map((s) => s.index)).toEqual([0, 1]);
    expect(result.warnings).toEqual([
      'line 6 (cue 2): the cues were not in time order, so they were sorted by start time.',
    ]);
  });

  it('refuses times that go backwards when only some lines have times', () => {
    const text = '[00:05:00] Ana: Later.\nBen: No time here.\n[00:01:00] Ana: Earlier.\n';
    expect(failure(() => parseText(text)).message).toBe(
      'line 3: the time 00:01:00.000 is earlier than the time before it (00:05:00.000); times in a transcript must not go backwards.',
    );
  });

  it('keeps only the first few warnings of a kind', () => {
    const cues = Array.from({ length: 9 }, (_, i) => {
      const start = i * 1000;
      return `00:00:${String(start / 1000).padStart(2, '0')}.000 --> 00:00:${String(start / 1000 + 5).padStart(2, '0')}.000\n${i % 2 ? 'Ana' : 'Ben'}: Talking over.`;
    });
    const warnings = parseText(`WEBVTT\n\n${cues.join('\n\n')}\n`).warnings;
    expect(warnings).toHaveLength(6);
    expect(warnings[5]).toBe('…and 3 more like this.');
  });
});

describe('markup in cue text', () => {
  it('returns plain text: tags and scripts removed, entities decoded and never turned back into tags', () => {
    const result = parseFixture('html-injection.vtt');
    expect(lines(result)).toEqual([
      ['Priya Shah', 1000, 4000, 'Our price is fair, I promise.'],
      ['Tom Becker', 4500, 8000, "We'll see. Send it & I'll look"],
      ['Priya Shah', 8500, 10000, 'Great — thanks. img src=y onerror=alert(3)'],
    ]);
    for (const segment of result.segments) expect(segment.text).not.toMatch(/<|>/);
  });

  it('cleans speaker names as well as speech', () => {
    const result = parseText('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Ana &amp; Co>Hi.</v>\n');
    expect(result.speakers).toEqual(['Ana & Co']);
  });
});

describe('a 2-hour call', () => {
  it('reads 3,000 cues and about 20,000 words correctly', () => {
    const speakers = ['Priya Shah', 'Becker, Tom (Acme)', 'Dana Lee'];
    const words = ['we', 'could', 'roll', 'this', 'out', 'to', 'the', 'whole', 'team', 'next', 'quarter'];
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const stamp = (ms: number) =>
      `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
    const cues: string[] = [];
    let expectedWords = 0;
    for (let i = 0; i < 3000; i += 1) {
      const start = i * 2450;
      const count = 5 + (i % 5);
      expectedWords += count;
      const text = Array.from({ length: count }, (_, k) => words[(i + k) % words.length]).join(' ');
      cues.push(
        `id-${i}/${i}-0\n${stamp(start)} --> ${stamp(start + 2300)}\n<v ${speakers[i % 3]}>${text}.</v>`,
      );
    }
    const vtt = `WEBVTT\n\n${cues.join('\n\n')}\n`;
    const result = parseText(vtt, 'long-call.vtt');
    expect(result.segments).toHaveLength(3000);
    expect(result.speakers).toEqual(speakers);
    expect(result.warnings).toEqual([]);
    expect(result.segments[2999]).toEqual({
      index: 2999,
      speaker: 'Dana Lee',
      startMs: 2999 * 2450,
      endMs: 2999 * 2450 + 2300,
      text: `${Array.from({ length: 9 }, (_, k) => words[(2999 + k) % words.length]).join(' ')}.`,
    });
    expect(result.segments.at(-1)!.endMs).toBeGreaterThan(2 * 3_600_000);
    const total = result.segments.reduce((sum, s) => sum + s.text.split(' ').length, 0);
    expect(total).toBe(expectedWords);
    expect(total).toBeGreaterThan(20_000);
  });
});
