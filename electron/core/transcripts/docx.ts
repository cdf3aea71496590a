import { decodeXML } from 'entities';
import { isZip, MAX_LINES, MAX_TRANSCRIPT_BYTES, thousands, tooManyLines } from './decode';
import { TranscriptError } from './types';
import { inflateZipEntry, listZip, readZipEntry, ZipError, type ZipEntry } from './zip';

/**
 * The paragraphs of a .docx, as plain text. We read word/document.xml ourselves rather than through a
 * converter such as mammoth: mammoth is asynchronous, and the core's handlers are synchronous (a
 * better-sqlite3 transaction must not span an await), so an import could not parse and save in one step.
 * A transcript needs only the paragraph text: runs (<w:t>), tabs and line breaks inside runs; deleted
 * text (<w:delText>, <w:del>, <w:moveFrom>), field codes and the fallback copy of drawings (<mc:Fallback>)
 * are left out.
 */

// Teams writes a 2-hour call as well under 1 MB of XML; far beyond that is not a transcript. Only the
// parts we read are ever inflated (a crafted file declaring 150 parts of 100 MB each made the process
// hold 15.7 GB when every word/*.xml was inflated), the sizes they declare must add up to at most
// MAX_UNZIPPED_BYTES before any of them is inflated, and inflation stops at the declared size (zip.ts).
// Five times the transcript limit (100 MB): Word's XML around the text is a few times the text itself,
// and the text it yields is held to the transcript limit as it is read (paragraphsOf).
const MAX_UNZIPPED_BYTES = 5 * MAX_TRANSCRIPT_BYTES;
// The package relationships are a few hundred bytes in any real file.
const MAX_RELS_BYTES = 1024 * 1024;
const RELS_PART = '_rels/.rels';
const MAIN_PART_DEFAULT = 'word/document.xml';

/**
 * `stats`, when given, counts the bytes of the document body inflated (tests check that reading stops
 * early).
 */
export function readDocxParagraphs(bytes: Buffer, stats?: { inflatedBytes: number }): string[] {
  if (!isZip(bytes)) {
    throw new TranscriptError(
      'This .docx file is damaged: it is not a Word document (a .docx is a zip archive, and this is not one). Open it in Word, save it again as .docx and import it again.',
    );
  }
  return unzipping(() => {
    const entries = listZip(bytes);
    // The main part's name is in _rels/.rels, so that is read first.
    const relsEntry = onlyEntry(entries, RELS_PART);
    if (relsEntry && relsEntry.size > MAX_RELS_BYTES) {
      throw new TranscriptError(
        `This .docx file is damaged: its list of parts (${RELS_PART}) is ${megabytes(relsEntry.size)} once unzipped, where Word writes less than a kilobyte. Open it in Word, save it again as .docx and import it again.`,
      );
    }
    const rels = relsEntry ? readZipEntry(bytes, relsEntry) : null;
    const mainPart = rels === null ? MAIN_PART_DEFAULT : findMainPart(rels);
    const mainEntry = mainPart === RELS_PART ? undefined : onlyEntry(entries, mainPart);
    if (!mainEntry) {
      throw new TranscriptError(
        `This .docx file has no document body (${mainPart} is missing), so it is not a Word document. Open it in Word, save it again as .docx and import it again.`,
      );
    }
    const declared = mainEntry.size + (relsEntry?.size ?? 0);
    if (declared > MAX_UNZIPPED_BYTES) {
      throw new TranscriptError(
        `This .docx file holds ${megabytes(declared)} of text once unzipped, far more than any call transcript (the most Coachbench reads is ${megabytes(MAX_UNZIPPED_BYTES)}); Coachbench does not import it.`,
        {},
        'TOO_LARGE',
      );
    }
    // Inflated, decoded and read a piece at a time: reading stops as soon as the text passes the
    // transcript limit, so a body of 100 MB of XML is never held whole, nor inflated past that point.
    const reader = new DocumentReader();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decode = (chunk?: Uint8Array) => {
      try {
        return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
      } catch {
        throw new TranscriptError(
          `This .docx file is damaged: its document body (${mainPart}) is not readable text.`,
        );
      }
    };
    inflateZipEntry(bytes, mainEntry, (chunk) => {
      if (stats) stats.inflatedBytes += chunk.length;
      reader.push(decode(chunk));
    });
    reader.push(decode());
    return reader.end();
  });
}

/** Zip problems as the manager's message; TranscriptErrors pass through. */
function unzipping<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw new TranscriptError(
      `This .docx file is damaged and could not be unzipped (${error.message}). Open it in Word, save it again as .docx and import it again.`,
    );
  }
}

/** The entry of that name; a name held twice is ambiguous (Word never writes one), so it is refused. */
function onlyEntry(entries: ZipEntry[], name: string): ZipEntry | undefined {
  const found = entries.filter((entry) => entry.name === name);
  if (found.length > 1) throw new ZipError(`it holds ${name} ${found.length} times`);
  return found[0];
}

function tooMuchText(): TranscriptError {
  return new TranscriptError(
    `This .docx file holds more than ${megabytes(MAX_TRANSCRIPT_BYTES)} of text, the most Coachbench imports from a transcript; a call transcript is far smaller.`,
    {},
    'TOO_LARGE',
  );
}

function megabytes(bytes: number): string {
  return `${thousands(Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/** The main part is whatever _rels/.rels says; Word always calls it word/document.xml, other tools may not. */
function findMainPart(rels: Uint8Array): string {
  const xml = new TextDecoder().decode(rels);
  // [^<>]* rather than [^>]*: an unclosed "<Relationship" must not scan to the end for every opener.
  for (const match of xml.matchAll(/<Relationship\b[^<>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return MAIN_PART_DEFAULT;
}

/**
 * The paragraphs of word/document.xml, fed a piece at a time. Tokens never straddle a piece: the text
 * after the last '<' waits for the next piece (see `push`), so the tokens are those of the whole document.
 */
class DocumentReader {
  private readonly paragraphs: string[] = [];
  private readonly open: string[] = [];
  // The text a .docx yields is held to the same limit as a text file: XML a tenth of that may be all
  // text, and reading on would hold it all twice more (paragraphs, then lines) before any check.
  private textLength = 0;
  private inRun = 0;
  private inText = false;
  private skipping = 0;
  private pending = '';

  push(xml: string): void {
    this.pending += xml;
    if (
      this.pending.length > MAX_PENDING_TEXT &&
      this.pending.lastIndexOf('<') === 0 &&
      !this.pending.includes('>')
    ) {
      // A '<' that still opens no tag 64 KB on is stray (Word's tags are short): dropped, as the
      // tokenizer drops one, so that the text after it is read (and counted) instead of piling up here.
      this.pending = this.pending.slice(1);
    }
    let cut = this.pending.lastIndexOf('<');
    if (cut === -1 && this.pending.length > MAX_PENDING_TEXT) {
      // Text with no tag in sight: read all but the tail, which may end inside an entity ("&am").
      const amp = this.pending.lastIndexOf('&');
      cut = amp >= this.pending.length - ENTITY_TAIL ? amp : this.pending.length;
    }
    if (cut <= 0) return;
    this.read(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut);
  }

  end(): string[] {
    this.read(this.pending);
    this.pending = '';
    return this.paragraphs;
  }

  private read(xml: string): void {
    const { paragraphs, open } = this;
    for (const token of xmlTokens(xml)) {
      if (token[0] !== '<') {
        if (this.inText && this.skipping === 0 && open.length > 0) {
          const text = decodeXML(token);
          this.textLength += text.length;
          if (this.textLength > MAX_TRANSCRIPT_BYTES) throw tooMuchText();
          open[open.length - 1] += text;
        }
        continue;
      }
      const tag = /^<(\/?)([^\s/>]+)[^>]*?(\/?)>$/.exec(token);
      if (!tag) continue;
      const [, closing, name, selfClosing] = tag;
      // Tracked changes: only the final text is the transcript. Deleted runs (w:del) and the old place of
      // moved text (w:moveFrom) hold w:t like any run, so without this a moved paragraph appeared twice;
      // inserted (w:ins) and moved-to (w:moveTo) runs are read as usual. Both also occur self-closed in
      // run properties, where they mark a paragraph mark and hold no text.
      if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:moveFrom') {
        if (closing) this.skipping -= 1;
        else if (!selfClosing) this.skipping += 1;
        continue;
      }
      if (this.skipping > 0) continue;
      switch (name) {
        case 'w:p':
          if (closing || selfClosing) {
            // Checked as they come: 100 MB of "<w:p/>" would be 14 million of them.
            if (paragraphs.length >= MAX_LINES) throw tooManyLines('paragraphs');
            paragraphs.push(closing ? (open.pop() ?? '') : '');
          } else {
            if (open.length >= MAX_LINES) throw tooManyLines('paragraphs');
            open.push('');
          }
          break;
        case 'w:r':
          if (closing) this.inRun -= 1;
          else if (!selfClosing) this.inRun += 1;
          break;
        case 'w:t':
          this.inText = !closing && !selfClosing;
          break;
        case 'w:tab':
          // <w:tab> also defines tab stops inside paragraph properties; only a tab inside a run is text.
          if (this.inRun > 0 && open.length > 0) open[open.length - 1] += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (this.inRun > 0 && open.length > 0) open[open.length - 1] += '\n';
          break;
        case 'w:noBreakHyphen':
          if (this.inRun > 0 && open.length > 0) open[open.length - 1] += '-';
          break;
      }
    }
  }
}

// Text with no '<' is read once this much of it waits, but for its last ENTITY_TAIL characters when an
// '&' is among them: no XML entity name is that long.
const MAX_PENDING_TEXT = 64 * 1024;
const ENTITY_TAIL = 64;

/**
 * The tags ("<…>", with no '<' inside) and the text between them, in order; a '<' that starts no tag is
 * dropped. A scan rather than /<[^>]*>|[^<]+/g, with which every '<' of an unclosed run scanned to the
 * end of the document (20,000 of them took over a second): here each '>' is searched for once, and a
 * stray '<' costs one step.
 */
function* xmlTokens(xml: string): Generator<string> {
  let at = 0;
  let nextGt = -2;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      yield xml.slice(at);
      return;
    }
    if (lt > at) yield xml.slice(at, lt);
    if (nextGt !== -1 && nextGt < lt) nextGt = xml.indexOf('>', lt);
    if (nextGt === -1) {
      // No tag can close any more: the rest is text, without its '<'s.
      at = lt + 1;
      continue;
    }
    const nextLt = xml.indexOf('<', lt + 1);
    if (nextLt !== -1 && nextLt < nextGt) {
      at = lt + 1;
      continue;
    }
    yield xml.slice(lt, nextGt + 1);
    at = nextGt + 1;
  }
}
