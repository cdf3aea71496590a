import type { z } from 'zod';
import { describeStorageError, type StorageProblem } from '../../db/storage-errors';
import {
  type ApiErrorBody,
  type ApiResult,
  AppError,
  type AppEvent,
  contract,
  type FieldIssue,
  isMethodName,
  type MethodName,
} from '../../shared/contract';
import type { EventSink, HandlerContext, Logger } from './context';
import type { Handlers } from './registry';

export interface Dispatcher {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * The same call, run at once instead of queued. Only for start-up work (demo seeding) that runs before
   * any transport is listening, so that it can wrap many calls in one outer transaction: better-sqlite3
   * nests each call's own transaction as a savepoint inside it.
   */
  callNow(method: string, input: unknown): ApiResult<unknown>;
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

function describeIssues(issues: FieldIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

function storageCode(problem: StorageProblem): ApiErrorBody['code'] {
  if (problem === 'READ_ONLY' || problem === 'BUSY') return problem;
  return 'STORAGE';
}

export interface DispatcherOptions {
  /**
   * Check every query's answer against its contract too. Mutations are always checked (a wrong answer
   * rolls the write back). For a query the check only guards against a bug, and on a list of hundreds of
   * observations or a call's 3,000 transcript lines it costs more than the SQL: tests and development run
   * with it on, the shipped app with it off unless COACHBENCH_CHECK_OUTPUTS=1.
   */
  checkQueryOutputs: boolean;
}

export function createDispatcher(
  handlers: Handlers,
  baseContext: Omit<HandlerContext, 'emit'>,
  publish: EventSink,
  logger: Logger,
  options: DispatcherOptions = { checkQueryOutputs: true },
): Dispatcher {
  // Every call, query or mutation, waits its turn in one queue, so each sees the result of every call
  // made before it, whatever the transport: a list called right after a create (without awaiting it)
  // includes the new row.
  let queue: Promise<unknown> = Promise.resolve();

  class ContractViolation extends Error {}

  function run(method: MethodName, rawInput: unknown): ApiResult<unknown> {
    const spec = contract[method];
    const internal = (): ApiResult<unknown> => ({
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          spec.kind === 'mutation'
            ? 'Coachbench hit an internal error. Nothing was saved.'
            : 'Coachbench hit an internal error while reading.',
      },
    });
    try {
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = issuesFromZod(parsed.error);
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `Invalid input for ${method}: ${describeIssues(issues)}`,
            details: { issues },
          },
        };
      }
      if (spec.kind === 'mutation' && baseContext.readOnlyReason !== null) {
        return {
          ok: false,
          error: { code: 'READ_ONLY', message: `Nothing was saved. ${baseContext.readOnlyReason}` },
        };
      }
      const pending: AppEvent[] = [];
      const ctx: HandlerContext = {
        ...baseContext,
        emit: (name, payload) => pending.push({ name, payload } as AppEvent),
      };
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      // The output is checked inside the transaction: a value the contract refuses rolls the write back,
      // so "Nothing was saved" is true.
      const checkedRun = () => {
        if (spec.kind === 'query' && !options.checkQueryOutputs) return handler(parsed.data, ctx);
        const checked = spec.output.safeParse(handler(parsed.data, ctx));
        if (!checked.success) {
          logger.error(`${method} returned a value that does not match its contract`, checked.error);
          throw new ContractViolation();
        }
        return checked.data;
      };
      // IMMEDIATE takes the write lock at BEGIN. A deferred transaction reads first and asks for the lock at
      // its first write; if another process (the desktop app and the browser mode share one file) wrote in
      // between, SQLite answers SQLITE_BUSY_SNAPSHOT at once, without waiting on busy_timeout.
      const value =
        spec.kind === 'mutation' ? baseContext.db.$client.transaction(checkedRun).immediate() : checkedRun();
      for (const event of pending) publish(event);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      if (error instanceof ContractViolation) return internal();
      const storage = describeStorageError(error);
      logger.error(`${method} failed${storage ? ` (${storage.problem})` : ''}`, error);
      if (!storage) return internal();
      return {
        ok: false,
        error: {
          code: storageCode(storage.problem),
          message: spec.kind === 'mutation' ? `${storage.message} Nothing was saved.` : storage.message,
          ...(storage.retryable ? { details: { retryable: true } } : {}),
        },
      };
    }
  }

  const unknown = (method: unknown): ApiResult<unknown> => ({
    ok: false,
    error: { code: 'UNKNOWN_METHOD', message: `There is no operation called "${String(method)}".` },
  });

  return {
    callNow(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) return unknown(method);
      return run(method, input);
    },
    call(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return Promise.resolve(unknown(method));
      }
      const result = queue.then(() => run(method, input));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
