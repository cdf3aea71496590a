import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract';
import { checkQueryOutputsFromEnv, type Core, createCore } from '../core/core';
import { defaultDatabaseFile, defaultDemoDatabaseFile } from '../core/data-dir';
import { isEmptyForDemo, seedDemo } from '../core/demo';
import { startBridge } from './server';

const USAGE = `Usage: npm run serve -- [--db PATH] [--port N] [--demo]

  --db PATH   database file (default: ${defaultDatabaseFile()})
  --port N    port on 127.0.0.1 (default: a free port)
  --demo      open the demo database beside yours (${defaultDemoDatabaseFile()}),
              filled with a demo team on first use; with --db, fill that new, empty file instead`;

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
  const demo = args.values.demo;
  const dbFile = path.resolve(args.values.db ?? (demo ? defaultDemoDatabaseFile() : defaultDatabaseFile()));
  // The demo is never written into the user's own database, not even while it is still empty: a first
  // `--demo` there would mix a made-up team into the file they go on to use for real.
  if (demo && dbFile === path.resolve(defaultDatabaseFile()))
    fail(
      `--demo never writes into your own database (${dbFile}). Leave out --db to open the demo database beside it.`,
    );
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
      checkQueryOutputs: checkQueryOutputsFromEnv(),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  // The demo file beside the user's is seeded once and reused afterwards; a file named with --db is
  // only ever seeded while empty (seedDemo refuses one that already has data, and changes nothing).
  const reuseDemo = demo && args.values.db === undefined && !isEmptyForDemo(core);
  if (demo && !reuseDemo) {
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
  console.log(`  Data: ${core.database.file}${demo ? ' (demo)' : ''}`);
  console.log(`  Open: ${bridge.openUrl}`);
  console.log('Serving on 127.0.0.1 only. Press Ctrl+C to stop.');
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
