// What `npm start` does on this machine: the desktop window, or the same app in browser mode with one line
// saying why. Every fact about the machine (platform, environment, files, the download, the native build)
// comes in through `machine`, so the unit test can fake each case; scripts/start.mjs supplies the real ones.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Electron's download has no timeout of its own: on a network that swallows packets it waits for ever.
 * Five minutes is enough for its ~100 MB on a slow line.
 */
export const ELECTRON_FETCH_TIMEOUT_MS = 5 * 60_000;

/** What went wrong with electron's install.js, in a few words, from its spawnSync result. */
export function fetchFailureDetail(result) {
  if (result.error?.code === 'ETIMEDOUT')
    return `no answer within ${ELECTRON_FETCH_TIMEOUT_MS / 60_000} minutes`;
  const firstLine = (result.stderr ?? '').split('\n').find((line) => line.trim() !== '');
  return firstLine?.trim() ?? result.error?.message ?? `it exited with ${result.status}`;
}

/** The Electron runtime that electron's install.js put in `electronDir`, or null when it is not there. */
export function installedElectronBinary(electronDir) {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Whether a window can be shown. Linux (and the BSDs) need an X11 or Wayland display named in the environment. */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The full path of `name` on the PATH, or null. `isFile` is fs.existsSync-like. */
export function findOnPath(name, { platform, env, isFile }) {
  const separator = platform === 'win32' ? ';' : ':';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(separator)) {
    if (dir === '') continue;
    for (const extension of extensions) {
      const candidate = join(dir, `${name}${extension.toLowerCase()}`);
      if (isFile(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * The command that opens a link in the user's browser, or null when none should be tried: no display, no
 * opener on the PATH, or COACHBENCH_NO_BROWSER set (tests, remote shells). `verbatim` marks Windows' `start`,
 * a cmd built-in whose empty title argument must reach cmd unquoted.
 */
export function browserOpener({ platform, env, isFile }) {
  if (env.COACHBENCH_NO_BROWSER) return null;
  if (!hasDisplay(platform, env)) return null;
  if (platform === 'win32') {
    return { command: env.ComSpec ?? 'cmd.exe', args: ['/d', '/s', '/c', 'start', '""'], verbatim: true };
  }
  const name = platform === 'darwin' ? 'open' : 'xdg-open';
  const command = findOnPath(name, { platform, env, isFile });
  return command === null ? null : { command, args: [], verbatim: false };
}

const browser = (reason) => ({ mode: 'browser', reason });

/**
 * Decides how `npm start` runs. `args` are the options after `npm start --`; `machine` is
 * { platform, env, electronBinary(): string|null, fetchElectron(): {detail}, prepareNative(): void (throws
 * with a message a user can act on), log(message) }. Returns { mode: 'desktop', binary } or
 * { mode: 'browser', reason } where reason completes "the desktop window cannot open: …".
 */
export function decideStart(args, machine) {
  const { platform, env } = machine;
  if (args.includes('--demo')) return browser('it does not open the demo database yet');
  const options = args.filter((arg) => arg.startsWith('--'));
  if (options.length > 0) return browser(`it takes no options (${options.join(' ')}); browser mode does`);
  // Checked before any download: without a display the runtime could not show its window anyway.
  if (!hasDisplay(platform, env))
    return browser('there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)');

  let binary = machine.electronBinary();
  if (binary === null) {
    if (env.ELECTRON_SKIP_BINARY_DOWNLOAD)
      return browser(
        'the Electron runtime is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD forbids fetching it',
      );
    machine.log('Fetching the Electron runtime (first start only)…');
    const fetched = machine.fetchElectron();
    binary = machine.electronBinary();
    if (binary === null) return browser(`the Electron runtime could not be downloaded (${fetched.detail})`);
  }
  try {
    machine.prepareNative();
  } catch (error) {
    const message = error.message.replace(/\.$/, '');
    return browser(message.charAt(0).toLowerCase() + message.slice(1));
  }
  return { mode: 'desktop', binary };
}
