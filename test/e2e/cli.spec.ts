import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { databaseFrom, e2eTempRoot, freshDbFile, startServer } from './server';

const server = path.resolve(__dirname, '../../build/server.cjs');

function serve(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [server, ...args], { encoding: 'utf8', timeout: 15_000, env });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test.describe('npm run serve', () => {
  test('refuses to write demo data into a database that already has data', async () => {
    const dbFile = databaseFrom('demo');
    const before = fs.readFileSync(dbFile);
    const again = serve(['--db', dbFile, '--demo']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('This database already has data');
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  test('a start that fails stops the server it started', async () => {
    // No server prints its address within a millisecond: this start fails, and must leave nothing running.
    const failed = await startServer(databaseFrom('new'), [], undefined, 1).then(
      () => {
        throw new Error('the server started within 1 ms');
      },
      (error: Error & { pid?: number }) => error,
    );
    expect(failed.message).toMatch(/^server did not start within 1 ms and was stopped/);
    expect(failed.pid).toBeGreaterThan(0);
    expect(() => process.kill(failed.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  test('never writes the demo into your own database, not even while it is empty', () => {
    const configHome = fs.mkdtempSync(path.join(e2eTempRoot(), 'coachbench-e2e-'));
    const ownDatabase = path.join(configHome, 'Coachbench', 'coachbench.db');
    const result = serve(['--db', ownDatabase, '--demo'], { ...process.env, XDG_CONFIG_HOME: configHome });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`--demo never writes into your own database (${ownDatabase})`);
    expect(fs.existsSync(ownDatabase)).toBe(false);
  });

  test('says what is wrong with its arguments', () => {
    expect(serve(['--port', 'eighty'])).toMatchObject({
      code: 1,
      output: expect.stringContaining('--port must be a whole number'),
    });
    expect(serve(['--colour'])).toMatchObject({
      code: 1,
      output: expect.stringContaining("Unknown option '--colour'"),
    });
  });

  test('refuses a file that is not a Coachbench database and leaves it alone', () => {
    const file = path.join(path.dirname(freshDbFile()), 'pipeline.csv');
    fs.writeFileSync(file, 'account,stage,value\nAcme,Proposal,120000\n'.repeat(100));
    const before = fs.readFileSync(file);
    const result = serve(['--db', file]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('is not a Coachbench database');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
