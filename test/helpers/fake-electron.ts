import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron's main-process API for electron/main/main.ts to start in plain Node, recording
 * what it did: the windows it opened, the handlers it set, the links it handed to the system. Electron's
 * binary cannot run here, so the shell's wiring is tested by starting main.ts against this instead.
 */
export interface Preventable {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(): Preventable {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export interface FakeElectronState {
  packaged: boolean;
  appPath: string;
  userData: string;
  windows: FakeBrowserWindow[];
  opened: string[];
  errorBoxes: [string, string][];
  exitCode: number | null;
  ipcHandlers: Map<string, (...args: unknown[]) => unknown>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  permissionRequestHandler:
    | ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void)
    | null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null;
  app: FakeApp;
}

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loaded: string[] = [];
  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
    state: FakeElectronState,
  ) {
    super();
    state.windows.push(this);
    // A window's contents are created with it, as Electron announces them.
    state.app.emit('web-contents-created', preventable(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export class FakeApp extends EventEmitter {
  private ready!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.ready = resolve;
  });
  constructor(private readonly state: FakeElectronState) {
    super();
  }
  get isPackaged(): boolean {
    return this.state.packaged;
  }
  getAppPath(): string {
    return this.state.appPath;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected app.getPath(${name})`);
    return this.state.userData;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getSystemLocale(): string {
    return 'en-GB';
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Electron's "ready": main.ts opens the core and its window. */
  becomeReady(): void {
    this.ready();
  }
  quit(): void {}
  exit(code: number): void {
    this.state.exitCode = code;
  }
}

/** The module `electron` as main.ts sees it, over `state`. */
export function fakeElectronModule(state: FakeElectronState) {
  const BrowserWindow = class extends FakeBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(options, state);
    }
    static getAllWindows() {
      return state.windows;
    }
    static fromWebContents(contents: unknown) {
      return state.windows.find((w) => w.webContents === contents) ?? null;
    }
  };
  return {
    app: state.app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => state.errorBoxes.push([title, message]),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
        state.ipcHandlers.set(channel, handler),
    },
    protocol: {
      registerSchemesAsPrivileged: () => {},
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeElectronState['permissionRequestHandler']) => {
          state.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: FakeElectronState['permissionCheckHandler']) => {
          state.permissionCheckHandler = handler;
        },
      },
    },
    shell: {
      openExternal: (url: string) => {
        state.opened.push(url);
        return Promise.resolve();
      },
    },
  };
}

export function fakeElectronState(options: { packaged: boolean; appPath: string; userData: string }) {
  const state = {
    ...options,
    windows: [],
    opened: [],
    errorBoxes: [],
    exitCode: null,
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
  } as unknown as FakeElectronState;
  state.app = new FakeApp(state);
  return state;
}
