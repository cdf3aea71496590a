import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_TMP_ENV, startServer, TEMPLATES_ENV, type Template } from './server';

const TEMPLATE_ARGS: Record<Template, string[]> = { new: [], demo: ['--demo'] };

/**
 * One build of the renderer and server bundle before any browser test, then one database per template,
 * written by the app itself (a first start, and a first start with --demo). Every test copies the one it
 * needs, so no test pays for migrating or seeding, and none sees another's writes.
 */
export default async function globalSetup(): Promise<() => void> {
  // @ts-expect-error: a plain ES module script without type declarations.
  const { buildAll } = (await import('../../scripts/build.mjs')) as {
    buildAll(o: { quiet: boolean }): Promise<void>;
  };
  await buildAll({ quiet: true });
  // The run's temporary folders (templates, each test's database) live in one, removed when the run ends.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-e2e-run-'));
  // Traversable by others: the read-only test runs its server as the unprivileged user `nobody`.
  fs.chmodSync(root, 0o755);
  process.env[E2E_TMP_ENV] = root;
  const folder = fs.mkdtempSync(path.join(root, 'templates-'));
  for (const [template, args] of Object.entries(TEMPLATE_ARGS)) {
    // Seeding the demo takes seconds, more on a loaded machine: this start may take its time.
    const server = await startServer(path.join(folder, `${template}.db`), args, undefined, 180_000);
    // The demo's search index fills a batch at a time after seeding: let it finish, so a copy opened by a
    // test has nothing left to write at start-up.
    for (;;) {
      const answer = await server.call<{ indexing: number }>('search.query', { text: 'a' });
      if (answer.indexing === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await server.stop();
    for (const leftover of ['-wal', '-shm']) {
      if (fs.existsSync(path.join(folder, `${template}.db${leftover}`)))
        throw new Error(`The ${template} template was not closed cleanly (${leftover} left beside it)`);
    }
  }
  process.env[TEMPLATES_ENV] = folder;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
