import type { BrowserWindowConstructorOptions } from 'electron';
import { resolveStaticFile, type StaticFileLookup } from '../core/static-files';

/** The renderer is served from this custom protocol, never from a remote URL or file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coachbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Electron's security checklist, kept as a pure function so it is unit-tested where Electron cannot run.
 * `packaged` is Electron's `app.isPackaged`: a user's copy has no DevTools.
 */
export function mainWindowOptions(
  preloadPath: string,
  { packaged }: { packaged: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Coachbench',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
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
      // On Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries from Google's CDN,
      // and nothing may leave the user's machine.
      spellcheck: false,
      devTools: !packaged,
    },
  };
}

/**
 * What the app:// protocol answers for a request URL: a file of the renderer build under `root`, or a
 * status. Only the app's own host is served.
 */
export function resolveAppRequest(root: string, requestUrl: string): StaticFileLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, message: 'That address is not a valid URL.' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return { ok: false, status: 404, message: 'Not found' };
  return resolveStaticFile(root, url.pathname);
}

/** Links a user may open in the system browser: web pages and email, nothing else. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export type NavigationDecision = 'stay' | 'open-externally' | 'deny';

/** In-app navigation stays on the app's own origin; anything else is denied or handed to the OS. */
export function decideNavigation(url: string): NavigationDecision {
  try {
    if (new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return 'stay';
  } catch {
    return 'deny';
  }
  return isExternalLinkAllowed(url) ? 'open-externally' : 'deny';
}

/** IPC is answered only for frames loaded from the app's origin in windows this process created. */
export function isTrustedSenderUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
