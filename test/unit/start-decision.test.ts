import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import * as startDecision from '../../scripts/start-decision.mjs';

const { browserOpener, decideStart, fetchFailureDetail, findOnPath, hasDisplay } = startDecision;

interface FakeMachine {
  platform?: NodeJS.Platform;
  env?: Record<string, string>;
  /** The runtime is there from the start. */
  installed?: boolean;
  /** What the download does: put the runtime in place, or fail with this first line. */
  download?: 'works' | string;
  /** The native build's failure message, if it fails. */
  nativeFails?: string;
}

function fake({
  platform = 'linux',
  env = { DISPLAY: ':0' },
  installed = false,
  download,
  nativeFails,
}: FakeMachine) {
  let binary: string | null = installed ? '/app/node_modules/electron/dist/electron' : null;
  const calls = { fetched: 0, nativeBuilt: 0, log: [] as string[] };
  const machine = {
    platform,
    env,
    electronBinary: () => binary,
    fetchElectron: () => {
      calls.fetched += 1;
      if (download === 'works') {
        binary = '/app/node_modules/electron/dist/electron';
        return { detail: '' };
      }
      return { detail: download ?? 'no details' };
    },
    prepareNative: () => {
      calls.nativeBuilt += 1;
      if (nativeFails) throw new Error(nativeFails);
    },
    log: (message: string) => calls.log.push(message),
  };
  return { machine, calls };
}

describe('what npm start opens', () => {
  it('opens the desktop window when the Electron runtime is installed, without downloading it', () => {
    const { machine, calls } = fake({ installed: true });
    expect(decideStart([], machine)).toEqual({
      mode: 'desktop',
      binary: '/app/node_modules/electron/dist/electron',
    });
    expect(calls).toMatchObject({ fetched: 0, nativeBuilt: 1 });
  });

  it('fetches the runtime on first start and then opens the desktop window', () => {
    const { machine, calls } = fake({ download: 'works' });
    expect(decideStart([], machine)).toMatchObject({ mode: 'desktop' });
    expect(calls.fetched).toBe(1);
    expect(calls.log).toEqual(['Fetching the Electron runtime (first start only)…']);
  });

  it('runs in the browser, saying why, when the download fails', () => {
    const { machine } = fake({ download: 'RequestError: getaddrinfo ENOTFOUND github.com' });
    expect(decideStart([], machine)).toEqual({
      mode: 'browser',
      reason: 'the Electron runtime could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com)',
    });
  });

  it('says in a few words why the download failed, and when it was cut off for hanging', () => {
    const stack =
      'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (got/index.js:970:111)\n';
    expect(fetchFailureDetail({ status: 1, stderr: `\n${stack}` })).toBe(
      'RequestError: getaddrinfo ENOTFOUND github.com',
    );
    expect(
      fetchFailureDetail({
        status: null,
        stderr: '',
        error: Object.assign(new Error('spawnSync'), { code: 'ETIMEDOUT' }),
      }),
    ).toBe('no answer within 5 minutes');
    expect(fetchFailureDetail({ status: 0, stderr: '' })).toBe('it exited with 0');
  });

  it('runs in the browser when the download is forbidden, without trying it', () => {
    const { machine, calls } = fake({ env: { DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(decideStart([], machine)).toMatchObject({
      mode: 'browser',
      reason: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD'),
    });
    expect(calls.fetched).toBe(0);
  });

  it('runs in the browser without downloading anything when Linux has no display', () => {
    const { machine, calls } = fake({ env: {}, download: 'works' });
    expect(decideStart([], machine)).toEqual({
      mode: 'browser',
      reason: 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    });
    expect(calls).toMatchObject({ fetched: 0, nativeBuilt: 0 });
    expect(
      decideStart([], fake({ env: { WAYLAND_DISPLAY: 'wayland-0' }, installed: true }).machine),
    ).toMatchObject({ mode: 'desktop' });
  });

  it('does not ask for a display on macOS or Windows', () => {
    for (const platform of ['darwin', 'win32'] as const)
      expect(decideStart([], fake({ platform, env: {}, installed: true }).machine)).toMatchObject({
        mode: 'desktop',
      });
  });

  it('runs in the browser when the database driver cannot be built for Electron', () => {
    const { machine } = fake({
      installed: true,
      nativeFails:
        'Could not build better-sqlite3 for Electron (Electron’s headers need an internet connection).',
    });
    expect(decideStart([], machine)).toEqual({
      mode: 'browser',
      reason: 'could not build better-sqlite3 for Electron (Electron’s headers need an internet connection)',
    });
  });

  it('opens the demo, and any other option, in the browser', () => {
    const { machine, calls } = fake({ installed: true });
    expect(decideStart(['--demo'], machine)).toEqual({
      mode: 'browser',
      reason: 'it does not open the demo database yet',
    });
    expect(decideStart(['--port', '4800'], machine)).toEqual({
      mode: 'browser',
      reason: 'it takes no options (--port); browser mode does',
    });
    expect(calls).toMatchObject({ fetched: 0, nativeBuilt: 0 });
  });
});

describe('opening the link in the system browser', () => {
  const onPath =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('uses xdg-open on Linux only when there is a display and xdg-open is on the PATH', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin', DISPLAY: ':0' };
    expect(browserOpener({ platform: 'linux', env, isFile: onPath('/usr/bin/xdg-open') })).toEqual({
      command: '/usr/bin/xdg-open',
      args: [],
      verbatim: false,
    });
    expect(browserOpener({ platform: 'linux', env, isFile: onPath() })).toBeNull();
    expect(
      browserOpener({ platform: 'linux', env: { PATH: '/usr/bin' }, isFile: onPath('/usr/bin/xdg-open') }),
    ).toBeNull();
  });

  it('uses open on macOS and start on Windows', () => {
    expect(
      browserOpener({ platform: 'darwin', env: { PATH: '/usr/bin' }, isFile: onPath('/usr/bin/open') }),
    ).toMatchObject({ command: '/usr/bin/open' });
    expect(
      browserOpener({
        platform: 'win32',
        env: { ComSpec: 'C:\\Windows\\system32\\cmd.exe' },
        isFile: onPath(),
      }),
    ).toEqual({
      command: 'C:\\Windows\\system32\\cmd.exe',
      args: ['/d', '/s', '/c', 'start', '""'],
      verbatim: true,
    });
  });

  it('never opens a browser when COACHBENCH_NO_BROWSER is set', () => {
    const env = { PATH: '/usr/bin', DISPLAY: ':0', COACHBENCH_NO_BROWSER: '1' };
    expect(browserOpener({ platform: 'linux', env, isFile: onPath('/usr/bin/xdg-open') })).toBeNull();
  });

  it('finds commands on a Windows PATH with their extensions', () => {
    const env = { Path: 'C:\\Windows;C:\\Tools', PATHEXT: '.COM;.EXE' };
    expect(findOnPath('open', { platform: 'win32', env, isFile: onPath('C:\\Tools\\open.exe') })).toBe(
      'C:\\Tools\\open.exe',
    );
    expect(hasDisplay('win32', {})).toBe(true);
  });
});
