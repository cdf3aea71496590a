import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  decideNavigation,
  isExternalLinkAllowed,
  isTrustedSenderUrl,
  resolveAppRequest,
} from '../../electron/main/window-options';
import { DATABASE_FILE_NAME } from '../../electron/core/data-dir';
import { copyTemplateDatabase, tempDir } from '../helpers/core';
import {
  type FakeElectronState,
  fakeElectronModule,
  fakeElectronState,
  preventable,
} from '../helpers/fake-electron';

// main.ts imports 'electron', whose binary cannot run here: it gets the fake of the test that started it.
const current = vi.hoisted(() => ({ electron: null as Record<string, unknown> | null }));
vi.mock('electron', () => ({
  get app() {
    return current.electron!.app;
  },
  get BrowserWindow() {
    return current.electron!.BrowserWindow;
  },
  get dialog() {
    return current.electron!.dialog;
  },
  get ipcMain() {
    return current.electron!.ipcMain;
  },
  get protocol() {
    return current.electron!.protocol;
  },
  get session() {
    return current.electron!.session;
  },
  get shell() {
    return current.electron!.shell;
  },
}));

const repoRoot = path.resolve(__dirname, '../..');
const sqliteBinding = path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

let started: FakeElectronState | null = null;
afterEach(() => {
  started?.app.emit('will-quit');
  started = null;
});

/**
 * Starts electron/main/main.ts as Electron would, as a packaged app or from source, and waits until it
 * has opened its window. The app folder holds the migrations and the native SQLite build where main.ts
 * looks for them.
 */
async function startShell(packaged: boolean): Promise<FakeElectronState> {
  const appPath = tempDir('coachbench-app-');
  fs.mkdirSync(path.join(appPath, 'db'));
  fs.symlinkSync(path.join(repoRoot, 'db', 'migrations'), path.join(appPath, 'db', 'migrations'));
  fs.mkdirSync(path.join(appPath, 'build', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'build', 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  const resources = tempDir('coachbench-resources-');
  const native = packaged ? path.join(resources, 'native') : path.join(appPath, '.electron-native');
  fs.mkdirSync(native);
  fs.symlinkSync(sqliteBinding, path.join(native, 'better_sqlite3.node'));
  (process as { resourcesPath?: string }).resourcesPath = resources;

  const userData = tempDir('coachbench-user-');
  copyTemplateDatabase(path.join(userData, DATABASE_FILE_NAME));
  const state = fakeElectronState({ packaged, appPath, userData });
  current.electron = fakeElectronModule(state);
  vi.resetModules();
  await import('../../electron/main/main');
  state.app.becomeReady();
  await vi.waitFor(() => {
    if (state.errorBoxes.length > 0) throw new Error(`main.ts failed: ${state.errorBoxes.join(' ')}`);
    if (state.windows.length === 0) throw new Error('no window yet');
  });
  started = state;
  return state;
}

describe('the desktop shell, started as Electron starts it', () => {
  it.each([
    ['a packaged app', true],
    ['a run from source', false],
  ])(
    'opens one window on the app’s own page with Electron’s security checklist, as %s',
    async (_, packaged) => {
      const shell = await startShell(packaged);
      expect(shell.windows).toHaveLength(1);
      const [window] = shell.windows;
      expect(window!.loaded).toEqual([APP_ENTRY_URL]);
      expect(window!.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        // Chromium's spellchecker fetches dictionaries from the network.
        spellcheck: false,
        // A user's copy has no DevTools; a developer running from source has them.
        devTools: !packaged,
      });
      const preload = window!.options.webPreferences!.preload as string;
      expect(path.basename(preload)).toBe('preload.cjs');
      expect(shell.exitCode).toBeNull();
    },
  );

  it('keeps every window on the app: other pages open in the system browser or not at all', async () => {
    const shell = await startShell(true);
    const contents = shell.windows[0]!.webContents;
    const navigate = (url: string) => {
      const event = preventable();
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('app://coachbench/index.html#/team')).toBe(false);
    expect(navigate('https://example.com/pricing')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(shell.opened).toEqual(['https://example.com/pricing']);

    expect(contents.windowOpenHandler!({ url: 'mailto:dana@example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://coachbench/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'smb://share/x' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.com/pricing', 'mailto:dana@example.com']);

    const webview = preventable();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('grants no permission: camera, microphone, notifications and the rest are refused', async () => {
    const shell = await startShell(true);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      shell.permissionRequestHandler!(shell.windows[0]!.webContents, permission, (ok) => answers.push(ok));
      expect(answers, permission).toEqual([false]);
      expect(shell.permissionCheckHandler!(null, permission, 'app://coachbench', {}), permission).toBe(false);
    }
  });

  it('answers IPC only from its own window’s app frame', async () => {
    const shell = await startShell(true);
    const handle = shell.ipcHandlers.get('api:call')!;
    const [window] = shell.windows;
    const event = (sender: unknown, url: string) => ({ sender, senderFrame: { url } });
    expect(await handle(event(window!.webContents, APP_ENTRY_URL), 'people.list', {})).toMatchObject({
      ok: true,
    });
    for (const [sender, url] of [
      [window!.webContents, 'https://attacker.example/'],
      [{}, APP_ENTRY_URL],
    ] as const) {
      expect(await handle(event(sender, url), 'people.list', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('serves its pages with the content security policy, and answers bad addresses without throwing', async () => {
    const shell = await startShell(true);
    const serve = shell.protocolHandlers.get('app')!;
    const page = await serve(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await serve(new Request('app://coachbench/%E0%A4%A'))).status).toBe(400);
    expect((await serve(new Request('app://coachbench/../secret.txt'))).status).toBe(404);
  });
});

describe('navigation and trust decisions', () => {
  it('keeps in-app navigation on the app origin and hands web and mail links to the system', () => {
    expect(decideNavigation('app://coachbench/index.html#/team')).toBe('stay');
    expect(decideNavigation('https://example.com/pricing')).toBe('open-externally');
    expect(decideNavigation('mailto:dana@example.com')).toBe('open-externally');
    expect(decideNavigation('file:///etc/passwd')).toBe('deny');
    expect(decideNavigation('app://other/index.html')).toBe('deny');
    expect(decideNavigation('javascript:alert(1)')).toBe('deny');
    expect(decideNavigation('not a url')).toBe('deny');
  });

  it('opens only http(s) and mailto links externally', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('smb://share/x')).toBe(false);
    expect(isExternalLinkAllowed('file:///tmp/x')).toBe(false);
  });

  it('trusts IPC only from frames on the app origin', () => {
    expect(isTrustedSenderUrl('app://coachbench/index.html')).toBe(true);
    expect(isTrustedSenderUrl('https://coachbench.example/')).toBe(false);
    expect(isTrustedSenderUrl('app://coachbench.evil/index.html')).toBe(false);
  });
});

describe('the app:// protocol', () => {
  // The build folder sits beside a file it must never serve.
  const outside = tempDir();
  const root = path.join(outside, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'outside');

  it('serves files of the renderer build with their content type', () => {
    expect(resolveAppRequest(root, 'app://coachbench/assets/app.js')).toMatchObject({
      ok: true,
      file: path.join(root, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest(root, 'app://coachbench/')).toMatchObject({ ok: true, relative: 'index.html' });
  });

  it('answers a broken percent-encoding with 400 instead of throwing', () => {
    expect(resolveAppRequest(root, 'app://coachbench/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'app://coachbench/%zz')).toMatchObject({ ok: false, status: 400 });
  });

  it('never names a file outside the build, and 404s unknown paths and hosts', () => {
    for (const url of [
      'app://coachbench/../secret.txt',
      'app://coachbench/%2e%2e/secret.txt',
      'app://coachbench/..%2fsecret.txt',
      'app://coachbench/..%5csecret.txt',
      'app://coachbench/index.html%00.png',
      'app://coachbench/C:%5cWindows%5cwin.ini',
      'app://coachbench/assets',
      'app://coachbench/missing.js',
      'app://elsewhere/index.html',
    ]) {
      expect({ url, found: resolveAppRequest(root, url) }).toMatchObject({
        url,
        found: { ok: false, status: 404 },
      });
    }
  });
});
