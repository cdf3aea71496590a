import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { AppError } from '../../../../shared/contract/errors';
import { refused } from './errors';
import { htmlToDoc, htmlWarnings } from './html';
import type { ImportedDocument } from './types';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** The largest document.xml inflated: far above a 50-page proposal (a few MB), far below a zip bomb. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

/**
 * What the document body holds that mammoth changes on the way, read from word/document.xml itself:
 * mammoth accepts tracked changes silently (insertions kept, deletions and moved-from text dropped).
 */
function survey(bytes: Uint8Array): { trackedChanges: boolean; textBoxes: boolean } {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        total += file.originalSize;
        if (total > MAX_DOCUMENT_XML_BYTES)
          throw refused(
            'This Word document’s text is larger than Coachbench imports (64 MB unpacked). Split it, or paste the part to review.',
            'too-large',
            'TOO_LARGE',
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(
      'This .docx file is damaged (its zip structure cannot be read; it may be truncated). Open it in Word, save it again and import the new copy, or paste the text instead.',
      'corrupt',
    );
  }
  const xml = files['word/document.xml'];
  if (!xml)
    throw refused(
      'This file is a zip but not a Word document (it has no word/document.xml). Choose the .docx file itself.',
      'not-docx',
    );
  const text = Buffer.from(xml).toString('utf8');
  return {
    trackedChanges: /<w:(?:ins|del|moveFrom|moveTo)\b/.test(text),
    textBoxes: /<w:txbxContent\b/.test(text),
  };
}

/**
 * A .docx through mammoth: headings (Word's heading styles, Title and Subtitle), lists, tables, bold,
 * italic, underline and strikethrough. Said in the warnings: tracked changes are read as accepted;
 * comments, footnotes and endnotes are kept as sections at the end; pictures are left out.
 */
export async function readDocx(bytes: Buffer): Promise<ImportedDocument> {
  const cfb = bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
  if (cfb && bytes.includes(ENCRYPTED_STREAM))
    throw refused(
      'This Word document is password-protected, so Coachbench cannot read it. Open it in Word, remove the password (File › Info › Protect Document), save it and import it again.',
      'encrypted',
    );
  if (cfb)
    throw refused(
      'This is an old Word (.doc) file, not a .docx. Open it in Word, save it as .docx and import it again.',
      'doc',
    );
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw refused(
      'This file is named .docx but is not a Word document. Check you chose the right file, or paste the text instead.',
      'wrong-extension',
    );
  const found = survey(bytes);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: [
          "p[style-name='Title'] => h1:fresh",
          "p[style-name='Subtitle'] => h2:fresh",
          'u => u',
          'strike => s',
          'comment-reference => sup',
        ],
        // Pictures are not kept in the document (the original file has them): no data is decoded.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
    messages = result.messages;
  } catch {
    throw refused(
      'Coachbench could not read this Word document (it may be damaged or truncated). Open it in Word, save it again and import the new copy, or paste the text instead.',
      'corrupt',
    );
  }
  const { doc, report } = htmlToDoc(html);
  const warnings = htmlWarnings({ ...report, scripts: 0, handlers: 0, frames: 0 });
  if (found.trackedChanges)
    warnings.push(
      'The document has tracked changes: they were read as accepted (insertions kept, deletions left out). Open the original to see them.',
    );
  if (html.includes('id="comment-0"') || /id="comment-\d+"/.test(html))
    warnings.push('Comments in the file are listed at the end, under “Comments in the file”.');
  if (/id="footnote-\d+"/.test(html)) warnings.push('Footnotes are listed at the end, under “Footnotes”.');
  if (/id="endnote-\d+"/.test(html)) warnings.push('Endnotes are listed at the end, under “Endnotes”.');
  if (found.textBoxes) warnings.push('Text in text boxes was placed where the box is anchored.');
  const unrecognised = messages.filter(
    (m) => m.type === 'warning' && /Unrecognised (?:paragraph|run) style/.test(m.message),
  ).length;
  if (unrecognised > 0)
    warnings.push(
      `${unrecognised} Word style${unrecognised === 1 ? ' was' : 's were'} not recognised and read as plain text.`,
    );
  return { doc, warnings, pageStarts: [], pages: null };
}
