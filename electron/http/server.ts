import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ApiErrorBody, type AppEvent, MAX_REQUEST_BYTES } from '../../shared/contract';
import type { Core } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
const LOOPBACK = '127.0.0.1';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  core: Core;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  /** Injected for tests; otherwise 32 random bytes per launch. */
  token?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to a server. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: ApiErrorBody): void {
  sendJson(res, status, { ok: false, error });
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(req: http.IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

class BodyTooLarge extends Error {}

// Past this, the connection is cut rather than drained.
const DRAIN_LIMIT_BYTES = 1024 * 1024 * 1024;

/**
 * Reads a JSON body up to `limit` bytes. An oversized body is drained (not kept) before the 413 is sent,
 * so the client is still listening when the clear error arrives.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy();
        reject(new BodyTooLarge());
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () =>
      tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/**
 * The local HTTP bridge: the same core as the desktop app, for browser mode and tests.
 * Loopback only, a per-launch token on every API call, and Host/Origin checks against DNS rebinding.
 */
export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticRoot = path.resolve(options.staticDir);
  const eventClients = new Set<http.ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  const unsubscribe = options.core.subscribe((event: AppEvent) => {
    const frame = `event: app\ndata: ${JSON.stringify(event)}\n\n`;
    for (const client of eventClients) client.write(frame);
  });

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { code: 'INVALID_INPUT', message: 'Only GET is served here.' });
      return;
    }
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^[/\\]+/, '');
    } catch {
      sendError(res, 400, { code: 'INVALID_INPUT', message: 'That address is not a valid URL.' });
      return;
    }
    // A NUL byte or a Windows drive or UNC path never names a file of the app.
    if (relative.includes('\0') || path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': relative === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events') {
      if (!sameToken(url.searchParams.get('token') ?? bearer(req), token)) {
        sendError(res, 401, { code: 'UNAUTHORIZED', message: 'Missing or wrong access token.' });
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      eventClients.add(res);
      req.on('close', () => eventClients.delete(res));
      return;
    }
    if (!sameToken(bearer(req), token)) {
      sendError(res, 401, {
        code: 'UNAUTHORIZED',
        message: 'Missing or wrong access token. Open the link that `npm run serve` printed.',
      });
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'INVALID_INPUT', message: 'API calls use POST.' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(res, 415, {
        code: 'INVALID_INPUT',
        message: 'API calls send JSON (Content-Type: application/json).',
      });
      return;
    }
    let text: string;
    try {
      text = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendError(res, 413, {
          code: 'TOO_LARGE',
          message: `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most Coachbench accepts in one call.`,
        });
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      sendError(res, 400, { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' });
      return;
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      sendError(res, 400, { code: 'INVALID_INPUT', message: 'That address is not a valid URL.' });
      return;
    }
    const result = await options.core.dispatcher.call(method, input);
    sendJson(res, 200, result);
  }

  const server = http.createServer((req, res) => {
    securityHeaders(res);
    // DNS rebinding: a hostile page can resolve its own name to 127.0.0.1, but it cannot forge Host.
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendError(res, 403, {
        code: 'FORBIDDEN',
        message: 'Requests must be addressed to this machine (127.0.0.1).',
      });
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      sendError(res, 403, { code: 'FORBIDDEN', message: 'Requests from other web sites are refused.' });
      return;
    }
    // Everything runs inside the promise chain: a synchronous throw must answer 500, not end the process.
    const work = Promise.resolve().then(() => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      return url.pathname.startsWith('/api/')
        ? handleApi(req, res, url)
        : serveStatic(req, res, url.pathname);
    });
    work.catch((error: unknown) => {
      console.error('[coachbench] HTTP request failed', error);
      if (!res.headersSent)
        sendError(res, 500, { code: 'INTERNAL', message: 'Coachbench hit an internal error.' });
      else res.end();
    });
  });
  server.requestTimeout = 5 * 60 * 1000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://${LOOPBACK}:${port}/`;
      resolve({
        url,
        openUrl: `${url}#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const client of eventClients) client.end();
            eventClients.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
