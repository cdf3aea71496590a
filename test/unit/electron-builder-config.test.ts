import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

describe('the packaged app', () => {
  // Read the way electron-builder reads it, so a misspelt key or a config moved elsewhere fails here.
  const config = getConfig(root, null, null);

  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(await config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips Electron’s fuses so no flag or environment variable can reopen them on a user’s machine', async () => {
    expect((await config).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive with everything the built app loads', async () => {
    const { asar, files } = await config;
    expect(asar).toBe(true);
    const patterns = (files as { filter: string[] }[]).flatMap((entry) => entry.filter);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('build/electron/main.cjs');
    expect(patterns).toEqual(
      expect.arrayContaining(['package.json', 'build/electron/**', 'build/renderer/**', 'db/migrations/**']),
    );
  });

  it('ships only the native module as a dependency; the bundles carry the rest', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
  });
});
