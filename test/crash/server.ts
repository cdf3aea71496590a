// The server the crash test kills: the real core and the real HTTP bridge (electron/http/server.ts), opened
// as `npm run serve` opens them (electron/http/cli.ts), without the built renderer. scripts/crash-test.mjs
// bundles this file with esbuild, starts it, writes through its API and kills it with SIGKILL.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/core';
import { startBridge } from '../../electron/http/server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, migrations: { type: 'string' }, static: { type: 'string' } },
  });
  if (!values.db || !values.migrations || !values.static) {
    throw new Error('Usage: server.cjs --db FILE --migrations FOLDER --static FOLDER');
  }
  fs.mkdirSync(values.static, { recursive: true });
  fs.writeFileSync(
    path.join(values.static, 'index.html'),
    '<!doctype html><title>Coachbench crash test</title>',
  );
  const core = createCore({
    dbFile: values.db,
    migrationsFolder: values.migrations,
    transport: 'http',
    appVersion: '0.0.0-crash',
    dailyBackup: false,
  });
  const bridge = await startBridge({ core, staticDir: values.static, port: 0 });
  console.log(`Open: ${bridge.openUrl}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
