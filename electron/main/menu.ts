import { BrowserWindow, Menu, type MenuItemConstructorOptions, app, dialog } from 'electron';
import type { DataContext } from '../../db/core/context';
import { readSettings } from '../../db/features/settings/settings-service';
import { type Language, type MenuKey, menuLabel } from './i18n';

/** The "Go" menu mirrors the renderer's main routes (hash routes, sent as paths). */
const ROUTES: readonly [MenuKey, string, string][] = [
  ['staff', '/staff', 'CmdOrCtrl+1'],
  ['units', '/units', 'CmdOrCtrl+2'],
  ['jobs', '/jobs', 'CmdOrCtrl+3'],
  ['framework', '/framework', 'CmdOrCtrl+4'],
  ['directory', '/directory', 'CmdOrCtrl+5'],
  ['backups', '/backups', 'CmdOrCtrl+6'],
  ['partners', '/partners', 'CmdOrCtrl+7'],
  ['settings', '/settings', 'CmdOrCtrl+,'],
];

/** The window the user is looking at, or the only one when the app is in the background. */
const targetWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** The language of the interface, read from the database; French when it cannot be read. */
export function interfaceLanguage(ctx: DataContext): Language {
  try {
    return readSettings(ctx).language === 'ar' ? 'ar' : 'fr';
  } catch {
    return 'fr';
  }
}

export function menuTemplate(language: Language, isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const t = (key: MenuKey) => menuLabel(language, key);
  const about = () => void dialog.showMessageBox({ type: 'info', title: t('about'), message: `${app.getName()} ${app.getVersion()}` });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: app.getName(),
      submenu: [
        { label: t('about'), click: about },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    });
  }
  template.push(
    { label: t('file'), submenu: [isMac ? { role: 'close' } : { role: 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'reload', label: t('reload') },
        { type: 'separator' },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'resetZoom', label: t('resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullscreen') },
      ],
    },
    {
      label: t('go'),
      submenu: ROUTES.map(([key, route, accelerator]) => ({
        id: `go:${route}`,
        label: t(key),
        accelerator,
        click: () => targetWindow()?.webContents.send('menu:navigate', route),
      })),
    },
    { label: t('help'), role: 'help', submenu: [{ label: t('about'), click: about }] },
  );
  return template;
}

/** (Re)builds the application menu; called at start and whenever the settings change. */
export function installMenu(ctx: DataContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(interfaceLanguage(ctx))));
}
