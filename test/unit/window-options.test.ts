import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  decideNavigation,
  isExternalLinkAllowed,
  isTrustedSenderUrl,
  mainWindowOptions,
  resolveAppRequest,
} from '../../electron/main/window-options';
import { tempDir } from '../helpers/core';

describe('the main window', () => {
  it('follows Electron’s security checklist', () => {
    const options = mainWindowOptions('/app/build/electron/preload.cjs', { packaged: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/build/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('offers DevTools only when running from source', () => {
    expect(mainWindowOptions('/p.cjs', { packaged: false }).webPreferences?.devTools).toBe(true);
    expect(mainWindowOptions('/p.cjs', { packaged: true }).webPreferences?.devTools).toBe(false);
  });

  it('loads its entry page from its own protocol, and trusts that page', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    expect(resolveAppRequest(root, APP_ENTRY_URL)).toMatchObject({
      ok: true,
      file: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(decideNavigation(APP_ENTRY_URL)).toBe('stay');
    expect(isTrustedSenderUrl(APP_ENTRY_URL)).toBe(true);
  });

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
