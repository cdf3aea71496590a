// Vitest global setup: bundles the import worker (electron/core/prepare/worker.ts) once per run, as
// scripts/build.mjs does for the app, so every test core prepares imports in a real worker thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    importWorkerFile: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-import-worker-'));
  const outfile = path.join(dir, 'import-worker.cjs');
  buildSync({
    absWorkingDir: path.resolve(__dirname, '../..'),
    entryPoints: ['electron/core/prepare/worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  project.provide('importWorkerFile', outfile);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
