import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import {
  type ApiErrorBody,
  type ApiResult,
  type AppEvent,
  type ErrorCode,
  MAX_REQUEST_BYTES,
} from '../../shared/contract';
import type { Core } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { resolveStaticFile } from '../core/static-files';

export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
/** Open sockets the bridge keeps; one user's tabs need a handful (each holds an event stream). */
export const MAX_CONNECTIONS = 64;
/** JSON nested deeper than this is refused before parsing; real inputs (rich-text notes) stay far below. */
export const MAX_JSON_DEPTH = 512;
const LOOPBACK = '127.0.0.1';

/** Every error code answers with the HTTP status that says the same; the body stays `{ ok: false, error }`. */
const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  // The database cannot take writes (read-only file or folder): the request is refused as it stands.
  READ_ONLY: 403,
  // Another process holds the write lock; the same request may succeed in a moment.
  BUSY: 503,
  // The disk is full or failing: the server is fine, the storage is not.
  STORAGE: 507,
  INTERNAL: 500,
};

export function httpStatusOf(result: ApiResult<unknown>): number {
  return result.ok ? 200 : STATUS_OF[result.error.code];
}

export interface BridgeOptions {
  core: Core;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  /** Injected for tests; otherwise 32 random bytes per launch. */
  token?: string;
  maxBodyBytes?: number;
  /** Injected for tests; otherwise MAX_CONNECTIONS. */
  maxConnections?: number;
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

/**
 * Whether a JSON text nests arrays and objects more than `max` levels deep. Counted on the text before
 * parsing: a 200,000-deep document parses, but the validator and the core walk it recursively and
 * overflow the stack, which used to surface as INTERNAL instead of as bad input.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

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
  const maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
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
    const found = resolveStaticFile(staticRoot, pathname);
    if (!found.ok) {
      if (found.status === 400) sendError(res, 400, { code: 'INVALID_INPUT', message: found.message });
      else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(found.message);
      }
      return;
    }
    res.writeHead(200, {
      'Content-Type': found.contentType,
      'Cache-Control': found.relative === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
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
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      sendError(res, 400, {
        code: 'INVALID_INPUT',
        message: `The request body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`,
      });
      return;
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
    sendJson(res, httpStatusOf(result), result);
  }

  // Sockets are dropped if their request headers take longer than this, or the whole request longer than
  // requestTimeout; Node checks every connectionsCheckingInterval.
  const server = http.createServer(
    { headersTimeout: 10_000, requestTimeout: 5 * 60 * 1000, connectionsCheckingInterval: 5_000 },
    (req, res) => {
      busy.add(req.socket);
      res.on('close', () => busy.delete(req.socket));
      handleRequest(req, res);
    },
  );

  // Connection cap. Sockets in insertion order, oldest first. A socket that has sent no complete request
  // (or sits idle between keep-alive requests) is the first to go when a new one arrives at the cap, so
  // a pile of slow or stalled sockets cannot lock the user's own page out; sockets with a request in
  // flight, such as the event streams, are never cut, and when all are busy the newcomer is refused.
  const sockets = new Set<Socket>();
  const busy = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (sockets.size >= maxConnections) {
      const idle = [...sockets].find((open) => !busy.has(open));
      if (idle === undefined) {
        socket.destroy();
        return;
      }
      sockets.delete(idle);
      idle.destroy();
    }
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      busy.delete(socket);
    });
  });

  function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
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
  }

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
