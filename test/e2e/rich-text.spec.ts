import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { freshDbFile, type RunningServer, startServer } from './server';

/** What an older version or an import left behind: a link mark and an image the editor does not enable. */
const STORED = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'KEEP-ME: before the review, ' },
        {
          type: 'text',
          text: 'see this deck',
          marks: [{ type: 'link', attrs: { href: 'https://example.com' } }],
        },
      ],
    },
    { type: 'image', attrs: { src: 'https://example.com/slide.png' } },
  ],
};
const NOTE_ID = 'planted-note';
const TITLE = 'Imported deal review';

function storedDoc(dbFile: string): unknown {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare('SELECT doc FROM notes WHERE id = ?').get(NOTE_ID) as { doc: string };
    return JSON.parse(row.doc);
  } finally {
    db.close();
  }
}

let server: RunningServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  // Seed, stop, plant the note straight into the file, start again: the core would refuse it at the door.
  const dbFile = freshDbFile();
  await (await startServer(dbFile, ['--demo'])).stop();
  const db = new Database(dbFile);
  const rep = db.prepare("SELECT id FROM people WHERE name = 'Sophie Laurent'").get() as { id: string };
  db.prepare(
    `INSERT INTO notes (id, rep_id, title, doc, text, created_at, updated_at, revision)
     VALUES (?, ?, ?, ?, ?, '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', 1)`,
  ).run(NOTE_ID, rep.id, TITLE, JSON.stringify(STORED), 'KEEP-ME: before the review, see this deck');
  db.close();
  server = await startServer(dbFile);
});
test.afterAll(async () => {
  await server?.stop();
});

async function openPlantedNote(page: Page) {
  await page.goto(server.openUrl);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
  await page
    .getByRole('table', { name: 'Team members' })
    .getByRole('link', { name: 'Sophie Laurent', exact: true })
    .click();
  await page
    .getByRole('navigation', { name: 'About Sophie Laurent' })
    .getByRole('link', { name: 'Notes' })
    .click();
  await page.getByRole('link', { name: TITLE }).click();
}

test('a note the editor cannot load is shown read-only, and typing never saves over it', async ({ page }) => {
  await openPlantedNote(page);
  await expect(page.getByRole('alert')).toContainText('This note has content Coachbench cannot edit');
  await expect(page.getByRole('alert')).toContainText('"link" is not allowed here');
  const text = page.getByRole('textbox', { name: 'Note about Sophie Laurent' });
  await expect(text).toHaveValue('KEEP-ME: before the review, see this deck');
  await text.click();
  await page.keyboard.type('new line');
  await page.keyboard.press('Enter');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note about Sophie Laurent' })).toHaveValue(
    'KEEP-ME: before the review, see this deck',
  );
  expect(storedDoc(server.dbFile)).toEqual(STORED);
});

test('"Repair (keep text)" saves the words without what the editor cannot hold, and the note opens again', async ({
  page,
}) => {
  await openPlantedNote(page);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/notes.save'));
  await page.getByRole('button', { name: 'Repair (keep text)' }).click();
  expect((await saved).ok()).toBe(true);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Note about Sophie Laurent' })).toHaveText(
    'KEEP-ME: before the review, see this deck',
  );
  expect(JSON.stringify(storedDoc(server.dbFile))).not.toMatch(/"link"|"image"/);
});
