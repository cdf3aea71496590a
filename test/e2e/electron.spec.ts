import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(__dirname, '../..');

/** The Electron binary: absent where it cannot be downloaded (our CI), present after a normal install. */
function electronBinary(): string | null {
  try {
    const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
    const relative = fs.readFileSync(pathFile, 'utf8').trim();
    const binary = path.join(root, 'node_modules', 'electron', 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const nativeBinding = path.join(root, '.electron-native', 'better_sqlite3.node');

test.describe('the desktop app', () => {
  test.skip(
    binary === null,
    'Electron binary not installed on this machine (it cannot be downloaded here); run `npm start` once with internet to fetch it.',
  );
  test.skip(!fs.existsSync(nativeBinding), 'No Electron build of better-sqlite3 yet: `npm start` makes it.');

  test('opens the Team screen in a locked-down window', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [root, `--user-data-dir=${userData}`],
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(
      await window.evaluate(
        () => typeof (globalThis as { coachbench?: { call?: unknown } }).coachbench?.call,
      ),
    ).toBe('function');
    await app.close();
  });
});
