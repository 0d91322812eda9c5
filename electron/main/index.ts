import path from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import { useMigrationsFolder } from '../../db/core/migrate';
import { APP_DATA_FOLDER, DATABASE_FILE } from '../../db/core/paths';
import { scheduleAutoBackups } from './auto-backup';
import { type Datasets, openDatasets } from './datasets';
import { openErrorText } from './i18n';
import { registerIpc } from './ipc';
import { installationKeyStore } from './key-store';
import { registerShellIpc } from './shell-ipc';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { denyPermissions, guardWebContents } from './security';
import { createMainWindow } from './window';

/** The built bundle lives in out/main; the preload and the renderer sit beside it. */
const here = import.meta.dirname;
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_DIR = path.join(here, '../renderer');

// Before `ready`: the scheme's privileges and the data folder cannot be changed afterwards.
registerAppScheme();
// Test mode may move the data folder (SAS_USER_DATA); it changes nothing else.
const userData = process.env.SAS_USER_DATA ? path.resolve(process.env.SAS_USER_DATA) : path.join(app.getPath('appData'), APP_DATA_FOLDER);
app.setPath('userData', userData);

/** The installation's database and the partners' datasets, once open. */
let datasets: Datasets | null = null;
let stopAutoBackups: (() => void) | null = null;

const migrationsFolder = () =>
  app.isPackaged ? path.join(process.resourcesPath, 'migrations') : path.join(app.getAppPath(), 'db/migrations');

function openOwnDatabase(): Datasets | null {
  const file = path.join(userData, DATABASE_FILE);
  useMigrationsFolder(migrationsFolder());
  try {
    return openDatasets(userData, migrationsFolder(), installationKeyStore(userData));
  } catch (error) {
    // Nothing else touches the file: a database from a newer version stays as it was.
    const messageKey = error && typeof error === 'object' && 'messageKey' in error ? String(error.messageKey) : undefined;
    const detail = error instanceof Error ? error.message : String(error);
    const { title, body } = openErrorText(messageKey, file, detail);
    dialog.showErrorBox(title, body);
    return null;
  }
}

function focusExisting(): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function start(): Promise<void> {
  guardWebContents();
  await app.whenReady();
  denyPermissions();
  handleAppProtocol(RENDERER_DIR);
  const opened = openOwnDatabase();
  if (!opened) {
    app.quit();
    return;
  }
  datasets = opened;
  registerIpc({
    contextFor: (dataset) => opened.contextFor(dataset),
    // Partner datasets are read-only, so only our own settings can change the language.
    onSettingsChanged: () => installMenu(opened.own()),
  });
  registerShellIpc();
  installMenu(opened.own());
  stopAutoBackups = scheduleAutoBackups(opened, userData);
  createMainWindow({ preload: PRELOAD, userData });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open opens one again.
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow({ preload: PRELOAD, userData });
  });
}

// One running copy per user: two processes writing the same database would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusExisting);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopAutoBackups?.();
    datasets?.close();
    datasets = null;
  });
  start().catch((error: unknown) => {
    console.error('[main] start failed:', error);
    app.quit();
  });
}
