import fs from 'node:fs';
import path from 'node:path';
import { buildTemplateDatabase, TEMPLATE_DB_ENV } from './helpers/core';

/**
 * Migrates one template database for the whole vitest run; every makeCore copies it. The test processes
 * are started after this and inherit the environment.
 */
export default function setup(): () => void {
  const file = buildTemplateDatabase();
  process.env[TEMPLATE_DB_ENV] = file;
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
