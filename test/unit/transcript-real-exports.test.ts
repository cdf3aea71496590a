import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../electron/core/transcripts';
import { docx, failure, lines, paragraph, parseFixture, parseText, teamsDocx } from '../helpers/transcripts';

// Issue 9: the files managers really have. Each fixture's source and shape is in test/fixtures/transcripts/README.md.

describe('WebVTT: one bad cue is left out, not the whole file (as the WebVTT parsing algorithm does)', () => {
  it('drops broken arrows, too-short times and cues ending before they start, naming each line', () => {
    const result = parseFixture('broken-cues.vtt');
    expect(lines(result)).toEqual([
      ['Ana', 1000, 2000, 'First good cue.'],
      ['Ben', 5000, 6000, 'A NUL here \uFFFD and on.'],
      ['Ben', 6000, 7000, 'Glued to the cue before it.'],
      ['Ana', 7000, 8000, 'Last good cue.'],
    ]);
    expect(result.warnings).toEqual([
      'line 29: the file holds a NUL character (a damaged copy?), shown as “\uFFFD”.',
      "line 11: expected a time line like '00:00:01.000 --> 00:00:04.000', found '00:00:02.000 -> 00:00:03.000'; that cue was left out.",
      "line 15: '00:02.00' is too short to be a time (expected hh:mm:ss.mmm or mm:ss.mmm); that cue was left out.",
      'line 21: cue 4 ends at 00:00:05.000, before it starts at 00:00:09.000; that cue was left out.',
      "line 30: no blank line before this cue; '6' was read as its id, and it was read as a cue of its own.",
    ]);
  });

  it('skips STYLE, REGION and NOTE blocks wherever they are, and reads a cue written straight after the header', () => {
    const text =
      'WEBVTT\n00:00:01.000 --> 00:00:02.000\nAna: One.\n\nSTYLE\n::cue { color: lime }\n\nNOTE\nthis is a note\n\nREGION\nid:r1\n\n00:00:02.000 --> 00:00:03.000\nAna: Two.\n';
    const result = parseText(text);
    expect(result.segments.map((s) => s.text)).toEqual(['One.', 'Two.']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a glued cue’s text whole when the line before its time line is speech, not an id', () => {
    const result = parseText(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: We said ten.\nOr was it eleven?\n00:00:02.000 --> 00:00:03.000\nBen: Ten.\n',
    );
    expect(result.segments.map((s) => s.text)).toEqual(['We said ten. Or was it eleven?', 'Ten.']);
    expect(result.warnings).toEqual([
      'line 6: no blank line before this cue; it was read as a cue of its own.',
    ]);
  });

  it('still refuses a file whose every cue is broken, with the first cue’s problem', () => {
    const error = failure(() => parseText('WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nAna: Hi.\n'));
    expect([error.message, error.line, error.cue]).toEqual([
      "line 3: expected a time line like '00:00:01.000 --> 00:00:04.000', found '00:00:01.000 -> 00:00:02.000'.",
      3,
      1,
    ]);
  });

  it('refuses binary data still: NULs are replaced only when they are few', () => {
    const png = Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(200)]);
    expect(failure(() => parseTranscript({ fileName: 'call.vtt', bytes: png })).message).toMatch(
      /^This file is not text/,
    );
  });
});

describe('Microsoft Teams transcripts from the Graph API', () => {
  it('reads the loose times "0:0:0.0 --> 0:0:5.320" with <v> voices', () => {
    const result = parseFixture('teams-graph.vtt');
    expect(lines(result)).toEqual([
      ['Priya Shah', 0, 5320, 'Morning Tom, thanks for joining.'],
      ['Tom Becker', 5320, 9100, 'Happy to, Priya.'],
      ['Priya Shah', 62500, 67000, 'Shall we start with the renewal?'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the metadataContent JSON as speaker and text, and leaves other JSON as it is', () => {
    const result = parseFixture('teams-graph-metadata.vtt');
    expect(lines(result)).toEqual([
      ['Priya Shah', 0, 5320, 'Morning Tom, thanks for joining.'],
      ['Tom Becker', 5320, 9100, 'Happy to, Priya.'],
      ['Tom Becker', 9100, 12000, '{"speakerName":"Tom Becker","note":"not the metadata shape"}'],
    ]);
  });

  it('takes the speaker from the JSON over the voice tag, and strips markup inside it', () => {
    const result = parseText(
      'WEBVTT\n\n0:0:1.0 --> 0:0:2.0\n<v Unknown>{"speakerName":"Ana Diaz","spokenText":"<b>Hi</b> &amp; welcome"}</v>\n',
    );
    expect(lines(result)).toEqual([['Ana Diaz', 1000, 2000, 'Hi & welcome']]);
  });
});

describe('encodings', () => {
  it('reads a Windows-1252 French .srt with its curly quotes and ellipsis, and names the encoding', () => {
    const result = parseFixture('windows-1252.srt');
    expect(result.encoding).toBe('Windows-1252 (Western European)');
    expect(result.speakers).toEqual(['Priya Shah', 'Zoë Müller']);
    expect(result.segments.map((s) => s.text)).toEqual([
      'Bonjour Zoë, ça va ? C’est l’été déjà…',
      'Très bien, merci. « À bientôt » !',
    ]);
  });

  it('recognises Cyrillic Windows-1251 rather than reading it as Western European', () => {
    const letters = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
    const text = 'Иван: Привет, как дела? Хорошо, спасибо.\nОльга: Отлично, давайте начнём.\n';
    const bytes = Buffer.from(
      [...text].map((c) => (letters.includes(c) ? 0xc0 + letters.indexOf(c) : c.charCodeAt(0))),
    );
    const result = parseTranscript({ fileName: 'call.txt', bytes });
    expect(result.encoding).toBe('Windows-1251 (Cyrillic)');
    expect(result.speakers).toEqual(['Иван', 'Ольга']);
  });

  it('says nothing about the encoding of pasted text', () => {
    expect(parseTranscript({ text: 'Ana: Hi.' }).encoding).toBeNull();
  });
});

describe('YouTube .sbv', () => {
  it('reads "0:00:00.378,0:00:11.378" time lines, by name or by content', () => {
    const result = parseFixture('youtube.sbv');
    expect(lines(result)).toEqual([
      ['Priya Shah', 378, 11378, 'Thanks for making the time today. It has been a busy quarter.'],
      ['Tom Becker', 11378, 14000, 'Happy to.'],
      ['Priya Shah', 14000, 20512, 'Let us start with 10:30 next week.'],
    ]);
    const pasted = parseTranscript({
      text: '0:00:01.000,0:00:02.500\nAna: Hi.\n\n0:00:02.500,0:00:04.000\nBen: Hello.\n',
    });
    expect(lines(pasted)).toEqual([
      ['Ana', 1000, 2500, 'Hi.'],
      ['Ben', 2500, 4000, 'Hello.'],
    ]);
  });
});

describe('vendor footers', () => {
  it('drops Otter’s “Transcribed by https://otter.ai” instead of giving it to the last speaker', () => {
    const result = parseFixture('otter.txt');
    expect(lines(result).at(-1)).toEqual(['Priya Shah', 15000, null, 'How are you handling forecasting?']);
    expect(result.warnings).toContain(
      'line 12: left out “Transcribed by https://otter.ai”, which the transcription service adds to every file.',
    );
  });
});

describe('speaker labels are believed only when the file’s pattern backs them', () => {
  it('keeps a quoted line of a caption file whole instead of inventing the speaker “Digo”', () => {
    const result = parseFixture('captions-es.vtt');
    expect(result.speakers).toEqual([]);
    expect(result.segments[1]!.text).toBe('Digo: "Le doy un abrazo y me voy".');
  });

  it('keeps a heading such as "March 2009:" in a Word document as text', () => {
    const result = parseTranscript({
      fileName: 'meeting.docx',
      bytes: teamsDocx([
        'March 2009: quarterly review',
        'Priya Shah   0:03',
        'Thanks for coming.',
        'Tom Becker   0:09',
        'Happy to be here.',
      ]),
    });
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker']);
    expect(result.warnings).toContain(
      'Skipped 1 line before the first speaker (such as a title, date or attendee list).',
    );
  });

  it('still believes Zoom "Name: text" labels, including someone who speaks once', () => {
    const result = parseText(
      'Priya Shah: Hello.\nTom Becker: Hi.\nPriya Shah: Shall we start?\nDana Lee: Sorry I am late.\n',
    );
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker', 'Dana Lee']);
    expect(parseFixture('zoom.vtt').speakers).toEqual(['Priya Shah', 'Tom Becker', 'dana lee']);
  });

  it('still believes Otter "Name  0:03" headers', () => {
    expect(parseFixture('otter.txt').speakers).toEqual(['Priya Shah', 'Tom Becker']);
  });

  it('counts each speaker’s lines for the preview', () => {
    expect(parseFixture('teams-graph.vtt').speakerLines).toEqual([
      { speaker: 'Priya Shah', lines: 2 },
      { speaker: 'Tom Becker', lines: 1 },
    ]);
  });

  it('reads a rejected name in an older Teams .docx (time line, name, speech) as speech', () => {
    const bytes = teamsDocx([
      '0:0:1.0 --> 0:0:4.0',
      'Minutes',
      'We agreed the budget.',
      '0:0:4.0 --> 0:0:6.0',
      'Ana Diaz',
      'Good.',
    ]);
    expect(parseTranscript({ fileName: 'call.docx', bytes }).speakers).toEqual(['Minutes', 'Ana Diaz']);
    const result = parseTranscript({ fileName: 'call.docx', bytes, notSpeakers: ['Minutes'] });
    expect(lines(result)).toEqual([
      [null, 1000, 4000, 'Minutes We agreed the budget.'],
      ['Ana Diaz', 4000, 6000, 'Good.'],
    ]);
  });

  it('keeps the text of a label the manager rejected whole, with no speaker', () => {
    const text = 'Priya Shah: Hello.\nTom Becker: Digo: yes.\nDigo: No.\nDigo: Never.\nPriya Shah: Fine.\n';
    expect(parseText(text).speakers).toEqual(['Priya Shah', 'Tom Becker', 'Digo']);
    const result = parseTranscript({ text, notSpeakers: ['Digo'] });
    expect(result.speakers).toEqual(['Priya Shah', 'Tom Becker']);
    expect(lines(result)[1]).toEqual(['Tom Becker', null, null, 'Digo: yes. Digo: No. Digo: Never.']);
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Music>La la la</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Ana>Hi.</v>\n';
    expect(lines(parseTranscript({ text: vtt, notSpeakers: ['Music'] }))).toEqual([
      [null, 1000, 2000, 'La la la'],
      ['Ana', 2000, 3000, 'Hi.'],
    ]);
  });
});

describe('Word documents', () => {
  it('says an encrypted .docx is password-protected, not an old .doc', () => {
    // What Office writes for a .docx with a password: an OLE2 (CFB) container with these streams.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([
      header,
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(100),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect(failure(() => parseTranscript({ fileName: 'call.docx', bytes: encrypted })).message).toMatch(
      /^This Word document is password-protected/,
    );
    const doc = Buffer.concat([header, Buffer.alloc(600)]);
    expect(failure(() => parseTranscript({ fileName: 'call.doc', bytes: doc })).message).toMatch(
      /old Word \(\.doc\)/,
    );
  });

  it('reads the final text of tracked changes: moved text once, deleted text never', () => {
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const body = [
      paragraph('Priya Shah   0:03'),
      `<w:p><w:moveFrom w:id="1" w:author="A">${run('Moved sentence. ')}</w:moveFrom>${run('Kept.')}</w:p>`,
      `<w:p>${run('Start. ')}<w:del w:id="2" w:author="A">${run('Deleted. ')}</w:del><w:ins w:id="3" w:author="A">${run('Inserted.')}</w:ins></w:p>`,
      paragraph('Tom Becker   0:09'),
      `<w:p><w:pPr><w:rPr><w:moveTo w:id="4" w:author="A"/></w:rPr></w:pPr><w:moveTo w:id="5" w:author="A">${run('Moved sentence.')}</w:moveTo></w:p>`,
      `<w:p><w:pPr><w:rPr><w:del w:id="6" w:author="A"/></w:rPr></w:pPr>${run('After a deleted paragraph mark.')}</w:p>`,
    ].join('');
    const result = parseTranscript({ fileName: 'call.docx', bytes: docx(body) });
    expect(lines(result)).toEqual([
      ['Priya Shah', 3000, null, 'Kept. Start. Inserted.'],
      ['Tom Becker', 9000, null, 'Moved sentence. After a deleted paragraph mark.'],
    ]);
  });

  it('refuses a .docx whose text runs past the file size limit, without reading on', () => {
    const big = `<w:p><w:r><w:t>${'a'.repeat(1024 * 1024)}</w:t></w:r></w:p>`.repeat(21);
    const error = failure(() => parseTranscript({ fileName: 'call.docx', bytes: docx(big) }));
    expect([error.code, error.message]).toEqual([
      'TOO_LARGE',
      'This .docx file holds more than 20 MB of text, the most Coachbench imports from a transcript; a call transcript is far smaller.',
    ]);
  });
});

describe('SubRip times without milliseconds', () => {
  it('reads them as .000 with a warning naming the line (decided: accept, do not refuse)', () => {
    const result = parseFixture('no-milliseconds.srt');
    expect(lines(result)[0]).toEqual(['Priya Shah', 1000, 4000, 'Hello.']);
    expect(result.warnings).toEqual([
      "line 2: the time '00:00:01' has no milliseconds; it was read as 00:00:01.000.",
    ]);
  });
});
