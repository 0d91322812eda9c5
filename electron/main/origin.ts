import { app } from 'electron';

/** The scheme and host the renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The electron-vite dev server, trusted only in an unpackaged run: a release build must never
 * accept a page from an address an environment variable chose.
 */
export function devServerUrl(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || !url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * True when the URL belongs to the app's own pages. Compared by scheme and host, not by
 * `URL.origin`: WHATWG URL gives a custom scheme the opaque origin "null".
 */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password) return true;
  const dev = devServerUrl();
  return dev !== null && url.origin === new URL(dev).origin;
}

/** Only web addresses may leave the app for the system browser: no file:, smb:, custom handlers. */
export function isExternalHttpUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
