import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

const root = path.resolve(__dirname, '../..');

/** Set by global-setup.ts: the folder holding one prepared database per Template. */
export const TEMPLATES_ENV = 'COACHBENCH_E2E_TEMPLATES';

/**
 * The databases a test may start from, each prepared once per run by the app itself (global-setup.ts):
 * `new` is what a first start writes (migrated, with the default library); `demo` holds the demo team.
 */
export type Template = 'new' | 'demo';

/** How long a server may take to print its address before the start counts as failed (a loaded machine is slow). */
const START_TIMEOUT_MS = 30_000;

export interface RunningServer {
  /** The link `npm run serve` prints, with the token in its fragment. */
  openUrl: string;
  baseUrl: string;
  dbFile: string;
  /** The server's process id. */
  pid: number;
  output: () => string;
  /** Calls the API as the page does (the arrange step of a test: what it needs before the user acts). */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Writing the demo (a year of history through the core's checks) takes seconds, and many more on a
 * machine shared by several test runs: waiting for it is not a performance assertion.
 */
function defaultStartTimeout(extraArgs: string[]): number {
  return extraArgs.includes('--demo') ? 90_000 : START_TIMEOUT_MS;
}

/**
 * Starts build/server.cjs exactly as `npm run serve` does, and waits for its "Open:" line; `asUser` runs
 * it as another user (tests run as root, whom file permissions do not stop).
 */
export function startServer(
  dbFile: string,
  extraArgs: string[] = [],
  asUser?: { uid: number; gid: number },
  timeoutMs = defaultStartTimeout(extraArgs),
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'build', 'server.cjs'), '--db', dbFile, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // End-to-end tests check every answer against the contract, as the unit and integration tests do.
      env: { ...process.env, COACHBENCH_CHECK_OUTPUTS: '1' },
      ...asUser,
    },
  );
  let output = '';
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    // A start that fails takes its server down with it, and is reported once the process is gone: no
    // server is left holding the database or a port for the next test to trip over.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(output);
      if (match && !timedOut) {
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        resolve({
          openUrl: `${match[1]}#token=${match[2]}`,
          baseUrl: match[1]!,
          dbFile,
          pid: child.pid!,
          output: () => output,
          call: async <T>(method: string, input: unknown) => {
            const response = await fetch(`${match[1]}api/${method}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${match[2]}` },
              body: JSON.stringify(input),
            });
            const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
            if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
            return result.value as T;
          },
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (exited()) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      const why = timedOut
        ? `did not start within ${timeoutMs} ms and was stopped`
        : `exited with ${code ?? signal}`;
      reject(Object.assign(new Error(`server ${why}:\n${output}`), { pid: child.pid }));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** A path in a new temporary folder where no database exists yet: what a first start meets. */
export function freshDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(e2eTempRoot(), 'coachbench-e2e-')), 'coachbench.db');
}

/** Set by the global setup: the run's one temporary folder, removed when the run ends. */
export const E2E_TMP_ENV = 'COACHBENCH_E2E_TMP';

export function e2eTempRoot(): string {
  return process.env[E2E_TMP_ENV] ?? os.tmpdir();
}

/** A new database file for one test: a copy of a prepared template, shared with no other test. */
export function databaseFrom(template: Template): string {
  const folder = process.env[TEMPLATES_ENV];
  if (!folder) throw new Error(`${TEMPLATES_ENV} is not set: run the tests with playwright.config.ts`);
  const file = freshDbFile();
  // The template was closed cleanly (its WAL folded in), so the one file is the whole database.
  fs.copyFileSync(path.join(folder, `${template}.db`), file);
  return file;
}

/**
 * One server for a whole `describe` in serial mode, on its own copy of `template`: for a user journey told
 * in steps, where each test continues from the one before. Prefer useFreshServer, which keeps tests apart.
 */
export function useSharedServer(template: Template = 'new'): { current(): RunningServer } {
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    server = await startServer(databaseFrom(template));
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return {
    current() {
      if (!server) throw new Error('server not started');
      return server;
    },
  };
}

/**
 * A server for each test, on its own copy of `template`: started before the test, stopped after it, so
 * no test sees what another wrote.
 */
export function useFreshServer(template: Template = 'new'): { current(): RunningServer } {
  let server: RunningServer | undefined;
  test.beforeEach(async () => {
    server = await startServer(databaseFrom(template));
  });
  test.afterEach(async ({ page }) => {
    // The page leaves first: requests it still has in flight, and its live-update stream, would meet a
    // stopped server and be logged as page errors, failing a test that passed.
    await page.goto('about:blank');
    await server?.stop();
    server = undefined;
  });
  return {
    current() {
      if (!server) throw new Error('server not started');
      return server;
    },
  };
}
