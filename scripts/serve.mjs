// npm run serve: build if needed, then run the same core behind the local HTTP bridge (127.0.0.1 only).
// `npm start` runs this too when the desktop window cannot open.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs build/server.cjs with `args` until it stops, and resolves with the exit code to use. `onLink` gets
 * the link the server prints. Ctrl+C reaches the server (the terminal signals the whole process group; a
 * signal sent to this process alone is passed on), which closes the database and exits 0.
 */
export async function serveInBrowser(args, { onLink } = {}) {
  let child = null;
  let stopAsked = false;
  const signals = ['SIGINT', 'SIGTERM'];
  const forward = (signal) => {
    stopAsked = true;
    // Stopped while building: nothing is running yet, and a half-written build is redone next time.
    if (child === null) process.exit(0);
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  await buildIfStale();
  child = spawn(process.execPath, [path.join(root, 'build', 'server.cjs'), ...args], {
    stdio: ['ignore', onLink ? 'pipe' : 'inherit', 'inherit'],
  });
  if (onLink) {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (printed === null) return;
      printed += chunk.toString();
      const link = /Open: (\S+)\r?\n/.exec(printed);
      if (link) {
        printed = null;
        onLink(link[1]);
      }
    });
  }
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      for (const name of signals) process.off(name, forward);
      // Killed by the signal the user sent before it could close the database (it was still opening it or
      // writing the demo): SQLite rolls the unfinished transaction back, so that too is a clean stop.
      resolve(code ?? (stopAsked ? 0 : 1));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await serveInBrowser(process.argv.slice(2));
}
