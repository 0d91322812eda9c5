import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/**
 * A recording stand-in for the `electron` module, just wide enough for the main-process bundle
 * and the preload. Electron's binary cannot run on these machines (docs/ARCHITECTURE.md §2), so the tests
 * load the built code under Node with this instead and inspect what it asked Electron to do.
 */

type Fn = (...args: never[]) => unknown;
type AnyFn = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface MenuTemplateItem {
  label?: string;
  role?: string;
  id?: string;
  submenu?: MenuTemplateItem[];
  click?: AnyFn;
}

export const recorder = {
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, AnyFn>(),
  ipcHandlers: new Map<string, AnyFn>(),
  windows: [] as FakeBrowserWindow[],
  menus: [] as MenuTemplateItem[][],
  errorBoxes: [] as { title: string; body: string }[],
  openExternal: [] as string[],
  paths: new Map<string, string>(),
  singleInstanceLockRequests: 0,
  quitCalls: 0,
  permissionRequestHandler: undefined as AnyFn | undefined,
  permissionCheckHandler: undefined as AnyFn | undefined,
  exposed: new Map<string, unknown>(),
  /** What the next save dialog answers (null: the user cancels). */
  saveDialogAnswer: null as string | null,
  saveDialogs: [] as Record<string, unknown>[],
  pdfPrints: 0,
  safeStorageAvailable: true,
};

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: AnyFn | undefined;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: AnyFn): void {
    this.windowOpenHandler = handler;
  }
  printToPDF(): Promise<Buffer> {
    recorder.pdfPrints += 1;
    return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath(name: string): string {
    if (name === 'appData') return path.join(os.tmpdir(), 'sas-fake-appdata');
    return recorder.paths.get(name) ?? path.join(os.tmpdir(), `sas-fake-${name}`);
  }
  setPath(name: string, value: string): void {
    recorder.paths.set(name, value);
  }
  getAppPath(): string {
    return path.resolve(import.meta.dirname, '../../..');
  }
  requestSingleInstanceLock(): boolean {
    recorder.singleInstanceLockRequests += 1;
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    recorder.quitCalls += 1;
  }
  getName(): string {
    return 'SAS Compétences';
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return 'fr';
  }
}
export const app = new FakeApp();

export class FakeBrowserWindow extends EventEmitter {
  static focused: FakeBrowserWindow | null = null;
  static getAllWindows = () => recorder.windows.filter((w) => !w.destroyed);
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  static fromWebContents = (contents: unknown) => recorder.windows.find((w) => w.webContents === contents) ?? null;

  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  shown = 0;
  focused = 0;
  destroyed = false;
  maximized = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    recorder.windows.push(this);
    // Like Electron: every new web contents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown += 1;
  }
  focus(): void {
    this.focused += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    const o = this.options as { x?: number; y?: number; width: number; height: number };
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width, height: o.height };
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const ipcMain = {
  handle(channel: string, handler: AnyFn): void {
    if (recorder.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    recorder.ipcHandlers.set(channel, handler);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    recorder.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: AnyFn): void {
    recorder.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: AnyFn): void {
      recorder.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: AnyFn): void {
      recorder.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    recorder.openExternal.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showErrorBox(title: string, body: string): void {
    recorder.errorBoxes.push({ title, body });
  },
  showMessageBox(): Promise<{ response: number }> {
    return Promise.resolve({ response: 0 });
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    recorder.saveDialogs.push(args[args.length - 1] as Record<string, unknown>);
    const answer = recorder.saveDialogAnswer;
    return Promise.resolve(answer ? { canceled: false, filePath: answer } : { canceled: true });
  },
};

/** Reversible, visibly "encrypted" bytes: enough to show the keys never reach the disk in clear. */
export const safeStorage = {
  isEncryptionAvailable: () => recorder.safeStorageAvailable,
  encryptString: (text: string) => Buffer.from(`fake-os-crypt:${Buffer.from(text).toString('base64')}`),
  decryptString: (data: Buffer) => Buffer.from(data.toString().replace(/^fake-os-crypt:/, ''), 'base64').toString(),
};

export const Menu = {
  buildFromTemplate: (template: MenuTemplateItem[]) => ({ template }),
  setApplicationMenu(menu: { template: MenuTemplateItem[] } | null): void {
    if (menu) recorder.menus.push(menu.template);
  },
};

export const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

// Preload side.
export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    recorder.exposed.set(key, value);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invocations: [] as { channel: string; args: unknown[] }[],
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    ipcRenderer.invocations.push({ channel, args });
    return Promise.resolve({ ok: true, value: null });
  },
});

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  shell,
  dialog,
  Menu,
  screen,
  contextBridge,
  ipcRenderer,
  safeStorage,
} as Record<string, Fn | object>;
