import { app, session, shell } from 'electron';
import { isAppUrl, isExternalHttpUrl } from './origin';

/**
 * Every web contents, including ones we did not create ourselves, gets the same rules: no new
 * windows, no navigation away from the app, no <webview>. A compromised or buggy page then has
 * nowhere to go.
 */
export function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // A link to a web page opens in the user's browser, outside the app's privileges.
      if (isExternalHttpUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, legacyUrl) => {
      if (!isAppUrl(event.url ?? legacyUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, legacyUrl) => {
      if (!isAppUrl(event.url ?? legacyUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The app needs no camera, microphone, notifications, geolocation, clipboard-read or anything
 * else a permission guards: refuse every request and every check. Needs `ready` (sessions).
 */
export function denyPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}
