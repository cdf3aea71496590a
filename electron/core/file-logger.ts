import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './context';

export interface FileLoggerOptions {
  /** The folder for the log files, `logs/` in the data folder. */
  folder: string;
  /** Size at which the log is renamed to `.1` and a new one started. */
  maxBytes?: number;
  /** How many old logs (`.1` … `.keep`) are kept. */
  keep?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'coachbench.log';

// Messages of these errors name SQL, files and program state, never what the user typed; any other
// message may quote it (JSON.parse quotes its input), so only its name, code and stack frames are kept.
const MESSAGES_WITHOUT_USER_TEXT = new Set([
  'SqliteError',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'MigrationError',
  'DatabaseOpenError',
]);

/** An error as one log entry: never its input, so never a note's text. */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return error === undefined ? '' : `(a thrown ${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const head = [error.name, typeof code === 'string' ? code : null].filter(Boolean).join(' ');
  const message = MESSAGES_WITHOUT_USER_TEXT.has(error.name)
    ? `: ${error.message}`
    : ' (message withheld: it may quote your data)';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const cause = error.cause === undefined ? '' : `\n  caused by ${describeForLog(error.cause)}`;
  return [`${head}${message}`, ...frames].join('\n') + cause;
}

/**
 * A log file in the data folder, rotated by size, for the errors a user can send us. It records what
 * failed (method names, error codes, stack frames), never inputs. Logging must never break the app:
 * if the file cannot be written (a full disk, a read-only folder), the entry goes to the console only.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { file: string } {
  const file = path.join(options.folder, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());

  function rotate(): void {
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
  }

  function write(level: 'ERROR' | 'INFO', message: string, error?: unknown): void {
    const detail = error === undefined ? '' : `\n${describeForLog(error)}`;
    const entry = `${now().toISOString()} ${level} ${message}${detail}\n`;
    try {
      fs.mkdirSync(options.folder, { recursive: true });
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(entry) > maxBytes) rotate();
      fs.appendFileSync(file, entry);
    } catch (failure) {
      console.error(`[coachbench] could not write the log file ${file}`, failure);
    }
  }

  return {
    file,
    error(message, error) {
      console.error(`[coachbench] ${message}`, error ?? '');
      write('ERROR', message, error);
    },
    info(message) {
      console.log(`[coachbench] ${message}`);
      write('INFO', message);
    },
  };
}
