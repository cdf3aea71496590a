import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { databaseFrom, type RunningServer, startServer } from './server';

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
/** Shared one-to-one notes nested 2,046 deep: past any recursive renderer's stack. */
function deepDoc(depth: number) {
  let node: Record<string, unknown> = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'DEEP-SHARED-TEXT' }],
  };
  for (let i = 0; i < depth; i += 1) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}
let meetingId = '';
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
  // A rep and a one-to-one written through the API; then, with the server stopped, the note planted
  // straight into the file (the core would refuse it at the door); then the server started again.
  const dbFile = databaseFrom('new');
  const arrange = await startServer(dbFile);
  const marcus = await arrange.call<{ id: string }>('people.create', {
    name: 'Marcus Webb',
    kind: 'manager',
  });
  await arrange.call('workspace.claim', { personId: marcus.id });
  const rep = await arrange.call<{ id: string }>('people.create', {
    name: 'Sophie Laurent',
    managerId: marcus.id,
  });
  meetingId = (await arrange.call<{ id: string }>('oneOnOnes.create', { repId: rep.id, date: '2026-02-23' }))
    .id;
  await arrange.stop();
  const db = new Database(dbFile);
  // Marcus writes it: a private note is its author's alone.
  db.prepare(
    `INSERT INTO notes (id, rep_id, author_id, title, doc, text, created_at, updated_at, revision)
     VALUES (?, ?, ?, ?, ?, ?, '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', 1)`,
  ).run(
    NOTE_ID,
    rep.id,
    marcus.id,
    TITLE,
    JSON.stringify(STORED),
    'KEEP-ME: before the review, see this deck',
  );
  db.prepare(
    `INSERT INTO one_on_one_notes (one_on_one_id, part, doc, text, revision, updated_at)
     VALUES (?, 'shared', ?, 'DEEP-SHARED-TEXT', 1, '2026-03-01T09:00:00.000Z')
     ON CONFLICT (one_on_one_id, part) DO UPDATE SET doc = excluded.doc, text = excluded.text`,
  ).run(meetingId, JSON.stringify(deepDoc(2_046)));
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

/** The app routes by the URL fragment, as its own links do. */
async function navigate(page: Page, path: string) {
  await page.evaluate((to) => {
    location.hash = to;
  }, path);
}

test('one-to-one notes nested too deep open read-only, and the print view still shows them', async ({
  page,
}) => {
  await page.goto(server.openUrl);
  await navigate(page, `/one-to-ones/${meetingId}`);
  const shared = page.getByRole('region', { name: /^Shared notes/ });
  await expect(shared.getByRole('alert')).toContainText('nested more than 64 levels deep');
  await expect(shared.getByRole('textbox', { name: 'Shared notes' })).toHaveValue('DEEP-SHARED-TEXT');
  await navigate(page, `/one-to-ones/${meetingId}/print`);
  await expect(page.getByRole('article')).toContainText('DEEP-SHARED-TEXT');
});
