import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract';
import { type Core, createCore } from '../core/core';
import { defaultDatabaseFile } from '../core/data-dir';
import { seedDemo } from '../core/demo';
import { startBridge } from './server';

const USAGE = `Usage: npm run serve -- [--db PATH] [--port N] [--demo]

  --db PATH   database file (default: ${defaultDatabaseFile()})
  --port N    port on 127.0.0.1 (default: a free port)
  --demo      fill a new, empty database with a demo team`;

function fail(message: string): never {
  console.error(`coachbench: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  }
  try {
    args = parse();
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  const port = args.values.port === undefined ? 0 : Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, not "${args.values.port}".`);

  // The bundle lives in build/; the app's root is one folder up.
  const root = path.resolve(__dirname, '..');
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const dbFile = path.resolve(args.values.db ?? defaultDatabaseFile());
  const staticDir = path.join(root, 'build', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    fail(`The renderer is not built (${staticDir}). Run npm run build.`);

  let core: Core;
  try {
    core = createCore({
      dbFile,
      migrationsFolder: path.join(root, 'db', 'migrations'),
      transport: 'http',
      appVersion: version,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.values.demo) {
    try {
      const written = seedDemo(core);
      console.log(
        `Demo team written, with ${written.observations} observations, ${written.notes} coaching notes, ${written.oneOnOnes} one-to-ones, ${written.commitments} commitments and ${written.calls} call reviews (${written.annotations} annotations, ${written.scorecards} scorecards).`,
      );
    } catch (error) {
      core.close();
      fail(
        error instanceof AppError
          ? error.message
          : `Could not write demo data (nothing was written): ${(error as Error).message}`,
      );
    }
  }
  const bridge = await startBridge({ core, staticDir, port });
  // Install the handlers before printing the link: whoever reads it may stop us at once, and a clean
  // stop checkpoints the WAL into the database file.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    bridge.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Coachbench ${version} (browser mode)`);
  console.log(`  Data: ${core.database.file}`);
  console.log(`  Open: ${bridge.openUrl}`);
  console.log('Serving on 127.0.0.1 only. Press Ctrl+C to stop.');
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
