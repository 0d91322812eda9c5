import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../../shells/content-security';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * The renderer is served from app://renderer/ rather than file://, so pages get a real origin
 * (checked by the IPC sender test), a CSP header, and no access to the rest of the disk.
 */
export { CONTENT_SECURITY_POLICY };

export const contentTypeOf = (file: string): string => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Must run before `ready`: only then can a custom scheme become standard and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export type Resolved = { file: string; fallback: boolean } | { status: 400 | 403 | 404 };

/**
 * Maps a request URL to a file inside the renderer folder, or to a refusal. The path is decoded
 * first, then contained with `path.relative`, so `..`, `%2e%2e%2f`, encoded backslashes and
 * absolute paths can never reach outside the folder.
 */
export function resolveRendererFile(rendererDir: string, rawUrl: string): Resolved {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  const inner = decoded.replace(/^\//, '');
  if (inner.includes('\0') || path.isAbsolute(inner) || path.win32.isAbsolute(inner)) return { status: 403 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, inner);
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { status: 403 };
  if (rel === '') return { file: path.join(root, 'index.html'), fallback: false };
  // The app routes with hashes, but a path without extension is still a page, not an asset.
  return { file, fallback: path.extname(rel) === '' };
}

const headers = (contentType: string): Record<string, string> => ({
  'content-type': contentType,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
});

const refusal = (status: number): Response => new Response(null, { status, headers: headers('text/plain; charset=utf-8') });

/** Answers one app:// request: the pure part of `handleAppProtocol`, exported for tests. */
export async function serveRendererRequest(rendererDir: string, request: { url: string; method?: string }): Promise<Response> {
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return refusal(405);
  const resolved = resolveRendererFile(rendererDir, request.url);
  if ('status' in resolved) return refusal(resolved.status);
  let file = resolved.file;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    if (!resolved.fallback) return refusal(404);
    file = path.join(path.resolve(rendererDir), 'index.html');
    try {
      body = await readFile(file);
    } catch {
      return refusal(404);
    }
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(contentTypeOf(file)) });
}

/** Installs the app:// handler (after `ready`). */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererDir, request));
}
