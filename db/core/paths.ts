import os from 'node:os';
import path from 'node:path';

/**
 * The folder the desktop app keeps its data in. Electron's main process sets its `userData` to
 * this same folder name under `appData`, so `sas` without `--db` works on the app's database.
 */
export const APP_DATA_FOLDER = 'sas-desktop';
export const DATABASE_FILE = 'sas.sqlite';

/** The platform's per-user application data folder (what Electron calls `appData`). */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

export const defaultDataDir = (): string => path.join(appDataDir(), APP_DATA_FOLDER);
export const defaultDatabasePath = (): string => path.join(defaultDataDir(), DATABASE_FILE);
