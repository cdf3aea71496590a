import { strToU8, zipSync } from 'fflate';

/**
 * Real files built for proposal import tests where the public parser suites (test/fixtures/proposals)
 * have none: a Word proposal with styles, numbered and bulleted lists, a table and tracked changes
 * (WordprocessingML zipped with fflate, as Word lays it out), and a text PDF with headings set larger.
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type DocxBlock =
  | { heading: 1 | 2 | 3; text: string }
  | { title: string }
  | { paragraph: string }
  | { bullets: string[] }
  | { numbered: string[] }
  | { table: string[][] }
  /** A paragraph with tracked changes: [kept text, inserted, deleted, moved-from, moved-to]. */
  | { tracked: { kept: string; inserted: string; deleted: string; movedFrom: string; movedTo: string } }
  | { xml: string };

function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** **bold** and _italic_ in a paragraph's text become bold and italic runs. */
function runs(text: string): string {
  return text
    .split(/(\*\*[^*]+\*\*|_[^_]+_)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**')
        ? run(part.slice(2, -2), '<w:b/>')
        : part.startsWith('_')
          ? run(part.slice(1, -1), '<w:i/>')
          : run(part),
    )
    .join('');
}

function styled(style: string, text: string, extra = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${runs(text)}</w:p>`;
}

function blockXml(block: DocxBlock): string {
  if ('heading' in block) return styled(`Heading${block.heading}`, block.text);
  if ('title' in block) return styled('Title', block.title);
  if ('paragraph' in block) return `<w:p>${runs(block.paragraph)}</w:p>`;
  if ('bullets' in block)
    return block.bullets
      .map((t) => styled('ListParagraph', t, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
      .join('');
  if ('numbered' in block)
    return block.numbered
      .map((t) => styled('ListParagraph', t, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
      .join('');
  if ('table' in block)
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${block.table
      .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:p>${runs(cell)}</w:p></w:tc>`).join('')}</w:tr>`)
      .join('')}</w:tbl>`;
  if ('tracked' in block) {
    const t = block.tracked;
    const who = 'w:author="Dana Reviewer" w:date="2026-11-20T10:00:00Z"';
    return `<w:p>${run(t.kept)}<w:ins w:id="1" ${who}>${run(t.inserted)}</w:ins><w:del w:id="2" ${who}><w:r><w:delText xml:space="preserve">${escapeXml(t.deleted)}</w:delText></w:r></w:del><w:moveFrom w:id="3" ${who}>${run(t.movedFrom)}</w:moveFrom><w:moveTo w:id="4" ${who}>${run(t.movedTo)}</w:moveTo></w:p>`;
  }
  return block.xml;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${[
  ['Title', 'Title'],
  ['Heading1', 'heading 1'],
  ['Heading2', 'heading 2'],
  ['Heading3', 'heading 3'],
  ['ListParagraph', 'List Paragraph'],
]
  .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
  .join('')}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

export function proposalDocx(blocks: DocxBlock[]): Buffer {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rId2', 'numbering', 'numbering.xml')}</Relationships>`,
    ),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${blocks.map(blockXml).join('')}<w:sectPr/></w:body></w:document>`,
    ),
  };
  return Buffer.from(zipSync(files));
}

/** What Office writes for a .docx with a password: an OLE2 (CFB) container with these streams. */
export function encryptedDocx(): Buffer {
  return Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from('EncryptionInfo', 'utf16le'),
    Buffer.alloc(50),
    Buffer.from('EncryptedPackage', 'utf16le'),
    Buffer.alloc(200),
  ]);
}

export interface PdfPage {
  heading?: string;
  lines: string[];
}

function pdfString(text: string): string {
  return `(${text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

/**
 * A text PDF, one page per entry: the heading in 20-point Helvetica-Bold, the lines in 11-point
 * Helvetica, laid out top down as a word processor would, with a correct cross-reference table.
 */
export function proposalPdf(pages: PdfPage[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    let y = 760;
    const ops: string[] = ['BT'];
    if (page.heading) {
      ops.push(`/F2 20 Tf 1 0 0 1 72 ${y} Tm ${pdfString(page.heading)} Tj`);
      y -= 36;
    }
    for (const line of page.lines) {
      if (line === '') {
        y -= 14;
        continue;
      }
      ops.push(`/F1 11 Tf 1 0 0 1 72 ${y} Tm ${pdfString(line)} Tj`);
      y -= 14;
    }
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
