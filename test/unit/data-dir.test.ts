import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { defaultDatabaseFile, defaultDataDir, defaultDemoDatabaseFile } from '../../electron/core/data-dir';

describe('the per-user data folder', () => {
  it('matches Electron’s userData folder for an app named Coachbench', () => {
    expect(defaultDataDir('linux', {}, '/home/dana')).toBe('/home/dana/.config/Coachbench');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/dana')).toBe('/cfg/Coachbench');
    expect(defaultDataDir('darwin', {}, '/Users/dana')).toBe(
      '/Users/dana/Library/Application Support/Coachbench',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, 'C:\\Users\\dana')).toBe(
      'C:\\Users\\dana\\AppData\\Roaming\\Coachbench',
    );
  });

  it('keeps the demo database beside the user’s, never in its place', () => {
    expect(path.dirname(defaultDemoDatabaseFile())).toBe(path.dirname(defaultDatabaseFile()));
    expect(path.basename(defaultDemoDatabaseFile())).toBe('coachbench-demo.db');
  });
});
