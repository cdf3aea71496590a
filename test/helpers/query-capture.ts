import Database from 'better-sqlite3';

/** A statement the code ran: its SQL, the values bound to it, and the repository function that ran it. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
  /** `listObservations (observations.ts)`, or the first frame outside better-sqlite3 and drizzle. */
  caller: string;
}

const METHODS = ['all', 'get', 'run', 'iterate'] as const;

function callerOf(stack: string): string {
  const frames = stack.split('\n').slice(1);
  const inRepository = frames
    .map((frame) => /at (?:(\S+) \()?.*?[\\/]db[\\/]repositories[\\/]([\w-]+\.ts)/.exec(frame))
    .find((match) => match !== null);
  if (inRepository) return `${inRepository[1] ?? '<anonymous>'} (${inRepository[2]})`;
  const outside = frames.find((frame) => !/node_modules|query-capture/.test(frame));
  return outside?.trim().replace(/^at /, '') ?? 'unknown';
}

/**
 * Records every statement run on any better-sqlite3 connection while `capturing` is on, whoever
 * prepared it (drizzle, a repository's own prepared statement, one prepared once and kept): it wraps
 * the Statement methods that run SQL, so a query cannot slip past by being prepared some other way.
 */
export function captureStatements() {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  probe.close();
  const originals = Object.fromEntries(METHODS.map((m) => [m, prototype[m]!]));
  const captured: CapturedStatement[] = [];
  let capturing = false;
  for (const method of METHODS) {
    prototype[method] = function (this: { source: string }, ...args: unknown[]) {
      if (capturing)
        captured.push({ sql: this.source, params: args, caller: callerOf(new Error().stack ?? '') });
      return originals[method]!.apply(this, args);
    };
  }
  return {
    captured,
    /** Runs `work` with recording on. */
    async during<T>(work: () => Promise<T> | T): Promise<T> {
      capturing = true;
      try {
        return await work();
      } finally {
        capturing = false;
      }
    },
    restore() {
      for (const method of METHODS) prototype[method] = originals[method]!;
    },
  };
}
