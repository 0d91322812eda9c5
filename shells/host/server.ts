import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { callContext } from '../../api/contract';
import { fail } from '../../api/result';
import type { DataContext } from '../../db/core/context';
import { openInstallation } from '../../db/installation/installation';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { fileKeyStore } from '../../db/features/backup/key-file';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../content-security';

/**
 * The test host: the real renderer in a browser, answering the contract over HTTP through the
 * same dispatcher as Electron's IPC. For development (`npm run web`) and the end-to-end tests.
 * It listens on 127.0.0.1 only, and refuses requests whose Host or Origin is not its own
 * (so a web page elsewhere cannot drive it through DNS rebinding).
 */
export interface HostOptions {
  db: string;
  port?: number;
  staticDir?: string;
  backupDir?: string;
}

export interface Host {
  url: string;
  ctx: DataContext;
  close(): Promise<void>;
}

// A backup or a directory file travels as base64 in the body (the contract allows 70 M characters).
const MAX_BODY = 72 * 1024 * 1024;
const defaultStaticDir = () => path.resolve(import.meta.dirname, '../../out/renderer');

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function serveStatic(root: string, urlPath: string, res: http.ServerResponse): void {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    res.writeHead(403).end();
    return;
  }
  const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
  if (!fs.existsSync(target)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The renderer is not built: run `npm run build`.');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(target).pipe(res);
}

export async function startHost(options: HostOptions): Promise<Host> {
  const dataDir = path.dirname(path.resolve(options.db));
  // Like `sas`, the host keeps the installation's keys in an owner-only file next to the database.
  const opened = openInstallation({
    db: options.db,
    keyStore: fileKeyStore(path.join(dataDir, 'sas-keys.json')),
    backupDir: options.backupDir,
    // Like Electron: a page names no file outside the data folder (docs/ARCHITECTURE.md §4).
    confineFiles: true,
  });
  const root = options.staticDir ?? defaultStaticDir();
  let origin = '';

  const server = http.createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'invalid_input' }));
      if (req.headers.origin && req.headers.origin !== origin)
        return sendJson(res, 403, fail({ code: 'invalid_input', messageKey: 'errors.forbiddenSender' }));
      try {
        const body = JSON.parse(await readBody(req)) as { channel?: unknown; input?: unknown; context?: unknown };
        const context = callContext.safeParse(body.context ?? undefined);
        const target = context.success ? opened.contextFor(context.data.dataset) : undefined;
        if (!target) return sendJson(res, 200, fail({ code: 'not_found' }));
        return sendJson(res, 200, await dispatchAsync(String(body.channel ?? ''), body.input, target));
      } catch {
        return sendJson(res, 400, fail({ code: 'invalid_input' }));
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(root, url.pathname, res);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    get ctx() {
      return opened.own();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          opened.close();
          resolve();
        });
      }),
  };
}
