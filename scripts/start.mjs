// npm start: the Coachbench desktop window. Fetches Electron's binary on first run (package.json declines
// electron's own download at install time so that `npm install` also succeeds offline), builds
// better-sqlite3 for Electron's ABI, builds the app, and launches it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function giveUp(reason) {
  console.error(`\nCoachbench's desktop window cannot start here: ${reason}`);
  console.error('The same app runs in your browser instead:  npm run serve');
  console.error('(Your node_modules are unchanged.)');
  process.exit(1);
}

let binary = electronBinary();
if (!binary) {
  console.log('Fetching the Electron runtime (first start only)…');
  const fetched = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  binary = electronBinary();
  if (fetched.status !== 0 || !binary) {
    const cause = (fetched.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? 'no details';
    giveUp(`the Electron runtime could not be downloaded (${cause.trim()}).`);
  }
}

try {
  ensureElectronNative();
} catch (error) {
  giveUp(error.message);
}

await buildAll({ quiet: true });
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
