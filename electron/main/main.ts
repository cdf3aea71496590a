import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { type Core, createCore } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { DATABASE_FILE_NAME } from '../core/data-dir';
import { createApiCallHandler } from './ipc';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  decideNavigation,
  isExternalLinkAllowed,
  mainWindowOptions,
  resolveAppRequest,
} from './window-options';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function appRoot(): string {
  return app.getAppPath();
}

function nativeBindingPath(): string {
  // node_modules keeps better-sqlite3 built for Node (tests); Electron loads its own ABI build.
  return app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(appRoot(), '.electron-native', 'better_sqlite3.node');
}

function serveRenderer(): void {
  const root = path.join(appRoot(), 'build', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const found = resolveAppRequest(root, request.url);
    if (!found.ok) return new Response(found.message, { status: found.status });
    return new Response(await fs.promises.readFile(found.file), {
      headers: {
        'Content-Type': found.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      const decision = decideNavigation(url);
      if (decision === 'stay') return;
      event.preventDefault();
      if (decision === 'open-externally') void shell.openExternal(url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function openCore(): Core {
  const version = app.getVersion();
  return createCore({
    dbFile: path.join(app.getPath('userData'), DATABASE_FILE_NAME),
    migrationsFolder: path.join(appRoot(), 'db', 'migrations'),
    transport: 'ipc',
    appVersion: version,
    nativeBinding: nativeBindingPath(),
    // The region the user set for dates and numbers ("en-GB"), not only the UI language.
    locale: app.getSystemLocale(),
  });
}

function wireIpc(openedCore: Core): void {
  const handleApiCall = createApiCallHandler(openedCore.dispatcher);
  ipcMain.handle('api:call', (event, method: unknown, input: unknown) =>
    handleApiCall(
      {
        frameUrl: event.senderFrame?.url ?? '',
        fromOurWindow: mainWindow !== null && BrowserWindow.fromWebContents(event.sender) === mainWindow,
      },
      method,
      input,
    ),
  );
  openedCore.subscribe((appEvent) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send('api:event', appEvent);
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(
    mainWindowOptions(path.join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  // Another Coachbench already has the database open: hand over to it and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(() => {
    lockDownSessions();
    serveRenderer();
    try {
      core = openCore();
    } catch (error) {
      dialog.showErrorBox('Coachbench could not open its data', (error as Error).message);
      app.exit(1);
      return;
    }
    wireIpc(core);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
}
