import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { type ParsedTranscript, parseTranscript, TranscriptError } from '../../electron/core/transcripts';

/** Builders and readers shared by the transcript parser tests. */

export const fixtures = path.resolve(__dirname, '../fixtures/transcripts');

export function parseFixture(fileName: string): ParsedTranscript {
  return parseTranscript({ fileName, bytes: fs.readFileSync(path.join(fixtures, fileName)) });
}

export function parseText(text: string, fileName?: string): ParsedTranscript {
  return parseTranscript({ fileName, bytes: Buffer.from(text, 'utf8') });
}

/** What a call to parseTranscript threw, so a test can look at every field. */
export function failure(run: () => unknown): TranscriptError {
  try {
    run();
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError, but the transcript was accepted');
}

export function lines(result: ParsedTranscript): [string | null, number | null, number | null, string][] {
  return result.segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text]);
}

// ── .docx built the way Word lays one out: a zip with a content-types list, a relationship and the body ──

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One paragraph: '\n' becomes a line break (<w:br/>) and '\t' a tab (<w:tab/>) inside the run. */
export function paragraph(text: string): string {
  const runs = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  // The tab stop in the paragraph properties is layout, not text: it must not turn into a tab.
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2880"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr>${runs}</w:r></w:p>`;
}

export function docx(body: string, options: { withoutBody?: boolean } = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  };
  if (!options.withoutBody) {
    files['word/document.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    );
  }
  return Buffer.from(zipSync(files));
}

export function teamsDocx(paragraphs: string[]): Buffer {
  return docx(paragraphs.map(paragraph).join(''));
}
