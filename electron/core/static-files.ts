import fs from 'node:fs';
import path from 'node:path';

/** Content types of the files the renderer build contains; anything else is served as bytes. */
export const STATIC_MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type StaticFileLookup =
  | { ok: true; file: string; relative: string; contentType: string }
  | { ok: false; status: 400 | 404; message: string };

const NOT_FOUND: StaticFileLookup = { ok: false, status: 404, message: 'Not found' };

/**
 * Maps a URL path (still percent-encoded, as it arrives) to a file under `root`, for both the desktop
 * shell's app:// protocol and the HTTP bridge. A bad percent-encoding is the caller's mistake (400), and
 * nothing outside `root` is ever named: `..`, encoded backslashes, NUL bytes and drive or UNC paths all
 * come back as 404 rather than as a path.
 */
export function resolveStaticFile(root: string, pathname: string): StaticFileLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, message: 'That address is not a valid URL (a broken %-escape).' };
  }
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  if (relative.includes('\0') || path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return NOT_FOUND;
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return NOT_FOUND;
  let isFile = false;
  try {
    isFile = fs.statSync(file).isFile();
  } catch {
    return NOT_FOUND;
  }
  if (!isFile) return NOT_FOUND;
  return {
    ok: true,
    file,
    relative,
    contentType: STATIC_MIME[path.extname(file)] ?? 'application/octet-stream',
  };
}
