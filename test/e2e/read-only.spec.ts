import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { databaseFrom, startServer } from './server';

test('a database the user cannot write opens with a banner saying why nothing can be saved', async ({
  page,
}) => {
  const dbFile = databaseFrom('new');
  fs.chmodSync(dbFile, 0o444);
  fs.chmodSync(path.dirname(dbFile), 0o555);
  // Root writes whatever the permissions say, so the server runs as `nobody` when we are root.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
  const server = await startServer(dbFile, [], asNobody);
  try {
    await page.goto(server.openUrl);
    const banner = page.getByRole('alert').filter({ hasText: 'Read-only' });
    await expect(banner).toContainText('Read-only: changes cannot be saved.');
    await expect(banner).toContainText(`The database file ${dbFile} is read-only.`);
    // Reading still works: the first screen, This week, opens and gathers the (empty) team's week.
    await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  } finally {
    await page.goto('about:blank');
    await server.stop();
  }
});
