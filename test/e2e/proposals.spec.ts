import path from 'node:path';
import type { Page } from '@playwright/test';
import { proposalDocx } from '../helpers/proposal-files';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

const V1 = [
  'We are the leading provider of forecasting software for distributors.',
  'The price is £48,000 a year for three warehouses.',
  'Northwind loses 6% of orders to stock-outs every quarter.',
  'Next steps: we will send the contract.',
];
const V2 = [
  'Northwind loses 6% of orders to stock-outs every quarter, about £1.2m a year.',
  'The price is £48,000 a year for three warehouses.',
  'Decision needed: Dana Lee signs the pilot by 15 March.',
];
const docx = (lines: string[]) =>
  proposalDocx([
    { heading: 1, text: 'Forecasting for Northwind' },
    ...lines.map((paragraph) => ({ paragraph })),
  ]);

/** The proposal review screens as a manager uses them. */
class Proposals {
  constructor(readonly page: Page) {}

  async open(openUrl: string) {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Proposals' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Proposal reviews' })).toBeVisible();
  }

  async importProposal(file: { name: string; mimeType: string; buffer: Buffer }, title: string) {
    await this.page.getByRole('button', { name: 'Import a proposal' }).first().click();
    await this.page.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Tom Fielding' });
    await this.page.getByRole('textbox', { name: 'Proposal title' }).fill(title);
    await this.page.getByRole('textbox', { name: 'Account', exact: true }).fill('Northwind');
    await this.page.getByLabel('Proposal file').setInputFiles(file);
    await expect(this.page.getByRole('heading', { name: new RegExp(file.name) })).toBeVisible();
    await this.page.getByRole('button', { name: 'Create the review' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** Selects exact words of the document, as a mouse drag would, and lets go. */
  async select(words: string) {
    await this.page.evaluate((text) => {
      const article = document.querySelector('article.proposal-document')!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        article.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${text}” is not in the document`);
    }, words);
  }

  margin() {
    return this.page.getByRole('complementary', { name: /Annotations/ });
  }
}

test.describe('proposal reviews', () => {
  const server = useFreshServer('demo');

  test('imports a .docx, annotates it, scores the checklist, imports v2 and shows carried and re-check annotations', async ({
    page,
  }) => {
    const proposals = new Proposals(page);
    await proposals.open(server.current().openUrl);
    await proposals.importProposal(
      { name: 'northwind-v1.docx', mimeType: 'application/octet-stream', buffer: docx(V1) },
      'Northwind forecasting',
    );

    await proposals.select('We are the leading provider of forecasting software');
    const form = page.getByRole('form', { name: 'Annotate the selected passage' });
    await form
      .getByRole('textbox', { name: 'Comment' })
      .fill('Open with their problem, not our credentials.');
    await form.getByRole('button', { name: 'Annotate' }).click();
    await expect(proposals.margin().getByText('Open with their problem, not our credentials.')).toBeVisible();
    await proposals.select('The price is £48,000 a year');
    await form.getByRole('textbox', { name: 'Comment' }).fill('Price before value.');
    await form.getByRole('button', { name: 'Annotate' }).click();
    await expect(proposals.margin().getByRole('heading', { name: 'Annotations (2)' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Rating: What problem are we solving?' }).selectOption('weak');
    await page
      .getByRole('combobox', { name: 'Rating: What decision is required (and by when, by whom)?' })
      .selectOption('missing');
    await page.getByRole('button', { name: 'Save the checklist' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: path.join(shots, `proposal-review-${width}.png`), fullPage: true });
    }

    await page
      .getByLabel('Revised file')
      .setInputFiles({ name: 'northwind-v2.docx', mimeType: 'application/octet-stream', buffer: docx(V2) });
    await page.getByRole('button', { name: /^Add v2/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '1 annotations carried over; 1 need a re-check.' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue(/.+/);
    await expect(proposals.margin().getByRole('heading', { name: 'Annotations (1)' })).toBeVisible();
    await expect(proposals.margin().getByText('Price before value.')).toBeVisible();
    await expect(proposals.margin().getByRole('heading', { name: 'Needs re-check (1)' })).toBeVisible();
    await expect(
      proposals.margin().getByText('“We are the leading provider of forecasting software”'),
    ).toBeVisible();
    // The checklist of v2 shows v1's ratings beside it.
    await expect(page.getByRole('columnheader', { name: 'Before' })).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'proposal-review-v2-1920.png'), fullPage: true });
  });

  test('an HTML proposal full of scripts imports as text, and nothing in it runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const corpus = [
      '<h1>Offer</h1>',
      '<script>window.__xss = 1; alert(1)</script>',
      '<p onmouseover="window.__xss = 2">Dear customer</p>',
      '<img src=x onerror="window.__xss = 3">',
      '<svg onload="window.__xss = 4"><script>window.__xss = 5</script></svg>',
      '<iframe src="javascript:window.__xss = 6"></iframe>',
      '<a href="javascript:window.__xss = 7">click here</a>',
      '<p>&lt;script&gt;window.__xss = 8&lt;/script&gt;</p>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 9"></style></mglyph></table></mtext></math>',
    ].join('\n');
    const proposals = new Proposals(page);
    await proposals.open(server.current().openUrl);
    await proposals.importProposal(
      { name: 'offer.html', mimeType: 'text/html', buffer: Buffer.from(corpus) },
      'Hostile offer',
    );
    const article = page.getByRole('article', { name: /Proposal/ });
    await expect(article.getByText('Dear customer')).toBeVisible();
    await article.getByText('Dear customer').hover();
    // The escaped script is shown as the words it is.
    await expect(article.getByText('<script>window.__xss = 8</script>')).toBeVisible();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(
      await page.locator('article script, article img, article iframe, article svg, article a').count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
