import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const renderer = path.resolve(__dirname, '../../renderer');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * Screens read through `useApiQuery(method, input)` and write through `useApiCache()`: the typed client
 * makes every key `[method, input]`, and renderer/api/invalidation.ts (driven by the core's events) is
 * the one place that decides what goes stale. A hand-written key is a read no event will ever refresh.
 */
describe('renderer query keys', () => {
  it('are never written by hand outside renderer/api', () => {
    const offenders = sources(renderer)
      .filter((file) => !file.startsWith(path.join(renderer, 'api') + path.sep))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path.relative(renderer, file)}:${i + 1}` }))
          .filter(({ line }) => /queryKey:\s*\[|invalidateQueries\(|\buseQuery\(|setQueryData\(/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
