import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

const root = path.resolve(__dirname, '../..');

export interface RunningServer {
  /** The link `npm run serve` prints, with the token in its fragment. */
  openUrl: string;
  baseUrl: string;
  dbFile: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Writing the demo (a year of history through the core's checks) takes seconds, and many more on a
 * machine shared by several test runs: waiting for it is not a performance assertion.
 */
function defaultStartTimeout(extraArgs: string[]): number {
  return extraArgs.includes('--demo') ? 90_000 : 15_000;
}

/**
 * Starts build/server.cjs exactly as `npm run serve` does, and waits for its "Open:" line; `asUser` runs
 * it as another user (tests run as root, whom file permissions do not stop).
 */
export function startServer(
  dbFile: string,
  extraArgs: string[] = [],
  asUser?: { uid: number; gid: number },
  /** How long to wait for its "Open:" line: writing the demo takes longer on a busy machine. */
  startTimeoutMs = defaultStartTimeout(extraArgs),
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'build', 'server.cjs'), '--db', dbFile, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...asUser,
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          openUrl: `${match[1]}#token=${match[2]}`,
          baseUrl: match[1]!,
          dbFile,
          output: () => output,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export function freshDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-e2e-')), 'coachbench.db');
}

/** A fresh database and server for this test file: started before its first test, stopped after its last. */
export function useFreshServer(
  extraArgs: string[] = [],
  startTimeoutMs?: number,
): { current(): RunningServer } {
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    const timeout = startTimeoutMs ?? defaultStartTimeout(extraArgs);
    test.setTimeout(timeout + 15_000);
    server = await startServer(freshDbFile(), extraArgs, undefined, timeout);
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
