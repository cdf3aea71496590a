import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Coachbench';
export const DATABASE_FILE_NAME = 'coachbench.db';
/** The demo team's database: beside the user's own, so `--demo` never writes into theirs. */
export const DEMO_DATABASE_FILE_NAME = 'coachbench-demo.db';

/**
 * The per-user folder Electron calls `userData` for an app named Coachbench, computed without Electron
 * so that `npm run serve` opens the same database as the desktop app.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function defaultDatabaseFile(): string {
  return path.join(defaultDataDir(), DATABASE_FILE_NAME);
}

export function defaultDemoDatabaseFile(): string {
  return path.join(defaultDataDir(), DEMO_DATABASE_FILE_NAME);
}
