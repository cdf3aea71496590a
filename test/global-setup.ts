import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTemplateDatabase, TEMPLATE_DB_ENV, TEST_TMP_ENV } from './helpers/core';

/**
 * Migrates one template database for the whole vitest run; every makeCore copies it. The test processes
 * are started after this and inherit the environment.
 */
export default function setup(): () => void {
  // Every temporary folder a test makes (tempDir) lives in this one, removed when the run ends.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-tests-'));
  // Traversable by others: the read-only tests run a child process as the unprivileged user `nobody`
  // on a folder inside (each test's own folder is still private unless that test opens it).
  fs.chmodSync(root, 0o755);
  process.env[TEST_TMP_ENV] = root;
  process.env[TEMPLATE_DB_ENV] = buildTemplateDatabase();
  return () => fs.rmSync(root, { recursive: true, force: true });
}
