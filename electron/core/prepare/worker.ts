// The import worker's entry: bundled on its own (build/import-worker.cjs, build/electron/import-worker.cjs)
// and started by worker-runner.ts, one worker per job. It runs one prepare or commit job and posts its result.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { type CommitJob, commitJobs, prepareJobs } from './jobs';
import type { PrepareMethod } from './types';
import type { WorkerReply, WorkerRequest } from './worker-runner';

const { method, input } = workerData as WorkerRequest;

// Some jobs are asynchronous (mammoth, pdf.js), so the job is awaited; the bundle is CommonJS, which
// has no top-level await.
void (async () => {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (method in commitJobs) {
      const job = commitJobs[method as CommitJob] as (input: unknown) => unknown;
      reply = { ok: true, preview: null, kept: await job(input), bytes: 0 };
    } else {
      const job = prepareJobs[method as PrepareMethod] as (
        input: unknown,
      ) => ReturnType<(typeof prepareJobs)[PrepareMethod]>;
      const result = await job(input);
      transfer = result.transfer;
      reply = { ok: true, preview: result.preview, kept: result.kept, bytes: result.bytes };
    }
  } catch (error) {
    reply =
      error instanceof AppError
        ? { ok: false, error: error.toBody() }
        : // The message stays here: it may quote the file, and the core's log must not.
          {
            ok: false,
            internal: {
              name: error instanceof Error ? error.name : 'unknown',
              frames: error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '',
            },
          };
  }
  parentPort!.postMessage(reply, transfer);
})();
