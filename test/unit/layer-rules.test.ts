import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const biome = path.join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

/**
 * Lints a snippet placed for a moment at `file` (Biome prints no diagnostics for stdin), and removes it.
 * Returns the diagnostics text, '' when clean.
 */
function lint(file: string, source: string): string {
  const probe = path.join(root, path.dirname(file), `lint-probe-${randomUUID()}${path.extname(file)}`);
  fs.writeFileSync(probe, source);
  try {
    execFileSync(process.execPath, [biome, 'lint', path.relative(root, probe)], { cwd: root, stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout: Buffer; stderr: Buffer };
    return `${e.stdout}${e.stderr}`;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

describe('layer rules enforced by lint', () => {
  it('stops the renderer importing Node, Electron or the database', () => {
    expect(lint('renderer/team/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toMatch(
      /no Node modules/,
    );
    expect(lint('renderer/team/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toMatch(
      /untrusted/,
    );
    expect(
      lint(
        'renderer/team/x.ts',
        "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n",
      ),
    ).toMatch(/imports only shared/);
    expect(
      lint(
        'renderer/team/x.ts',
        "import { contract } from '../../shared/contract';\nexport const a = contract;\n",
      ),
    ).toBe('');
  });

  it('keeps shared/ pure', () => {
    expect(lint('shared/x.ts', "import path from 'node:path';\nexport const a = path;\n")).toMatch(
      /shared\/ is pure/,
    );
    expect(lint('shared/x.ts', "import { x } from '../renderer/app/App';\nexport const a = x;\n")).toMatch(
      /nothing above it/,
    );
  });

  it('lets only electron/main and electron/preload import electron', () => {
    expect(lint('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toMatch(
      /Only electron\/main/,
    );
    expect(lint('db/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toMatch(
      /Only electron\/main/,
    );
    expect(lint('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe('');
  });

  it('still runs the recommended rules (a preset of none would pass anything)', () => {
    expect(lint('electron/core/x.ts', 'export function f() {\n  debugger;\n}\n')).toMatch(/noDebugger/);
  });
});
