import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  decideNavigation,
  isExternalLinkAllowed,
  isTrustedSenderUrl,
  mainWindowOptions,
} from '../../electron/main/window-options';

describe('the main window', () => {
  it('follows Electron’s security checklist', () => {
    const options = mainWindowOptions('/app/build/electron/preload.cjs');
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
    });
  });

  it('loads the app from its own protocol, never a remote URL or file://', () => {
    expect(APP_ENTRY_URL).toBe('app://coachbench/index.html');
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
