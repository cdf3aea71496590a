import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
// @ts-expect-error: a plain ES module script without type declarations.
import { installedElectronBinary } from '../../scripts/start-decision.mjs';
import { TeamPage } from './pages/team-page';
import { e2eTempRoot } from './server';

const root = path.resolve(__dirname, '../..');

interface Started {
  link: string;
  output: () => string;
  /** Ctrl+C as a terminal sends it: SIGINT to the whole process group. Resolves with the exit code. */
  pressCtrlC(): Promise<number | null>;
}

/**
 * Runs `npm start` (its script, node scripts/start.mjs) as a newcomer would on a machine where Electron
 * cannot be had: a display is named, so start.mjs really tries the download, which fails at once against a
 * closed local port. The data folder is a temporary XDG_CONFIG_HOME, and no browser is ever opened.
 */
function npmStart(configHome: string, args: string[] = []): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: configHome,
    DISPLAY: ':99',
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: path.join(configHome, 'electron-cache'),
    COACHBENCH_NO_BROWSER: '1',
  };
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const link = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)\n/.exec(output);
      if (!link) return;
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => {
        output += more.toString();
      });
      resolve({
        link: link[1]!,
        output: () => output,
        pressCtrlC: () => {
          process.kill(-child.pid!, 'SIGINT');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) =>
      reject(new Error(`npm start exited with ${code} before printing a link:\n${output}`)),
    );
  });
}

test.describe('npm start where the Electron runtime cannot be had', () => {
  test.skip(
    installedElectronBinary(path.join(root, 'node_modules', 'electron')) !== null,
    'the Electron runtime is installed here, so npm start opens the desktop window',
  );
  // A first start may build the app.
  test.setTimeout(120_000);

  test('says in one line why, serves your own database, reaches the Team screen, and stops on Ctrl+C', async ({
    page,
  }) => {
    const configHome = fs.mkdtempSync(path.join(e2eTempRoot(), 'coachbench-start-'));
    const started = await npmStart(configHome);
    const ownDatabase = path.join(configHome, 'Coachbench', 'coachbench.db');
    expect(started.output()).toContain(
      "Coachbench's desktop window cannot open: the Electron runtime could not be downloaded (",
    );
    expect(started.output()).toContain(`Data: ${ownDatabase}\n`);

    const team = new TeamPage(page);
    await team.open(started.link);
    await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible();

    await page.goto('about:blank');
    expect(await started.pressCtrlC()).toBe(0);
    expect(fs.existsSync(ownDatabase)).toBe(true);
  });

  test('--demo opens a demo database beside yours, seeded once and reused', async ({ page }) => {
    const configHome = fs.mkdtempSync(path.join(e2eTempRoot(), 'coachbench-start-'));
    const dataDir = path.join(configHome, 'Coachbench');
    const team = new TeamPage(page);

    const first = await npmStart(configHome, ['--demo']);
    expect(first.output()).toContain('Demo team written');
    expect(first.output()).toContain(`Data: ${path.join(dataDir, 'coachbench-demo.db')} (demo)`);
    await team.open(first.link);
    // The demo opens as Marcus Webb: his own reps are on his Team screen.
    await expect(team.row('Aisha Okafor')).toBeVisible();
    await team.addPerson({ name: 'Nadia Kerr', kind: 'Rep', role: 'Account Executive', team: 'Enterprise' });
    // Leave the page first: its live-update connection would log the stopped server as an error.
    await page.goto('about:blank');
    expect(await first.pressCtrlC()).toBe(0);

    const again = await npmStart(configHome, ['--demo']);
    expect(again.output()).not.toContain('Demo team written');
    await team.open(again.link);
    await expect(team.row('Nadia Kerr')).toBeVisible();
    await page.goto('about:blank');
    expect(await again.pressCtrlC()).toBe(0);
    // The user's own database was never opened, let alone written.
    expect(fs.readdirSync(dataDir).filter((file) => file.startsWith('coachbench.db'))).toEqual([]);
  });
});
