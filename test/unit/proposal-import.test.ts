import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { richTextProblem } from '../../shared/rich-text/schema';
import { prepareProposal } from '../../electron/core/proposals/prepare';
import { encryptedDocx, proposalDocx, proposalPdf } from '../helpers/proposal-files';

const FIXTURES = path.join(__dirname, '../fixtures/proposals');

function file(name: string, bytes?: Buffer) {
  return {
    fileName: name,
    contentBase64: (bytes ?? fs.readFileSync(path.join(FIXTURES, name))).toString('base64'),
  };
}

async function read(name: string, bytes?: Buffer) {
  const result = await prepareProposal(file(name, bytes));
  expect(richTextProblem(result.kept.document)).toBeNull();
  return result;
}

async function refusal(source: {
  fileName?: string;
  contentBase64?: string;
  text?: string;
}): Promise<AppError> {
  try {
    await prepareProposal(source);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the file to be refused');
}

function types(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (node: { type?: string; content?: unknown[] }) => {
    if (node.type) out.push(node.type);
    for (const child of node.content ?? []) walk(child as { type?: string });
  };
  walk(doc as { type: string });
  return out;
}

describe('proposal import: .docx (mammoth)', () => {
  it('keeps headings, lists, a table, emphasis, and accepts tracked changes, saying so', async () => {
    const bytes = proposalDocx([
      { title: 'Forecasting proposal for Northwind' },
      { heading: 1, text: 'The problem' },
      { paragraph: 'Northwind loses **6% of orders** to _stock-outs_.' },
      { bullets: ['Three warehouses', 'Two planners'] },
      { numbered: ['Pilot', 'Roll-out'] },
      {
        table: [
          ['Phase', 'Cost'],
          ['Pilot', '£12,000'],
        ],
      },
      {
        tracked: {
          kept: 'The pilot runs ',
          inserted: 'sixty days',
          deleted: 'ninety days',
          movedFrom: ' OLDPLACE',
          movedTo: ' in two sites.',
        },
      },
    ]);
    const { preview, kept } = await read('northwind.docx', bytes);
    expect(preview.format).toBe('docx');
    expect(preview.outline).toEqual(['Forecasting proposal for Northwind', 'The problem']);
    const t = types(kept.document);
    expect(t).toEqual(
      expect.arrayContaining(['heading', 'bulletList', 'orderedList', 'table', 'tableRow', 'tableCell']),
    );
    const text = kept.plainText;
    expect(text).toContain('The pilot runs sixty days in two sites.');
    expect(text).not.toContain('ninety days');
    expect(text).not.toContain('OLDPLACE');
    expect(JSON.stringify(kept.document)).toContain('"marks":[{"type":"bold"}]');
    expect(preview.warnings.join(' ')).toMatch(/tracked changes: they were read as accepted/);
    expect(preview.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(kept.original!).equals(bytes)).toBe(true);
  });

  it('lists comments, footnotes and endnotes at the end under their own headings', async () => {
    const comments = await read('comments.docx');
    expect(comments.preview.outline).toEqual(['Comments in the file']);
    expect(comments.kept.plainText).toContain('A tachyon walks into a bar.');
    expect(comments.kept.plainText).not.toContain('↑');
    expect((await read('footnotes.docx')).preview.outline).toEqual(['Footnotes']);
    expect((await read('endnotes.docx')).preview.warnings.join(' ')).toMatch(
      /Endnotes are listed at the end/,
    );
  });

  it('reads tables, lists, text boxes, underline, strikethrough and a UTF-8 byte-order mark from real files', async () => {
    expect(types((await read('tables.docx')).kept.document)).toContain('table');
    expect(types((await read('simple-list.docx')).kept.document)).toContain('bulletList');
    expect((await read('text-box.docx')).kept.plainText).toContain('Datum plane');
    expect(JSON.stringify((await read('underline.docx')).kept.document)).toContain('underline');
    expect(JSON.stringify((await read('strikethrough.docx')).kept.document)).toContain('strike');
    expect((await read('utf8-bom.docx')).kept.plainText).toBe('This XML has a byte order mark.');
  });

  it('leaves pictures out, embedded or external, and says so', async () => {
    for (const name of ['tiny-picture.docx', 'external-picture.docx']) {
      const bytes = fs.readFileSync(path.join(FIXTURES, name));
      const withText = await Promise.resolve()
        .then(() => prepareProposal(file(name, bytes)))
        .catch((e: AppError) => e);
      // These files hold only a picture: nothing to review, said plainly.
      expect(withText).toBeInstanceOf(AppError);
      expect((withText as AppError).message).toMatch(/no text to review/);
    }
  });

  it('refuses damaged, truncated, password-protected and mislabelled files', async () => {
    const good = fs.readFileSync(path.join(FIXTURES, 'tables.docx'));
    expect((await refusal(file('cut.docx', good.subarray(0, good.length / 2)))).message).toMatch(/damaged/);
    expect((await refusal(file('locked.docx', encryptedDocx()))).message).toMatch(/password-protected/);
    expect((await refusal(file('fake.docx', Buffer.from('hello')))).message).toMatch(/not a Word document/);
    expect((await refusal(file('empty.docx', Buffer.alloc(0)))).message).toMatch(/empty \(0 bytes\)/);
    expect((await refusal(file('proposal.pages', Buffer.from('x')))).message).toMatch(/cannot read \.pages/);
  });
});

describe('proposal import: .pdf (pdf.js)', () => {
  it('reads text page by page with where each page starts, and headings set larger', async () => {
    const bytes = proposalPdf([
      {
        heading: 'Executive summary',
        lines: [
          'Northwind loses six percent of orders to stock-outs.',
          'This costs about 1.2 million a year.',
        ],
      },
      { heading: 'Pricing', lines: ['The licence is 48,000 a year.'] },
    ]);
    const { preview, kept } = await read('northwind.pdf', bytes);
    expect(preview.pages).toBe(2);
    expect(preview.outline).toEqual(['Executive summary', 'Pricing']);
    expect(kept.plainText).toContain(
      'Northwind loses six percent of orders to stock-outs. This costs about 1.2 million a year.',
    );
    expect(kept.pageStarts).toHaveLength(2);
    expect(kept.plainText.slice(kept.pageStarts[1]!.offset)).toMatch(/^Pricing/);
  });

  it('reads a real multi-page file and one with a broken cross-reference table', async () => {
    const rotated = await read('hello_world_rotated.pdf');
    expect(rotated.kept.pageStarts.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    expect((await read('xref_command_missing.pdf')).kept.plainText).toContain('Reduced test-case');
  });

  it('says what to do with an encrypted PDF, a scan without text, a truncated or a fake one', async () => {
    expect((await refusal(file('issue6010_1.pdf'))).message).toMatch(/password-protected/);
    expect((await refusal(file('bitmap-mmr.pdf'))).message).toBe(
      'This PDF has no text layer (it is probably a scan or a picture of the pages), so there is nothing to annotate: paste the text instead.',
    );
    const whole = fs.readFileSync(path.join(FIXTURES, 'hello_world_rotated.pdf'));
    expect((await refusal(file('cut.pdf', whole.subarray(0, 200)))).message).toMatch(/damaged|no text layer/);
    expect((await refusal(file('fake.pdf', Buffer.from('not a pdf at all')))).message).toMatch(/not a PDF/);
  });
});

describe('proposal import: text, Markdown, HTML and paste', () => {
  it('reads Markdown headings, lists and tables; raw HTML in it stays text', async () => {
    const md =
      '# Proposal\n\nWe **reduce** churn.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n';
    const { kept, preview } = await read('p.md', Buffer.from(md));
    expect(preview.outline).toEqual(['Proposal']);
    expect(types(kept.document)).toEqual(expect.arrayContaining(['bulletList', 'table']));
    expect(kept.plainText).toContain('<script>alert(1)</script>');
  });

  it('sanitises HTML: scripts, handlers, frames and remote images are gone, and the preview says so', async () => {
    const html =
      '<h1 onclick="steal()">Offer</h1><script>document.title="pwned"</script><p>Dear <b>customer</b><img src="https://evil.example/x.png" onerror="alert(1)"></p><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">click</a>';
    const { kept, preview } = await read('offer.html', Buffer.from(html));
    const json = JSON.stringify(kept.document);
    expect(json).not.toMatch(/script|onclick|onerror|evil|javascript|pwned|iframe|img/i);
    expect(kept.plainText).toBe('Offer\nDear customer\nclick');
    expect(preview.warnings).toEqual([
      '1 script was removed.',
      '2 event handlers were removed.',
      '1 embedded frame or object was removed.',
      '1 picture was left out (1 from the internet, never loaded): open the original file to see it.',
    ]);
  });

  it('reads plain text and pasted text as paragraphs, line breaks kept', async () => {
    const { kept } = await read(
      'p.txt',
      Buffer.from('\ufeffFirst line\nsame paragraph\n\nSecond paragraph\n'),
    );
    expect(kept.plainText).toBe('First line\nsame paragraph\nSecond paragraph');
    const pasted = await prepareProposal({ text: 'Pasted proposal' });
    expect(pasted.preview).toMatchObject({ format: 'paste', sha256: null, fileName: null });
    expect(pasted.kept.original).toBeNull();
    expect((await refusal({ text: '   ' })).message).toBe('Paste the proposal’s text first.');
  });

  it('refuses a PDF or zip named as text', async () => {
    expect((await refusal(file('p.txt', Buffer.from('%PDF-1.4 ...')))).message).toMatch(
      /named \.txt but is a PDF/,
    );
  });
});
