// Hostile transcripts, timed: the inputs test/unit/transcript-hostile-input.test.ts checks for linear work,
// at their full size. The budget is the one the parser had while it ran on the core's only thread: a
// hostile file parses or is refused within 200 ms.
import { performance } from 'node:perf_hooks';
import { MAX_LINES, type TranscriptSource } from '../../electron/core/transcripts';
import {
  attempt,
  documentXml,
  docx,
  file,
  GROWTH,
  HOSTILE,
  PAST_LINE_LIMIT,
  patchZip,
  SPEECH,
  zerosDeflated,
} from '../helpers/hostile-transcripts';
import type { Measured, Suite } from './suite';

const RUNS = 10;
const BUDGET_P95_MS = 200;
const MB = 1024 * 1024;

function measure(what: string, source: TranscriptSource): Measured {
  attempt(source); // compiles the patterns once, as the app's first import would
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    attempt(source);
    samples.push(performance.now() - start);
  }
  const kb = Math.round(source.bytes!.length / 1024);
  return { what: `parse or refuse: ${what}`, samples, budgetP95Ms: BUDGET_P95_MS, note: `${kb} KB` };
}

function bombs(): [string, TranscriptSource][] {
  const unread: Record<string, Uint8Array> = {
    'word/document.xml': new TextEncoder().encode(documentXml(SPEECH)),
  };
  for (let i = 0; i < 150; i += 1)
    unread[`word/part${i}.xml`] = new TextEncoder().encode(documentXml(SPEECH));
  const declaring = patchZip(docx(unread), (name) =>
    name.startsWith('word/part') ? { size: 99 * MB } : undefined,
  );
  const bomb = patchZip(docx({ 'word/document.xml': [zerosDeflated(512 * MB), { level: 0 }] }), (name) =>
    name === 'word/document.xml' ? { method: 8, size: MB } : undefined,
  );
  return [
    ['a .docx whose 150 unread parts declare 99 MB each', { fileName: 'call.docx', bytes: declaring }],
    ['a .docx part of 512 MB of zeros declared as 1 MB', { fileName: 'call.docx', bytes: bomb }],
    ['more than a million lines', file(`Ana: Hi.\n${'a\n'.repeat(MAX_LINES)}`)],
    ['15 million carriage returns', file(`${'\r'.repeat(15 * MB)}Ana: Hi.`)],
  ];
}

export const transcriptHostileSuite: Suite = {
  name: 'hostile transcripts',
  async run() {
    return [
      ...HOSTILE.map((c) => measure(c.name, c.make(GROWTH))),
      ...PAST_LINE_LIMIT.map((c) => measure(c.name, c.make(1))),
      ...bombs().map(([what, source]) => measure(what, source)),
    ];
  },
};
