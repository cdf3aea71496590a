// npm run dist: installers for this platform, with the Electron-ABI better-sqlite3 beside the app.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureElectronNative();
await buildAll();
const result = spawnSync(
  path.join(root, 'node_modules', '.bin', 'electron-builder'),
  ['--config', 'electron-builder.yml'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
