import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { bigVtt } from '../helpers/big-transcript';
import {
  call,
  makeCore,
  preparedTranscript,
  silentLogger,
  snapshotRows,
  type TestCore,
  tempDir,
  value,
} from '../helpers/core';

// The two phases of an import (core/prepare/): transcripts.prepare reads the file in a worker thread,
// outside the dispatcher's queue; callReviews.create commits the preparedId in one short transaction.

const TWO_SPEAKERS = 'Priya Shah: What made you look at this now?\nTom Becker: Our forecast is always wrong.';
const EXPIRED = 'The transcript preview expired; choose the file again.';

let core: TestCore;
afterEach(() => core?.close());

async function setUp(options: Parameters<typeof makeCore>[0] = {}) {
  core = makeCore(options);
  const rep = await value(core, 'people.create', { name: 'Priya Shah' });
  return rep.id;
}

function createInput(repId: string, preparedId: string, rep = 0): InputOf<'callReviews.create'> {
  return {
    repId,
    date: '2026-02-24',
    account: 'Acme Logistics',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Priya Shah', side: 'rep' },
      { name: 'Tom Becker', side: 'customer' },
    ],
    transcript: { preparedId },
    speakerMap: [
      { speaker: 'Priya Shah', participant: rep === 0 ? 0 : 1 },
      { speaker: 'Tom Becker', participant: rep === 0 ? 1 : null },
    ],
  };
}

/** A worker entry that does `body` instead of reading the file. */
function fakeWorker(body: string): string {
  const file = path.join(tempDir(), 'import-worker.cjs');
  fs.writeFileSync(file, body);
  return file;
}

describe('transcripts.prepare and callReviews.create', () => {
  it('answers a preview with a preparedId and writes nothing; the commit writes the call and forgets the id', async () => {
    const repId = await setUp();
    const before = snapshotRows(core);
    const preview = await value(core, 'transcripts.prepare', { fileName: 'call.txt', text: TWO_SPEAKERS });
    expect(preview).toMatchObject({
      format: 'text',
      segmentCount: 2,
      speakers: [
        { label: 'Priya Shah', segments: 1, words: 7 },
        { label: 'Tom Becker', segments: 1, words: 5 },
      ],
      expiresAt: '2026-03-02T10:00:00.000Z',
    });
    expect(snapshotRows(core)).toEqual(before);
    expect(core.dispatcher.preparedStats().count).toBe(1);

    const review = await value(core, 'callReviews.create', createInput(repId, preview.preparedId));
    expect(review.transcriptFileName).toBe('call.txt');
    expect(review.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['Priya Shah', 'What made you look at this now?'],
      ['Tom Becker', 'Our forecast is always wrong.'],
    ]);
    expect(core.dispatcher.preparedStats()).toEqual({ count: 0, bytes: 0 });
    const again = await call(core, 'callReviews.create', createInput(repId, preview.preparedId));
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: EXPIRED } });
  });

  it('keeps the prepared transcript when the commit is refused, so the manager can fix the form and import again', async () => {
    const repId = await setUp();
    const { preparedId } = await preparedTranscript(core, { text: TWO_SPEAKERS });
    const before = snapshotRows(core);
    // The rep is mapped to no speaker: refused, nothing written, the preview still there.
    const refused = await call(core, 'callReviews.create', createInput(repId, preparedId, 1));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(snapshotRows(core)).toEqual(before);
    expect(await call(core, 'callReviews.create', createInput(repId, preparedId))).toMatchObject({
      ok: true,
    });
  });

  it('says the preview expired for an unknown id, and for one older than an hour, beside the transcript', async () => {
    const repId = await setUp();
    const before = snapshotRows(core);
    const unknown = await call(core, 'callReviews.create', createInput(repId, 'no-such-preview'));
    expect(unknown).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: EXPIRED,
        details: { issues: [{ path: ['transcript', 'preparedId'], message: EXPIRED }], reason: 'expired' },
      },
    });
    const { preparedId } = await preparedTranscript(core, { text: TWO_SPEAKERS });
    core.clock.advance(60 * 60 * 1000);
    expect(await call(core, 'callReviews.create', createInput(repId, preparedId))).toMatchObject({
      ok: false,
      error: { message: EXPIRED },
    });
    expect(snapshotRows(core)).toEqual(before);
    expect(core.dispatcher.preparedStats().count).toBe(0);
  });

  it('holds at most the number and the bytes it is allowed, forgetting the oldest first', async () => {
    const repId = await setUp({ prepare: { store: { maxCount: 2, maxBytes: 2600 } } });
    const first = await preparedTranscript(core, { text: TWO_SPEAKERS });
    const second = await preparedTranscript(core, { text: TWO_SPEAKERS });
    const third = await preparedTranscript(core, { text: TWO_SPEAKERS });
    expect(core.dispatcher.preparedStats().count).toBe(2);
    expect(await call(core, 'callReviews.create', createInput(repId, first.preparedId))).toMatchObject({
      ok: false,
      error: { message: EXPIRED },
    });
    // About 2,500 bytes once read (each earlier one about 200): both go, to fit under 2,600.
    const long = await preparedTranscript(core, {
      text: Array.from(
        { length: 20 },
        (_, i) => `${i % 2 ? 'Tom Becker' : 'Priya Shah'}: ${'word '.repeat(10)}`,
      ).join('\n'),
    });
    expect(core.dispatcher.preparedStats().count).toBe(1);
    for (const gone of [second, third]) {
      expect(await call(core, 'callReviews.create', createInput(repId, gone.preparedId))).toMatchObject({
        ok: false,
        error: { message: EXPIRED },
      });
    }
    expect(await call(core, 'callReviews.create', createInput(repId, long.preparedId))).toMatchObject({
      ok: true,
    });
    // One transcript larger than the whole allowance is refused outright.
    const huge = await call(core, 'transcripts.prepare', { text: `Priya Shah: ${'x'.repeat(3000)}` });
    expect(huge).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message: expect.stringMatching(/more than the 1 MB Coachbench keeps for imports/),
      },
    });
  });

  it('answers a file it refuses with what is wrong and where, as before', async () => {
    await setUp();
    const result = await call(core, 'transcripts.prepare', {
      fileName: 'call.vtt',
      text: 'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nAna: Hi.\n',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { line: 3 } } });
    expect(core.dispatcher.preparedStats().count).toBe(0);
  });
});

describe('the import worker', () => {
  it.each([
    ['throws as it starts', "throw new Error('Priya: confidential words');"],
    ['exits without answering', 'process.exit(3);'],
    [
      'answers nonsense',
      "require('node:worker_threads').parentPort.postMessage({ ok: false, internal: { name: 'TypeError', frames: '' } });",
    ],
  ])('that %s gives a plain error, keeps nothing and writes nothing', async (_, body) => {
    await setUp({ prepare: { worker: { file: fakeWorker(body) } } });
    const before = snapshotRows(core);
    silentLogger.errors.length = 0;
    const result = await call(core, 'transcripts.prepare', { text: TWO_SPEAKERS });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Coachbench could not read the file because of an internal error. Nothing was saved.',
      },
    });
    expect(JSON.stringify(result)).not.toContain('confidential');
    expect(silentLogger.errors.length).toBeGreaterThan(0);
    expect(snapshotRows(core)).toEqual(before);
    expect(core.dispatcher.preparedStats().count).toBe(0);
  });

  it('is stopped when it runs too long, with a message saying so', async () => {
    await setUp({
      prepare: { worker: { file: fakeWorker('setInterval(() => {}, 1000);'), timeoutMs: 300 } },
    });
    const result = await call(core, 'transcripts.prepare', { text: TWO_SPEAKERS });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message:
          'Reading the file took more than 1 second, so Coachbench stopped. Nothing was saved. Try a smaller file.',
      },
    });
  });

  it('is stopped when it needs more memory than an import may take', async () => {
    const hog = 'const held = []; for (;;) held.push(new Array(100000).fill(Math.random()));';
    await setUp({ prepare: { worker: { file: fakeWorker(hog), maxHeapMb: 32 } } });
    const result = await call(core, 'transcripts.prepare', { text: TWO_SPEAKERS });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message: expect.stringMatching(/^Reading the file needed more than the 32 MB/),
      },
    });
  });

  it('runs no more workers at once than it is allowed; the others wait their turn', async () => {
    const log = path.join(tempDir(), 'workers.log');
    const body = `const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(log)}, 'start ');
setTimeout(() => { fs.appendFileSync(${JSON.stringify(log)}, 'end '); process.exit(0); }, 100);`;
    await setUp({ prepare: { worker: { file: fakeWorker(body), maxWorkers: 1 } } });
    const results = await Promise.all(
      [1, 2, 3].map(() => call(core, 'transcripts.prepare', { text: TWO_SPEAKERS })),
    );
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    expect(fs.readFileSync(log, 'utf8')).toBe('start end start end start end ');
  });

  it('says the build is incomplete when the worker is missing', async () => {
    await setUp({ prepare: { worker: { file: path.join(tempDir(), 'absent.cjs') } } });
    silentLogger.errors.length = 0;
    const result = await call(core, 'transcripts.prepare', { text: TWO_SPEAKERS });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(String(silentLogger.errors[0])).toMatch(/import worker is missing from this build/);
  });
});

describe('responsiveness while a long file is read', () => {
  it('answers calls made after a long prepare before it, reads and writes alike', async () => {
    await setUp();
    const finished: string[] = [];
    const prepare = call(core, 'transcripts.prepare', { fileName: 'long.vtt', text: bigVtt(30_000) }).then(
      (r) => {
        finished.push('transcripts.prepare');
        return r;
      },
    );
    const list = call(core, 'callTypes.list', {}).then((r) => {
      finished.push('callTypes.list');
      return r;
    });
    const create = call(core, 'people.create', { name: 'Tom Becker' }).then((r) => {
      finished.push('people.create');
      return r;
    });
    // Round trips that each give the event loop a turn: on the one thread they could not pass a parse.
    let roundTrips = 0;
    while (!finished.includes('transcripts.prepare')) {
      await call(core, 'callTypes.list', {});
      await new Promise((resolve) => setImmediate(resolve));
      roundTrips += 1;
    }
    expect(finished).toEqual(['callTypes.list', 'people.create', 'transcripts.prepare']);
    expect((await list).ok && (await create).ok).toBe(true);
    expect(await prepare).toMatchObject({ ok: true, value: { segmentCount: 30_000 } });
    expect(roundTrips).toBeGreaterThan(3);
  });
});
