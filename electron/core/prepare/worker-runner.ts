import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type ApiErrorBody, AppError } from '../../../shared/contract/errors';
import type { CommitJob } from './jobs';
import type { PreparedResult, PrepareMethod } from './types';

export interface WorkerRequest {
  /** A prepare method's job, or a commit's job (prepare/jobs.ts commitJobs). */
  method: PrepareMethod | CommitJob;
  input: unknown;
}

export type WorkerReply =
  | { ok: true; preview: unknown; kept: unknown; bytes: number }
  | { ok: false; error: ApiErrorBody }
  | { ok: false; internal: { name: string; frames: string } };

export interface WorkerLimits {
  /** The bundled worker entry (electron/core/prepare/worker.ts built by scripts/build.mjs). */
  file: string;
  /** A job still running after this long is stopped. */
  timeoutMs: number;
  /** The worker's own heap ceiling: a zip bomb or a pathological file stops there, not in the app. */
  maxHeapMb: number;
  /** How many workers may run at once; more prepares wait their turn (each worker may use maxHeapMb). */
  maxWorkers: number;
}

/** A worker that stopped without answering (crashed, ran out of its heap, or was stopped): not the file's fault, or not only. */
export class WorkerFailure extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'WorkerFailure';
  }
}

/**
 * A runner that starts at most `limits.maxWorkers` workers at once: two windows each choosing a big file
 * cannot hold more than that many worker heaps between them.
 */
export function createWorkerRunner(
  limits: WorkerLimits,
): (request: WorkerRequest) => Promise<PreparedResult<unknown, unknown>> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (request) => {
    if (running >= limits.maxWorkers) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await runInWorker(limits, request);
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * Runs one prepare job in a new worker thread and resolves with its result. A new worker for each job:
 * its heap is capped and freed when it ends, a crash or a stop cannot harm a later job, and imports are
 * rare enough that the start-up (tens of milliseconds) does not matter.
 */
export function runInWorker(
  limits: WorkerLimits,
  request: WorkerRequest,
): Promise<PreparedResult<unknown, unknown>> {
  if (!fs.existsSync(limits.file)) {
    return Promise.reject(
      new WorkerFailure(`The import worker is missing from this build (${limits.file}); run npm run build.`),
    );
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(limits.file, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      // The worker's console goes nowhere: a parser has nothing to say, and a file's text must not reach a log.
      stdout: true,
      stderr: true,
    });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              'TOO_LARGE',
              `Reading the file took more than ${seconds(limits.timeoutMs)}, so Coachbench stopped. Nothing was saved. Try a smaller file.`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok) resolve({ preview: reply.preview, kept: reply.kept, bytes: reply.bytes, transfer: [] });
        else if ('error' in reply)
          reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
        else {
          const failure = new WorkerFailure(`The import worker failed: ${reply.internal.name}`);
          failure.stack = `${failure.name}: ${failure.message}\n${reply.internal.frames}`;
          reject(failure);
        }
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError(
                'TOO_LARGE',
                `Reading the file needed more than the ${limits.maxHeapMb} MB of memory Coachbench allows for an import, so it stopped. Nothing was saved. Try a smaller file.`,
              )
            : new WorkerFailure('The import worker crashed', error),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(new WorkerFailure(`The import worker stopped (exit code ${code}) without an answer`)),
      ),
    );
  });
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s === 1 ? '1 second' : `${s} seconds`;
}
