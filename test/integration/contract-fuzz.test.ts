import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type ErrorCode, type MethodName, contract } from '../../shared/contract';
import { type TestCore, makeCore, silentLogger, snapshotRows } from '../helpers/core';

/**
 * Fuzzing every contract method (issue 17, "Never lose a word"). The methods are enumerated from the
 * contract object, so a method added later is fuzzed without touching this file.
 *
 * The rule each generated input is held to:
 * - an input the method's schema refuses answers INVALID_INPUT, and nothing else;
 * - an input the schema accepts (well-formed, but naming ids that do not exist, or out of range for the
 *   data) may be refused with a code the user can act on — INVALID_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN,
 *   TOO_LARGE — never INTERNAL;
 * - every refused call leaves every user table byte-for-byte as it was.
 *
 * Size: FUZZ_RUNS inputs per method (default 8, a few seconds for the whole contract); set
 * COACHBENCH_FUZZ_RUNS=500 (and COACHBENCH_FUZZ_SEED to replay) for a long run.
 */
const RUNS = Number(process.env.COACHBENCH_FUZZ_RUNS ?? 8);
const SEED =
  process.env.COACHBENCH_FUZZ_SEED === undefined ? undefined : Number(process.env.COACHBENCH_FUZZ_SEED);

const REFUSALS_FOR_WELL_FORMED: readonly ErrorCode[] = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'TOO_LARGE',
];

/** Strings meant to break things: control characters, lone surrogates, RTL overrides, SQL, huge. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uDFFF',
    '\u202E\u202Dabc',
    '\uFEFF',
    'é'.normalize('NFD'),
    '👩‍👩‍👧‍👦',
    "'; DROP TABLE people; --",
    '%00',
    '../../../../etc/passwd',
    '__proto__',
    'constructor',
    'NaN',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '0000-00-00',
    '-1',
    'id-0001',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.nat({ max: 3 }).map((n) => 'x'.repeat([1_000, 70_000, 300_000, 1_100_000][n]!)),
);

/** A well-formed id that names nothing. */
const unknownId = fc.uuid();

const hostileDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    'yesterday',
    '2026-03-02T25:00:00Z',
    '+275760-09-13T00:00:00.000Z',
  ),
);

const scalar = fc.oneof(
  hostileString,
  unknownId,
  hostileDate,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e308, -0),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(200, 5_000).map(deeplyNested) },
  { weight: 1, arbitrary: fc.array(unknownId, { minLength: 500, maxLength: 2_000 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like the schema wants (keys, enums, literals, arrays, unions), filled with plausible but
 * unknown ids and small strings: they get past the top-level check and reach the handlers, where "well
 * formed but naming nothing" and "valid apart from one field" are tested.
 */
function shapedLike(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return scalar;
  const inner = (key: string) => shapedLike(def[key], depth + 1);
  switch (def.type) {
    case 'string':
      return fc.oneof(unknownId, fc.string({ maxLength: 12 }), hostileDate, fc.constant('a'));
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: -2, max: 100 }), fc.double());
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'object': {
      const shape = (schema as z.ZodObject).shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      return fc.record(Object.fromEntries(keys.map((key) => [key, shapedLike(shape[key], depth + 1)])), {
        requiredKeys: keys.filter(
          (key) => !['optional', 'default', 'prefault'].includes(defOf(shape[key]).type),
        ),
      });
    }
    case 'array':
      return fc.array(inner('element'), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => shapedLike(item, depth + 1)));
    case 'record':
      return fc.dictionary(fc.oneof(unknownId, fc.string({ maxLength: 8 })), inner('valueType'), {
        maxKeys: 3,
      });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => shapedLike(option, depth + 1)));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return shapedLike((def.getter as () => unknown)(), depth + 1);
    default:
      return scalar;
  }
}

/** Replaces one field, at any depth, with a hostile value. */
function corruptOne(value: unknown, pick: number, replacement: unknown): unknown {
  if (value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return Array.isArray(value) ? [replacement] : { [String(pick)]: replacement };
  const key = keys[pick % keys.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  copy[key] = pick % 3 === 0 ? replacement : corruptOne(copy[key], Math.floor(pick / 3), replacement);
  if (pick % 7 === 0) delete copy[key];
  return copy;
}

/**
 * Inputs for one method: whole-value garbage; values shaped like the input (well formed, naming nothing);
 * and those with one field, somewhere inside, wrong, missing or hostile, or an extra key.
 */
function inputsFor(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input;
  const garbage = fc.oneof(scalar, fc.array(hostileValue, { maxLength: 3 }), fc.anything({ maxDepth: 2 }));
  const shaped = shapedLike(schema);
  const corrupted = fc
    .tuple(shaped, fc.nat(), hostileValue)
    .map(([value, pick, replacement]) => corruptOne(value, pick, replacement));
  const extraKey = fc
    .tuple(shaped, hostileString, hostileValue)
    .map(([value, key, extra]) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? { ...value, [key]: extra }
        : value,
    );
  return fc.oneof(
    { weight: 1, arbitrary: garbage },
    { weight: 2, arbitrary: shaped },
    { weight: 3, arbitrary: corrupted },
    { weight: 1, arbitrary: extraKey },
  );
}

interface Finding {
  method: string;
  input: unknown;
  problem: string;
}

function totalChanges(core: TestCore): number {
  return (core.database.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

function preview(input: unknown): string {
  try {
    const text = JSON.stringify(input);
    return text === undefined ? String(input) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(input);
  }
}

describe('contract fuzz: malformed inputs are refused and write nothing', () => {
  let core: TestCore;
  let snapshot: string;
  const methods = Object.keys(contract) as MethodName[];

  beforeAll(() => {
    core = makeCore();
    snapshot = JSON.stringify(snapshotRows(core));
  });
  afterAll(() => core?.close());

  it('covers every method of the contract', () => {
    expect(methods.length).toBeGreaterThan(50);
  });

  it.each(methods)('%s', async (method) => {
    const findings: Finding[] = [];
    const spec = contract[method];
    const loggedBefore = silentLogger.errors.length;
    await fc.assert(
      fc.asyncProperty(inputsFor(method), async (input) => {
        // The dispatcher reads a missing input (null, undefined) as {}, as the transports send it.
        const schemaAccepts = spec.input.safeParse(input ?? {}).success;
        const changesBefore = totalChanges(core);
        const result = await core.dispatcher.call(method, input);
        // No row inserted, updated or deleted by the connection (even in a rolled-back transaction) means
        // the tables are as they were; otherwise every row of every table is compared.
        const after = totalChanges(core) === changesBefore ? snapshot : JSON.stringify(snapshotRows(core));
        if (result.ok) {
          // A well-formed input may succeed (an optional-only input, a search for garbage): fine, and
          // the database it leaves is the new reference.
          if (!schemaAccepts)
            findings.push({ method, input, problem: 'the schema refuses it but it succeeded' });
          snapshot = after;
          return;
        }
        const code = result.error.code;
        if (!schemaAccepts && code !== 'INVALID_INPUT') {
          findings.push({ method, input, problem: `answered ${code} instead of INVALID_INPUT` });
        } else if (schemaAccepts && !REFUSALS_FOR_WELL_FORMED.includes(code)) {
          findings.push({ method, input, problem: `answered ${code} (${result.error.message})` });
        }
        if (typeof result.error.message !== 'string' || result.error.message.trim() === '') {
          findings.push({ method, input, problem: 'refused without a message' });
        }
        if (after !== snapshot) {
          findings.push({ method, input, problem: `refused with ${code} but changed the database` });
          snapshot = after;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The fast path above trusts total_changes(); once per method, the whole database is compared anyway.
    const whole = JSON.stringify(snapshotRows(core));
    if (whole !== snapshot)
      findings.push({ method, input: '(any of this batch)', problem: 'changed the database' });
    snapshot = whole;
    const logged = silentLogger.errors.slice(loggedBefore);
    expect(
      findings.map((f) => `${f.problem}: ${preview(f.input)}`),
      `${method}: ${findings.length} finding(s)`,
    ).toEqual([]);
    expect(logged.map((entry) => (entry as [string, unknown])[0])).toEqual([]);
  });
});
