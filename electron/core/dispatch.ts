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
  mutationEvents,
} from '../../shared/contract';
import path from 'node:path';
import type { EventSink, HandlerContext, Logger } from './context';
import { beforeCommitSteps, type BeforeCommitTools } from './prepare/before-commit';
import { type PreparedLimits, PreparedStore } from './prepare/store';
import type { PreparedResult, PrepareMethod } from './prepare/types';
import { createWorkerRunner, type WorkerLimits, WorkerFailure } from './prepare/worker-runner';
import type { Handlers } from './registry';
import { searchMark, syncSearchIndex } from './services/search';

export interface Dispatcher {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * The same call, run at once instead of queued. Only for start-up work (demo seeding) that runs before
   * any transport is listening, so that it can wrap many calls in one outer transaction: better-sqlite3
   * nests each call's own transaction as a savepoint inside it.
   */
  callNow(method: string, input: unknown): ApiResult<unknown>;
  /** What prepare methods hold for their commits now (tests and the bench). */
  preparedStats(): { count: number; bytes: number };
  /** Runs the core's own work (a batch of the search backlog) in the queue, in its turn among the calls. */
  background<T>(task: () => T): Promise<T>;
}

export interface PrepareOptions {
  worker: WorkerLimits;
  store: PreparedLimits;
}

/**
 * The import worker sits beside the bundle that runs the core (build/electron/main.cjs and
 * build/server.cjs each have an import-worker.cjs beside them); tests build it and say where.
 */
export const DEFAULT_PREPARE: PrepareOptions = {
  worker: {
    file: path.join(__dirname, 'import-worker.cjs'),
    timeoutMs: 60_000,
    maxHeapMb: 768,
    maxWorkers: 2,
  },
  store: { maxCount: 8, maxBytes: 192 * 1024 * 1024, ttlMs: 60 * 60 * 1000 },
};

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
   * with it on, the shipped app with it off unless COACHBENCH_CHECK_OUTPUTS=1. On unless said otherwise.
   */
  checkQueryOutputs?: boolean;
  /** Imports' first phase: the worker and the store of prepared results (DEFAULT_PREPARE by default). */
  prepare?: PrepareOptions;
}

export function createDispatcher(
  handlers: Handlers,
  baseContext: Omit<HandlerContext, 'emit' | 'prepared'>,
  publish: EventSink,
  logger: Logger,
  options: DispatcherOptions = {},
): Dispatcher {
  const checkQueryOutputs = options.checkQueryOutputs ?? true;
  const prepareOptions = options.prepare ?? DEFAULT_PREPARE;
  const store = new PreparedStore(prepareOptions.store, baseContext.clock);
  const runWorker = createWorkerRunner(prepareOptions.worker);

  // Every call, query or mutation, waits its turn in one queue, so each sees the result of every call
  // made before it, whatever the transport: a list called right after a create (without awaiting it)
  // includes the new row.
  let queue: Promise<unknown> = Promise.resolve();

  class ContractViolation extends Error {}

  function run(method: MethodName, rawInput: unknown, derived?: unknown): ApiResult<unknown> {
    const spec = contract[method];
    try {
      const parsed = parse(method, rawInput);
      if (!parsed.success) return parsed.result;
      if (spec.kind !== 'query' && baseContext.readOnlyReason !== null) {
        return {
          ok: false,
          error: { code: 'READ_ONLY', message: `Nothing was saved. ${baseContext.readOnlyReason}` },
        };
      }
      if (spec.kind === 'prepare') return prepareInPlace(method as PrepareMethod, parsed.data);
      const pending: AppEvent[] = [];
      const used: string[] = [];
      const declared: readonly string[] =
        spec.kind === 'mutation' ? mutationEvents[method as keyof typeof mutationEvents] : [];
      const ctx: HandlerContext = {
        ...baseContext,
        emit: (name, payload) => {
          // Screens refetch from the events a mutation declares (shared/contract/events.ts): one it did
          // not declare would reach readers that were never told to expect it. Refused like a wrong answer.
          if (!declared.includes(name)) {
            logger.error(`${method} emitted ${name}, which mutationEvents does not declare for it`);
            throw new ContractViolation();
          }
          pending.push({ name, payload } as AppEvent);
        },
        prepared: {
          use: (prepareMethod, preparedId, at) => {
            const kept = store.get(prepareMethod, preparedId, contract[prepareMethod].expired, at);
            used.push(preparedId);
            return kept as never;
          },
        },
        derived,
      };
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      // The output is checked inside the transaction: a value the contract refuses rolls the write back,
      // so "Nothing was saved" is true.
      const checkedRun = () => {
        if (spec.kind === 'query' && !checkQueryOutputs) return handler(parsed.data, ctx);
        const mark = spec.kind === 'mutation' ? searchMark(ctx.db) : 0;
        const output = handler(parsed.data, ctx);
        // The search index follows the write in its own transaction (core/services/search.ts).
        if (spec.kind === 'mutation') syncSearchIndex(ctx.db, mark);
        const checked = spec.output.safeParse(output);
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
      for (const preparedId of used) store.delete(preparedId);
      for (const event of pending) publish(event);
      return { ok: true, value };
    } catch (error) {
      return failure(method, error);
    }
  }

  /** Any failure as data: the user's message for what they can act on, INTERNAL (logged) for the rest. */
  function failure(method: MethodName, error: unknown): ApiResult<never> {
    const spec = contract[method];
    const internal = (): ApiResult<never> => ({
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          spec.kind === 'mutation'
            ? 'Coachbench hit an internal error. Nothing was saved.'
            : spec.kind === 'prepare'
              ? 'Coachbench could not read the file because of an internal error. Nothing was saved.'
              : 'Coachbench hit an internal error while reading.',
      },
    });
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    if (error instanceof ContractViolation) return internal();
    if (error instanceof WorkerFailure) {
      logger.error(`${method} failed in the import worker: ${error.message}`, error.cause ?? error);
      return internal();
    }
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

  function parse(
    method: MethodName,
    rawInput: unknown,
  ): { success: true; data: unknown } | { success: false; result: ApiResult<never> } {
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (parsed.success) return { success: true, data: parsed.data };
    const issues = issuesFromZod(parsed.error);
    return {
      success: false,
      result: {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `Invalid input for ${method}: ${describeIssues(issues)}`,
          details: { issues },
        },
      },
    };
  }

  /** Keeps a prepare job's result for its commit and answers the preview with its id, checked against the contract. */
  function keep(method: PrepareMethod, result: PreparedResult<unknown, unknown>): ApiResult<unknown> {
    const { preparedId, expiresAt } = store.put(method, result.kept, result.bytes);
    const checked = contract[method].output.safeParse({
      ...(result.preview as object),
      preparedId,
      expiresAt,
    });
    if (!checked.success) {
      store.delete(preparedId);
      logger.error(`${method} returned a value that does not match its contract`, checked.error);
      throw new ContractViolation();
    }
    return { ok: true, value: checked.data };
  }

  /**
   * The first phase of an import, outside the queue: the job runs in a worker thread, so this thread
   * goes on answering every other call meanwhile, and nothing is written, so there is nothing to order.
   */
  async function prepareInWorker(method: PrepareMethod, rawInput: unknown): Promise<ApiResult<unknown>> {
    const parsed = parse(method, rawInput);
    if (!parsed.success) return parsed.result;
    if (baseContext.readOnlyReason !== null) {
      return {
        ok: false,
        error: { code: 'READ_ONLY', message: `Nothing can be imported. ${baseContext.readOnlyReason}` },
      };
    }
    try {
      return keep(method, await runWorker({ method, input: parsed.data }));
    } catch (error) {
      return failure(method, error);
    }
  }

  /** callNow of a prepare (start-up seeding only): the same job, run here, for small built-in files. */
  function prepareInPlace(method: PrepareMethod, input: unknown): ApiResult<unknown> {
    const job = handlers[method] as (
      input: unknown,
    ) => PreparedResult<unknown, unknown> | Promise<PreparedResult<unknown, unknown>>;
    const result = job(input);
    // Seeding runs before the first window, synchronously: only a synchronous job can run in place.
    if (result instanceof Promise) throw new Error(`${method} is asynchronous and cannot run in place`);
    return keep(method, result);
  }

  /**
   * A commit's step before its transaction (prepare/before-commit.ts), outside the queue: undefined when
   * the input is refused (the transaction says why), when writing is off, or when the step fails (logged;
   * the handler then does the work in its transaction).
   */
  async function beforeCommit(method: MethodName, rawInput: unknown): Promise<unknown> {
    const step = beforeCommitSteps[method] as
      | ((input: unknown, tools: BeforeCommitTools) => Promise<unknown>)
      | undefined;
    if (!step || baseContext.readOnlyReason !== null) return undefined;
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return undefined;
    try {
      return await step(parsed.data, {
        context: baseContext,
        kept: (prepareMethod, preparedId) => store.peek(prepareMethod, preparedId),
        runJob: async (job, input) => (await runWorker({ method: job, input })).kept,
      });
    } catch (error) {
      logger.error(`${method}: its work before the transaction failed; it is done in the transaction`, error);
      return undefined;
    }
  }

  /** Queues a call behind every call queued before it. */
  function enqueue(method: MethodName, input: unknown, derived?: unknown): Promise<ApiResult<unknown>> {
    const result = queue.then(() => run(method, input, derived));
    queue = result.catch(() => undefined);
    return result;
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
    preparedStats: () => store.stats(),
    background(task) {
      const result = queue.then(task);
      queue = result.catch(() => undefined);
      return result;
    },
    call(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return Promise.resolve(unknown(method));
      }
      if (contract[method].kind === 'prepare') return prepareInWorker(method as PrepareMethod, input);
      // A commit with work to do off the thread first joins the queue once that work is done: calls made
      // meanwhile are answered in their turn, as if it had been sent a moment later.
      if (contract[method].kind === 'mutation' && beforeCommitSteps[method])
        return beforeCommit(method, input).then((derived) => enqueue(method, input, derived));
      return enqueue(method, input);
    },
  };
}
