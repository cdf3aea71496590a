// npm run test:crash — "never lose a word" (issue 17). Starts the real core behind the real HTTP bridge
// (test/crash/server.ts), writes through the API from several streams at once (coaching notes saved,
// observations recorded, one-to-one notes autosaved, people added), and kills the process with SIGKILL at
// a random moment, many rounds over. After every kill: `PRAGMA integrity_check` answers ok, and after the
// restart every write the server acknowledged is there, as acknowledged (a write in flight at the kill
// may be there or not; if it is, it is whole).
//
//   npm run test:crash -- [--rounds N] [--writes N] [--seed N]
//
// --writes is the most acknowledged writes a round waits for before the kill; the kill comes after a
// random number of them (1..N), while other writes are still in flight. Bounded by counts, not time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A small seeded generator, so a failing run can be replayed with --seed. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function bundleServer(dir) {
  const outfile = path.join(dir, 'crash-server.cjs');
  buildSync({
    absWorkingDir: root,
    entryPoints: ['test/crash/server.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
  });
  // The core starts its import worker from its own folder (scripts/build.mjs puts one beside each bundle).
  buildSync({
    absWorkingDir: root,
    entryPoints: ['electron/core/prepare/worker.ts'],
    outfile: path.join(dir, 'import-worker.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return outfile;
}

function startServer(serverFile, dbFile, staticDir) {
  const child = spawn(
    process.execPath,
    [serverFile, '--db', dbFile, '--migrations', path.join(root, 'db', 'migrations'), '--static', staticDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The bundle lives in a temp folder: better-sqlite3 (native, not bundled) comes from the repo.
      env: { ...process.env, COACHBENCH_CHECK_OUTPUTS: '1', NODE_PATH: path.join(root, 'node_modules') },
    },
  );
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(output);
      if (!match) return;
      child.stdout.removeListener('data', onData);
      child.stderr.removeListener('data', onData);
      child.removeListener('exit', onEarlyExit);
      const [, baseUrl, token] = match;
      resolve({
        output: () => output,
        /** The API as the page calls it; the answer as data ({ ok, value } or { ok: false, error }). */
        async call(method, input) {
          const response = await fetch(`${baseUrl}api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(input),
          });
          return response.json();
        },
        async kill() {
          child.kill('SIGKILL');
          await exited;
        },
      });
    };
    const onEarlyExit = (code, signal) =>
      reject(new Error(`the server exited with ${code ?? signal}:\n${output}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onEarlyExit);
  });
}

async function must(server, method, input) {
  const result = await server.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const docOf = (text) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const textOf = (doc) =>
  (doc?.content ?? []).flatMap((block) => (block.content ?? []).map((inline) => inline.text ?? '')).join('');

function integrityCheck(dbFile) {
  const db = new Database(dbFile);
  try {
    return db.pragma('integrity_check', { simple: false }).map((row) => row.integrity_check);
  } finally {
    db.close();
  }
}

/**
 * What the server acknowledged, and what it was sent: for a document saved under revision R, the text
 * sent with that save (so a save in flight at the kill, if it landed, can be told from a torn one).
 */
function newLedger() {
  return {
    note: { acked: 0, sentText: new Map() },
    oneOnOne: { acked: 0, sentText: new Map() },
    observations: new Map(),
    people: new Map(),
    acknowledged: 0,
  };
}

async function verify(server, state, ledger, round) {
  const problems = [];
  const note = await must(server, 'notes.get', { id: state.noteId });
  if (note.revision < ledger.note.acked) {
    problems.push(`note at revision ${note.revision}, but revision ${ledger.note.acked} was acknowledged`);
  } else if (note.revision > 1 && ledger.note.sentText.get(note.revision) !== textOf(note.doc)) {
    problems.push(`note revision ${note.revision} holds "${textOf(note.doc)}", which no save of it sent`);
  }
  const meeting = await must(server, 'oneOnOnes.get', { id: state.oneOnOneId });
  const shared = meeting.shared;
  if (shared.revision < ledger.oneOnOne.acked) {
    problems.push(
      `one-to-one notes at revision ${shared.revision}, but ${ledger.oneOnOne.acked} was acknowledged`,
    );
  } else if (shared.revision > 1 && ledger.oneOnOne.sentText.get(shared.revision) !== textOf(shared.doc)) {
    problems.push(
      `one-to-one notes revision ${shared.revision} hold "${textOf(shared.doc)}", which no save of it sent`,
    );
  }
  for (const [id, comment] of ledger.observations) {
    const found = await server.call('observations.get', { id });
    if (!found.ok) problems.push(`acknowledged observation ${id} is gone (${found.error.code})`);
    else if (found.value.comment !== comment) problems.push(`observation ${id} lost its comment`);
  }
  for (const [id, name] of ledger.people) {
    const found = await server.call('people.get', { id });
    if (!found.ok || found.value.name !== name) {
      problems.push(
        `acknowledged person ${name} (${id}) is gone (${found.ok ? found.value.name : found.error.message})`,
      );
    }
  }
  if (problems.length > 0)
    throw new Error(`Round ${round}: acknowledged writes lost:\n  ${problems.join('\n  ')}`);
}

/**
 * One round of writing: four streams, each waiting for its previous answer (as an editor's autosave does),
 * until `killAfter` writes in all have been acknowledged; then the kill, with the others still in flight.
 */
async function writeUntilKilled(server, state, ledger, killAfter, round) {
  let acknowledged = 0;
  let killed = false;
  let killing;
  const ack = () => {
    acknowledged += 1;
    ledger.acknowledged += 1;
    if (acknowledged >= killAfter && !killed) {
      killed = true;
      killing = server.kill();
    }
  };
  const note = await must(server, 'notes.get', { id: state.noteId });
  const meeting = await must(server, 'oneOnOnes.get', { id: state.oneOnOneId });
  let noteRevision = note.revision;
  let meetingRevision = meeting.shared.revision;
  let n = 0;
  const stream = async (write) => {
    while (!killed) {
      n += 1;
      try {
        await write(n);
      } catch (error) {
        if (killed) return; // the connection died with the server: the write was never acknowledged
        throw error;
      }
    }
  };
  await Promise.all([
    stream(async (i) => {
      const text = `Round ${round}, note save ${i}: she asked about the decision process.`;
      ledger.note.sentText.set(noteRevision + 1, text);
      const saved = await must(server, 'notes.save', {
        id: state.noteId,
        revision: noteRevision,
        title: 'Ride-along',
        doc: docOf(text),
      });
      noteRevision = saved.note.revision;
      ledger.note.acked = noteRevision;
      ack();
    }),
    stream(async (i) => {
      const text = `Round ${round}, one-to-one autosave ${i}: agreed to book two discovery calls.`;
      ledger.oneOnOne.sentText.set(meetingRevision + 1, text);
      const saved = await must(server, 'oneOnOnes.saveNotes', {
        id: state.oneOnOneId,
        revision: meetingRevision,
        part: 'shared',
        doc: docOf(text),
      });
      meetingRevision = saved.revision;
      ledger.oneOnOne.acked = meetingRevision;
      ack();
    }),
    stream(async (i) => {
      const comment = `Round ${round}, observation ${i}: summarised the next step.`;
      const created = await must(server, 'observations.create', {
        repId: state.repId,
        behaviourId: state.behaviourId,
        observedOn: '2026-03-02',
        level: 1 + (i % 4),
        comment,
      });
      ledger.observations.set(created.id, comment);
      ack();
    }),
    stream(async (i) => {
      if (i % 5 !== 0) return;
      const name = `Rep ${round}-${i}`;
      const created = await must(server, 'people.create', { name, managerId: state.managerId });
      ledger.people.set(created.id, name);
      ack();
    }),
  ]);
  await killing;
}

export async function runCrashTest({
  rounds = 20,
  writes = 200,
  seed = Date.now() % 2 ** 31,
  log = console.log,
} = {}) {
  const next = random(seed);
  const dir = fs.mkdtempSync(path.join(process.env.COACHBENCH_TEST_TMP ?? os.tmpdir(), 'coachbench-crash-'));
  let server;
  try {
    const serverFile = bundleServer(dir);
    const dbFile = path.join(dir, 'coachbench.db');
    const staticDir = path.join(dir, 'static');
    const ledger = newLedger();

    server = await startServer(serverFile, dbFile, staticDir);
    const manager = await must(server, 'people.create', { name: 'Claire Dubois', kind: 'manager' });
    await must(server, 'workspace.claim', { personId: manager.id });
    const rep = await must(server, 'people.create', { name: 'Aisha Okafor', managerId: manager.id });
    const library = await must(server, 'library.get', {});
    const note = await must(server, 'notes.create', { repId: rep.id, title: 'Ride-along' });
    const meeting = await must(server, 'oneOnOnes.create', { repId: rep.id, date: '2026-03-02' });
    const state = {
      managerId: manager.id,
      repId: rep.id,
      behaviourId: library.behaviours[0].id,
      noteId: note.id,
      oneOnOneId: meeting.id,
    };
    ledger.people.set(manager.id, 'Claire Dubois').set(rep.id, 'Aisha Okafor');

    for (let round = 1; round <= rounds; round += 1) {
      const killAfter = 1 + Math.floor(next() * writes);
      await writeUntilKilled(server, state, ledger, killAfter, round);
      const integrity = integrityCheck(dbFile);
      if (integrity.length !== 1 || integrity[0] !== 'ok') {
        throw new Error(`Round ${round}: integrity_check after the kill: ${integrity.join('; ')}`);
      }
      server = await startServer(serverFile, dbFile, staticDir);
      await verify(server, state, ledger, round);
      log(
        `round ${round}/${rounds}: killed after ${killAfter} acknowledged writes; integrity ok; all ${ledger.acknowledged} acknowledged writes present`,
      );
    }
    return { rounds, acknowledged: ledger.acknowledged, seed };
  } finally {
    // A failed round must not leave its server running (holding the file and a port).
    await server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { rounds: { type: 'string' }, writes: { type: 'string' }, seed: { type: 'string' } },
  });
  const options = {
    rounds: values.rounds === undefined ? 20 : Number(values.rounds),
    writes: values.writes === undefined ? 200 : Number(values.writes),
    seed: values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed),
  };
  for (const [name, n] of Object.entries(options)) {
    if (!Number.isInteger(n) || n < 1) {
      console.error(`--${name} must be a whole number of at least 1, not "${values[name]}".`);
      process.exit(2);
    }
  }
  console.log(
    `Crash test: ${options.rounds} rounds, up to ${options.writes} acknowledged writes each, seed ${options.seed}`,
  );
  runCrashTest(options).then(
    (result) =>
      console.log(
        `Crash test passed: ${result.acknowledged} acknowledged writes survived ${result.rounds} SIGKILLs.`,
      ),
    (error) => {
      console.error(error.stack ?? String(error));
      process.exit(1);
    },
  );
}
