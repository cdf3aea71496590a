import { decodeXML } from 'entities';
import { type UnzipFileInfo, unzipSync } from 'fflate';
import { isZip } from './decode';
import { TranscriptError } from './types';

/**
 * The paragraphs of a .docx, as plain text. We read word/document.xml ourselves rather than through a
 * converter such as mammoth: mammoth is asynchronous, and the core's handlers are synchronous (a
 * better-sqlite3 transaction must not span an await), so an import could not parse and save in one step.
 * A transcript needs only the paragraph text: runs (<w:t>), tabs and line breaks inside runs; deleted
 * text (<w:delText>), field codes and the fallback copy of drawings (<mc:Fallback>) are left out.
 */

// Teams writes a 2-hour call as well under 1 MB of XML; far beyond that is not a transcript, and
// checking the sizes the zip declares keeps a crafted file from inflating gigabytes in memory.
const MAX_PART_BYTES = 100 * 1024 * 1024;
const MAIN_PART_DEFAULT = 'word/document.xml';

export function readDocxParagraphs(bytes: Buffer): string[] {
  if (!isZip(bytes)) {
    throw new TranscriptError(
      'This .docx file is damaged: it is not a Word document (a .docx is a zip archive, and this is not one). Open it in Word, save it again as .docx and import it again.',
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        const wanted = file.name === '_rels/.rels' || /^word\/[^/]+\.xml$/.test(file.name);
        if (wanted && file.originalSize > MAX_PART_BYTES) {
          throw new TranscriptError(
            `This .docx file holds ${Math.ceil(file.originalSize / (1024 * 1024))} MB of text once unzipped, far more than any call transcript; Coachbench does not import it.`,
          );
        }
        return wanted;
      },
    });
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    throw new TranscriptError(
      `This .docx file is damaged and could not be unzipped (${zipProblem(error)}). Open it in Word, save it again as .docx and import it again.`,
    );
  }
  const mainPart = findMainPart(files);
  const xml = files[mainPart];
  if (!xml) {
    throw new TranscriptError(
      `This .docx file has no document body (${mainPart} is missing), so it is not a Word document. Open it in Word, save it again as .docx and import it again.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw new TranscriptError(
      `This .docx file is damaged: its document body (${mainPart}) is not readable text.`,
    );
  }
  return paragraphsOf(text);
}

/** The main part is whatever _rels/.rels says; Word always calls it word/document.xml, other tools may not. */
function findMainPart(files: Record<string, Uint8Array>): string {
  const rels = files['_rels/.rels'];
  if (!rels) return MAIN_PART_DEFAULT;
  const xml = new TextDecoder().decode(rels);
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return MAIN_PART_DEFAULT;
}

function zipProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, '') || 'unknown zip error';
}

function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  const open: string[] = [];
  let inRun = 0;
  let inText = false;
  let skipping = 0;
  for (const match of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = match[0];
    if (token[0] !== '<') {
      if (inText && skipping === 0 && open.length > 0) open[open.length - 1] += decodeXML(token);
      continue;
    }
    const tag = /^<(\/?)([^\s/>]+)[^>]*?(\/?)>$/.exec(token);
    if (!tag) continue;
    const [, closing, name, selfClosing] = tag;
    if (name === 'mc:Fallback') {
      if (closing) skipping -= 1;
      else if (!selfClosing) skipping += 1;
      continue;
    }
    if (skipping > 0) continue;
    switch (name) {
      case 'w:p':
        if (closing) paragraphs.push(open.pop() ?? '');
        else if (selfClosing) paragraphs.push('');
        else open.push('');
        break;
      case 'w:r':
        if (closing) inRun -= 1;
        else if (!selfClosing) inRun += 1;
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        // <w:tab> also defines tab stops inside paragraph properties; only a tab inside a run is text.
        if (inRun > 0 && open.length > 0) open[open.length - 1] += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun > 0 && open.length > 0) open[open.length - 1] += '\n';
        break;
      case 'w:noBreakHyphen':
        if (inRun > 0 && open.length > 0) open[open.length - 1] += '-';
        break;
    }
  }
  return paragraphs;
}
