import { BrowserWindow, Menu, type MenuItemConstructorOptions, app, dialog } from 'electron';
import type { DataContext } from '../../db/core/context';
import { ROUTES } from '../../api/routes';
import { readSettings } from '../../db/features/settings/settings-service';
import { type Language, type MenuKey, menuLabel } from './i18n';

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
      // The renderer's screens (api/routes.ts), sent as hash paths; labelled by route key.
      submenu: ROUTES.map(({ key, path, accelerator }) => ({
        id: `go:${path}`,
        label: t(key),
        accelerator,
        click: () => targetWindow()?.webContents.send('menu:navigate', path),
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
