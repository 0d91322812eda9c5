import path from 'node:path';
import { BrowserWindow, app } from 'electron';
import { APP_ENTRY, devServerUrl } from './origin';
import { MIN_SIZE, loadWindowState, trackWindowState } from './window-state';

export interface WindowPaths {
  preload: string;
  userData: string;
}

/**
 * The security settings of docs/ARCHITECTURE.md §4. They are constants: no environment variable or test
 * mode may loosen them.
 */
export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }) as const;

export function createMainWindow({ preload, userData }: WindowPaths): BrowserWindow {
  const stateFile = path.join(userData, 'window-state.json');
  const state = loadWindowState(stateFile);
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: app.getName(),
    // Shown once painted, so the user never sees a white flash.
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  trackWindowState(stateFile, win);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  const dev = devServerUrl();
  void win.loadURL(dev ?? APP_ENTRY);
  return win;
}
