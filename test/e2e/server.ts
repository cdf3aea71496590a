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
 * Starts build/server.cjs exactly as `npm run serve` does, and waits for its "Open:" line; `asUser` runs
 * it as another user (tests run as root, whom file permissions do not stop).
 */
export function startServer(
  dbFile: string,
  extraArgs: string[] = [],
  asUser?: { uid: number; gid: number },
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
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
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
export function useFreshServer(extraArgs: string[] = []): { current(): RunningServer } {
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    server = await startServer(freshDbFile(), extraArgs);
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
