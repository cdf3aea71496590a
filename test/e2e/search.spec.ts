import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

/** What is written in the demo, found from the keyboard: the palette, then the Search screen. */
test.describe('search', () => {
  const server = useFreshServer('demo');

  async function shoot(page: Page, name: string) {
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 1000 });
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: false });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  test('Ctrl+K finds a deal named in one-to-ones, and the Search screen opens each result', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(server.current().openUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('brenn');
    // A talking point of a one-to-one, found by the start of a word, the word marked.
    const talkingPoint = palette.getByRole('option').filter({ hasText: 'Talking points' }).first();
    await expect(talkingPoint).toBeVisible();
    await expect(talkingPoint.locator('mark').first()).toHaveText(/^Brenner/);
    await shoot(page, 'search-palette');
    await palette.getByRole('option', { name: /Search everything for “brenn”/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    const query = page.getByRole('searchbox', { name: 'Search for' });
    await expect(query).toHaveValue('brenn');
    await expect(page.getByRole('heading', { level: 2, name: /Talking points/ })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await shoot(page, 'search-results');

    // Narrowed to one kind, then nothing for a word that is nowhere.
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Commitments' });
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: /Commitments/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Everything' });
    await query.fill('zzqxv');
    await expect(page.getByText('Nothing matches “zzqxv”.')).toBeVisible();
    await shoot(page, 'search-empty');

    // A result opens its place: the one-to-one holding the talking point.
    await query.fill('brenner');
    const first = page
      .getByRole('region', { name: /Talking points/ })
      .getByRole('link')
      .first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/one-to-ones\//);
    await expect(page.getByText(/Brenner/).first()).toBeVisible();
  });

  test('a transcript line found opens the call at that line', async ({ page }) => {
    test.setTimeout(120_000);
    const api = server.current();
    // A word spoken in a demo call: the first line of the first call.
    const calls = await api.call<{ id: string }[]>('callReviews.list', {});
    const review = await api.call<{ segments: { text: string }[] }>('callReviews.get', { id: calls[0]!.id });
    const word = review.segments.flatMap((s) => s.text.split(/[^\p{L}]+/u)).find((w) => w.length >= 9)!;
    await page.goto(api.openUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${api.baseUrl}#/search`);
    await page.getByRole('searchbox', { name: 'Search for' }).fill(word);
    const transcripts = page.getByRole('region', { name: /Call transcripts/ });
    await expect(transcripts).toBeVisible();
    await transcripts.getByRole('link').first().click();
    // wouter's hash navigation keeps the query in the page's own search: ?line=…#/calls/…
    await expect(page).toHaveURL(/\?line=\d+#\/calls\//);
    await expect(page.getByText(word).first()).toBeVisible();
  });
});
