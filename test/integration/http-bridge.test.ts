import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../electron/http/server';
import { makeCore, type TestCore, tempDir } from '../helpers/core';

let core: TestCore;
let bridge: Bridge;
const TOKEN = 'test-token-0123456789abcdef';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw requests, so tests can forge Host and Origin the way a rebinding page would. */
function request(
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
  port = bridge.port,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  core = makeCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Coachbench</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  bridge = await startBridge({ core, staticDir, token: TOKEN, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await bridge.close();
  core.close();
});

describe('the HTTP bridge', () => {
  it('listens on 127.0.0.1 only and hands the token over in the URL fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.openUrl).toBe(`${bridge.url}#token=${TOKEN}`);
  });

  it('answers an API call that carries the token', async () => {
    const reply = await api('people.create', { name: 'Tom Fielding' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Tom Fielding' } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await request({
      method: 'POST',
      path: '/api/people.list',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await api('people.list', {}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const events = await request({ path: '/api/events?token=nope' });
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await api('people.list', {}, { Host: `attacker.example:${bridge.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const page = await request({ path: '/', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    expect((await api('people.list', {}, { Origin: 'https://attacker.example' })).status).toBe(403);
    expect((await api('people.list', {}, { Origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
  });

  it('refuses a body over the size limit with a clear error, and writes nothing', async () => {
    const reply = await api('people.create', { name: 'Big', title: 'x'.repeat(100 * 1024) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    const list = JSON.parse((await api('people.list', { search: 'Big' })).body);
    expect(list.value).toEqual([]);
  });

  it('says what is wrong with a body that is not JSON, or not declared as JSON', async () => {
    const bad = await request({
      method: 'POST',
      path: '/api/people.list',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    const form = await request({
      method: 'POST',
      path: '/api/people.list',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('answers each error with the HTTP status that matches its code, and the same errors-as-data body', async () => {
    const cases: [Reply, number, string][] = [
      [await api('people.drop', {}), 404, 'UNKNOWN_METHOD'],
      [await api('people.get', { id: 7 }), 400, 'INVALID_INPUT'],
      [await api('people.get', { id: 'nobody-has-this-id' }), 404, 'NOT_FOUND'],
    ];
    const person = JSON.parse((await api('people.create', { name: 'Rhea Status' })).body).value;
    await api('people.update', { id: person.id, revision: person.revision, name: 'Rhea Status-Quo' });
    cases.push([
      await api('people.update', { id: person.id, revision: person.revision, name: 'Stale edit' }),
      409,
      'CONFLICT',
    ]);
    for (const [reply, status, code] of cases) {
      expect({ status: reply.status, body: JSON.parse(reply.body) }).toMatchObject({
        status,
        body: { ok: false, error: { code } },
      });
    }
  });

  it('serves the renderer with a strict CSP and no path traversal', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/../secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await request({ path: '/%zz' })).status).toBe(400);
    expect(
      (
        await request({
          method: 'POST',
          path: '/api/%zz',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
          body: '{}',
        })
      ).status,
    ).toBe(400);
    expect((await request({ path: '/..%5c..%5csecret.txt' })).status).toBe(404);
    expect((await request({ path: '/index.html%00.png' })).status).toBe(404);
    expect((await request({ path: '/' })).status).toBe(200);
  });

  it('pushes events to a subscribed page after a mutation', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: bridge.port, path: `/api/events?token=${TOKEN}` },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('people.changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.on('response', () => void api('people.create', { name: 'Jonas Berg' }));
    });
    expect(await received).toMatch(/event: app\ndata: \{"name":"people.changed"/);
  });
});

describe('the HTTP bridge with its default body limit', () => {
  let roomy: Bridge;
  beforeAll(async () => {
    roomy = await startBridge({ core, staticDir: tempDir(), token: TOKEN });
  });
  afterAll(() => roomy.close());

  it('refuses a body nested 200,000 levels deep as bad input, not as an internal error', async () => {
    const call = (method: string, body: string) =>
      request(
        {
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
          body,
        },
        roomy.port,
      );
    // A note's document is free-form JSON, so a deep one reaches the core unless the bridge stops it.
    const rep = JSON.parse((await call('people.create', '{"name":"Dee Pest"}')).body).value;
    const note = JSON.parse(
      (await call('notes.create', JSON.stringify({ repId: rep.id, title: 'Deep' }))).body,
    ).value;
    const depth = 200_000;
    const deepDoc = `{"type":"doc","content":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const deepObject = `{"type":"doc","content":[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]}`;
    for (const doc of [deepDoc, deepObject]) {
      const reply = await call(
        'notes.save',
        `{"id":${JSON.stringify(note.id)},"revision":${note.revision},"title":"Deep","doc":${doc}}`,
      );
      expect({ status: reply.status, body: JSON.parse(reply.body) }).toMatchObject({
        status: 400,
        body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/levels deep/) } },
      });
    }
  });
});

describe('the HTTP bridge under a pile of stalled connections', () => {
  const CAP = 8;
  const STALLED = 20;
  let capped: Bridge;
  const stalled: net.Socket[] = [];

  beforeAll(async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Coachbench</title>');
    capped = await startBridge({ core, staticDir, token: TOKEN, maxConnections: CAP });
  });
  afterAll(async () => {
    for (const socket of stalled) socket.destroy();
    await capped.close();
  });

  it('drops the oldest sockets that never finished a request, and still answers a normal call', async () => {
    // Each socket sends half a request line and then nothing, like a slow-loris client.
    for (let i = 0; i < STALLED; i++) {
      const socket = net.connect(capped.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(`POST /api/people.list HTTP/1.1\r\nHost: 127.0.0.1:${capped.port}\r\n`);
      stalled.push(socket);
    }
    const reply = await request(
      {
        method: 'POST',
        path: '/api/people.list',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: '{}',
      },
      capped.port,
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });

    // Now let every stalled socket finish its request: the ones the bridge dropped are closed, the ones
    // it kept are answered (401: no token). Every socket ends one way or the other, so this cannot hang.
    const outcomes = await Promise.all(
      stalled.map(
        (socket) =>
          new Promise<'answered' | 'dropped'>((resolve) => {
            socket.once('data', () => resolve('answered'));
            socket.once('close', () => resolve('dropped'));
            if (socket.destroyed) resolve('dropped');
            else socket.write('Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
          }),
      ),
    );
    // The normal call took one of the CAP places; the stalled sockets that arrived first were dropped.
    expect(outcomes.filter((o) => o === 'answered')).toHaveLength(CAP - 1);
    expect(outcomes.slice(0, STALLED - (CAP - 1)).every((o) => o === 'dropped')).toBe(true);
  });
});
