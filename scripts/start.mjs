// npm start: the Coachbench desktop window where Electron's runtime is (or can be fetched, on first start:
// package.json declines electron's own download at install time so that `npm install` also succeeds
// offline); otherwise the same app in browser mode, on the same database. scripts/start-decision.mjs decides
// which; this file only supplies the real machine and carries the decision out.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { serveInBrowser } from './serve.mjs';
import {
  browserOpener,
  decideStart,
  ELECTRON_FETCH_TIMEOUT_MS,
  fetchFailureDetail,
  installedElectronBinary,
} from './start-decision.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const isFile = (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

function fetchElectron() {
  const fetched = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: ELECTRON_FETCH_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  return { detail: fetchFailureDetail(fetched) };
}

function openInBrowser(link) {
  const opener = browserOpener({ platform: process.platform, env: process.env, isFile });
  if (opener === null) return;
  const hint = (why) => console.log(`(Could not open your browser: ${why}. Open the link above yourself.)`);
  const opening = spawn(opener.command, [...opener.args, opener.verbatim ? `"${link}"` : link], {
    stdio: 'ignore',
    detached: true,
    windowsVerbatimArguments: opener.verbatim,
  });
  opening.on('error', (error) => hint(error.message));
  opening.on('exit', (code) => {
    if (code !== 0) hint(`${path.basename(opener.command)} exited with ${code}`);
  });
  opening.unref();
}

const decision = decideStart(args, {
  platform: process.platform,
  env: process.env,
  electronBinary: () => installedElectronBinary(electronDir),
  fetchElectron,
  prepareNative: () => ensureElectronNative(),
  log: (message) => console.log(message),
});

if (decision.mode === 'browser') {
  console.log(
    `Coachbench's desktop window cannot open: ${decision.reason}. Starting it in your browser instead.`,
  );
  process.exitCode = await serveInBrowser(args, { onLink: openInBrowser });
} else {
  await buildIfStale();
  const child = spawn(decision.binary, [root], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
