import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { actAs, call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';
import { proposalDocx } from '../helpers/proposal-files';

const BEHAVIOUR = 'bhv-asks-implication-questions';
const OTHER_BEHAVIOUR = 'bhv-quantifies-cost-of-inaction';

let core: TestCore;
let managerId: string;
let repId: string;

beforeEach(async () => {
  core = makeCore();
  managerId = (await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager', managerId: null }))
    .id;
  repId = (await value(core, 'people.create', { name: 'Tom Fielding', kind: 'rep', managerId })).id;
  await actAs(core, managerId);
});
afterEach(() => core.close());

const V1 = [
  'Executive summary',
  'We are the leading provider of forecasting software. Our platform is trusted by 400 companies.',
  'The price is £48,000 a year for three warehouses.',
  'Northwind loses 6% of orders to stock-outs every quarter.',
  'Next steps: we will send the contract.',
];
const V2 = [
  'Executive summary',
  'Northwind loses 6% of orders to stock-outs every quarter, about £1.2m a year.',
  'We recommend a 60-day pilot in two warehouses, then a roll-out.',
  'The price is £48,000 a year for three warehouses.',
  'Decision needed: Dana Lee signs the pilot by 15 March.',
];

async function prepared(source: InputOf<'proposals.prepare'>) {
  return { preparedId: (await value(core, 'proposals.prepare', source)).preparedId };
}

const asDocx = (lines: string[]) =>
  proposalDocx([{ heading: 1, text: lines[0]! }, ...lines.slice(1).map((paragraph) => ({ paragraph }))]);

async function createReview(extra: Partial<InputOf<'proposals.create'>> = {}, lines = V1) {
  const bytes = asDocx(lines);
  const review = await value(core, 'proposals.create', {
    repId,
    title: 'Northwind forecasting',
    account: 'Northwind',
    deal: 'Northwind – forecasting pilot',
    value: 48000,
    currency: 'GBP',
    date: '2026-02-26',
    source: await prepared({ fileName: 'northwind-v1.docx', contentBase64: bytes.toString('base64') }),
    ...extra,
  });
  const detail = await value(core, 'proposals.get', { id: review.id });
  return { review, detail, bytes, text: lines.join('\n') };
}

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

describe('proposal reviews: import and keep the original', () => {
  it('creates a review from a .docx read in the worker, keeping the file and its SHA-256', async () => {
    const { review, detail, bytes } = await createReview();
    expect(review).toMatchObject({
      title: 'Northwind forecasting',
      versionCount: 1,
      latestVersionLabel: 'v1',
      repName: 'Tom Fielding',
    });
    expect(detail.version).toMatchObject({
      number: 1,
      format: 'docx',
      fileName: 'northwind-v1.docx',
      size: bytes.length,
    });
    expect(detail.version.signals.customerFocus.sellerCentred).toBe(true);
    expect(detail.version.signals.priceBeforeValue.priceFirst).toBe(true);
    const original = await value(core, 'proposals.original', { versionId: detail.version.id });
    expect(Buffer.from(original.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect(original.sha256).toBe(detail.version.sha256);
    expect(original.mimeType).toMatch(/wordprocessingml/);
    expect(core.events.map((e) => e.name)).toContain('proposals.changed');
  });

  it('refuses a bad file at prepare with what to do, and saves nothing', async () => {
    const before = snapshotRows(core);
    const damaged = await call(core, 'proposals.prepare', {
      fileName: 'northwind.docx',
      contentBase64: asDocx(V1).subarray(0, 300).toString('base64'),
    });
    expect(damaged).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/damaged/) },
    });
    const scan = await call(core, 'proposals.prepare', {
      fileName: 'scan.pdf',
      contentBase64: fs
        .readFileSync(path.join(__dirname, '../fixtures/proposals/bitmap-mmr.pdf'))
        .toString('base64'),
    });
    expect(scan).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/no text layer.*paste the text instead/) },
    });
    const expired = await call(core, 'proposals.create', {
      repId,
      title: 'X',
      account: 'Y',
      date: '2026-02-26',
      source: { preparedId: 'gone' },
    });
    expect(expired).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The proposal preview expired; choose the file again.' },
    });
    expect(snapshotRows(core)).toEqual(before);
  });

  it('says a pasted version has no original file', async () => {
    const review = await value(core, 'proposals.create', {
      repId,
      title: 'Pasted',
      account: 'Northwind',
      date: '2026-02-26',
      source: await prepared({ text: V1.join('\n') }),
    });
    const { version } = await value(core, 'proposals.get', { id: review.id });
    expect(await call(core, 'proposals.original', { versionId: version.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This version was pasted, so there is no original file to open.' },
    });
  });
});

describe('proposal reviews: annotations', () => {
  it('annotates an exact passage; a behaviour and level record an observation with the quote', async () => {
    const { detail, text } = await createReview();
    const range = rangeOf(text, 'We are the leading provider of forecasting software.');
    const annotation = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range,
      comment: 'Open with their problem, not our credentials.',
      suggestedRewrite: 'Northwind loses 6% of orders to stock-outs every quarter.',
      behaviourId: BEHAVIOUR,
      level: 2,
    });
    expect(annotation).toMatchObject({
      quote: 'We are the leading provider of forecasting software.',
      start: range.start,
      end: range.end,
      level: 2,
      behaviourId: BEHAVIOUR,
    });
    const observation = await value(core, 'observations.get', { id: annotation.observationId! });
    expect(observation).toMatchObject({
      sourceKind: 'proposal',
      evidence: 'We are the leading provider of forecasting software.',
      level: 2,
      repId,
      sourceTitle: 'Proposal: Northwind forecasting',
    });
    const plain = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Next steps'),
      comment: 'Who decides, by when?',
    });
    expect(plain.observationId).toBeNull();
    const { annotations } = await value(core, 'proposals.get', { id: detail.review.id });
    expect(annotations.map((a) => a.id)).toEqual([annotation.id, plain.id]);
  });

  it('refuses a selection past the end, a blank one, and a shared comment on a private review', async () => {
    const { detail, text } = await createReview();
    const past = await call(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: { start: 3, end: text.length + 5 },
      comment: 'x',
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/past the end of this version/) },
    });
    const blank = await call(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: { start: V1[0]!.length, end: V1[0]!.length + 1 },
      comment: 'x',
    });
    expect(blank).toMatchObject({
      ok: false,
      error: { message: 'Select some words of the proposal to annotate.' },
    });
    const nothing = await call(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: { start: 0, end: 4 },
    });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const privateReview = await createReview({ visibility: 'private' });
    const shared = await call(core, 'proposals.annotate', {
      versionId: privateReview.detail.version.id,
      range: { start: 0, end: 9 },
      comment: 'x',
      visibility: 'shared',
    });
    expect(shared).toMatchObject({
      ok: false,
      error: { message: 'This proposal review is private, so its annotations are private too.' },
    });
  });

  it('threads replies under an annotation; the rep replies and resolves, and it can be opened again', async () => {
    const { detail, text } = await createReview();
    const a = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Next steps'),
      comment: 'Who signs, and by when?',
    });
    await actAs(core, repId);
    const replied = await value(core, 'proposals.reply', {
      annotationId: a.id,
      text: 'Dana Lee, by 15 March. I will add it.',
    });
    expect(replied.replies).toMatchObject([
      { authorName: 'Tom Fielding', text: 'Dana Lee, by 15 March. I will add it.' },
    ]);
    expect((await value(core, 'proposals.resolve', { annotationId: a.id, resolved: true })).resolved).toBe(
      true,
    );
    await actAs(core, managerId);
    expect((await value(core, 'proposals.resolve', { annotationId: a.id, resolved: false })).resolved).toBe(
      false,
    );
  });

  it('keeps a private annotation from the rep, and lets the rep delete nothing of the manager’s', async () => {
    const { detail, text } = await createReview();
    const secret = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Next steps'),
      comment: 'Probably sandbagging.',
      visibility: 'private',
    });
    await actAs(core, repId);
    const seen = await value(core, 'proposals.get', { id: detail.review.id });
    expect(seen.annotations.map((a) => a.id)).not.toContain(secret.id);
    expect(await call(core, 'proposals.deleteAnnotation', { annotationId: secret.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('proposal reviews: the decision-document checklist', () => {
  it('rates questions with an anchor; a linked behaviour records an observation that follows the line', async () => {
    const { detail, text } = await createReview();
    const lines = await value(core, 'proposals.saveChecklist', {
      versionId: detail.version.id,
      lines: [
        {
          key: 'problem',
          rating: 'weak',
          note: 'Buried in paragraph four.',
          anchor: rangeOf(text, 'Northwind loses 6% of orders'),
          behaviourId: OTHER_BEHAVIOUR,
        },
        { key: 'decision', rating: 'missing' },
      ],
    });
    expect(lines).toHaveLength(8);
    const problem = lines.find((l) => l.key === 'problem')!;
    expect(problem).toMatchObject({ rating: 'weak', anchor: { quote: 'Northwind loses 6% of orders' } });
    const observation = await value(core, 'observations.get', { id: problem.observationId! });
    expect(observation).toMatchObject({
      level: 2,
      sourceKind: 'proposal',
      evidence: 'Northwind loses 6% of orders',
      behaviourId: OTHER_BEHAVIOUR,
    });
    expect(observation.comment).toMatch(/^What problem are we solving\? Weak\. Buried/);
    const again = await value(core, 'proposals.saveChecklist', {
      versionId: detail.version.id,
      lines: [{ key: 'problem', rating: 'adequate', behaviourId: OTHER_BEHAVIOUR }],
    });
    const updated = again.find((l) => l.key === 'problem')!;
    expect(updated.observationId).toBe(problem.observationId);
    expect((await value(core, 'observations.get', { id: updated.observationId! })).level).toBe(3);
    const cleared = await value(core, 'proposals.saveChecklist', {
      versionId: detail.version.id,
      lines: [{ key: 'problem', rating: null }],
    });
    expect(cleared.find((l) => l.key === 'problem')).toMatchObject({ rating: null, observationId: null });
    expect(await call(core, 'observations.get', { id: problem.observationId! })).toMatchObject({ ok: false });
  });

  it('refuses a behaviour on an unrated line and a question twice', async () => {
    const { detail } = await createReview();
    expect(
      await call(core, 'proposals.saveChecklist', {
        versionId: detail.version.id,
        lines: [{ key: 'cost', rating: null, behaviourId: BEHAVIOUR }],
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Rate the question before linking a behaviour/) },
    });
    expect(
      await call(core, 'proposals.saveChecklist', {
        versionId: detail.version.id,
        lines: [
          { key: 'cost', rating: 'weak' },
          { key: 'cost', rating: 'strong' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Each question appears once/) },
    });
  });
});

describe('proposal reviews: versions', () => {
  it('carries annotations on unchanged passages to v2, lists changed ones as needing a re-check, and compares', async () => {
    const { detail, text } = await createReview();
    const onPrice = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'The price is £48,000 a year'),
      comment: 'Price before value.',
      behaviourId: BEHAVIOUR,
      level: 1,
    });
    await value(core, 'proposals.reply', { annotationId: onPrice.id, text: 'Move it after the ROI.' });
    const onNextSteps = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Next steps: we will send the contract.'),
      comment: 'No decision asked for.',
    });
    const resolved = await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Executive summary'),
      comment: 'Fine.',
    });
    await value(core, 'proposals.resolve', { annotationId: resolved.id, resolved: true });
    await value(core, 'proposals.saveChecklist', {
      versionId: detail.version.id,
      lines: [
        { key: 'decision', rating: 'missing' },
        { key: 'cost', rating: 'strong' },
      ],
    });

    const added = await value(core, 'proposals.addVersion', {
      reviewId: detail.review.id,
      label: 'v2',
      source: await prepared({ fileName: 'northwind-v2.docx', contentBase64: asDocx(V2).toString('base64') }),
    });
    expect(added).toMatchObject({ carried: 1, needsRecheck: 1 });
    await value(core, 'proposals.saveChecklist', {
      versionId: added.versionId,
      lines: [
        { key: 'decision', rating: 'strong' },
        { key: 'cost', rating: 'strong' },
      ],
    });
    const v2 = await value(core, 'proposals.get', { id: detail.review.id });
    expect(v2.version.id).toBe(added.versionId);
    const v2Text = V2.join('\n');
    const carried = v2.annotations.find((a) => a.carriedFromId === onPrice.id)!;
    expect(v2Text.slice(carried.start!, carried.end!)).toBe('The price is £48,000 a year');
    expect(carried).toMatchObject({
      needsRecheck: false,
      observationId: onPrice.observationId,
      replies: [{ text: 'Move it after the ROI.' }],
    });
    const recheck = v2.annotations.find((a) => a.carriedFromId === onNextSteps.id)!;
    expect(recheck).toMatchObject({
      needsRecheck: true,
      start: null,
      end: null,
      quote: 'Next steps: we will send the contract.',
    });
    expect(v2.annotations.some((a) => a.carriedFromId === resolved.id)).toBe(false);
    expect(v2.checklistComparison?.find((c) => c.key === 'decision')).toMatchObject({
      before: 'missing',
      after: 'strong',
      change: 3,
    });
    expect(v2.checklistComparison?.find((c) => c.key === 'cost')).toMatchObject({ change: 0 });

    const reanchored = await value(core, 'proposals.reanchor', {
      annotationId: recheck.id,
      range: rangeOf(v2Text, 'Decision needed'),
    });
    expect(reanchored).toMatchObject({ needsRecheck: false, quote: 'Decision needed' });

    const diff = await value(core, 'proposals.compare', {
      fromVersionId: detail.version.id,
      toVersionId: added.versionId,
    });
    expect(
      diff.parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(
      diff.parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(v2Text);
    // The first version is still there as it was.
    const v1 = await value(core, 'proposals.get', { id: detail.review.id, versionId: detail.version.id });
    expect(v1.annotations.map((a) => a.id).sort()).toEqual([onPrice.id, onNextSteps.id, resolved.id].sort());
  });

  it('refuses a second version with a label already used', async () => {
    const { detail } = await createReview();
    expect(
      await call(core, 'proposals.addVersion', {
        reviewId: detail.review.id,
        label: 'V1',
        source: await prepared({ text: 'x y z' }),
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'There is already a version called “V1”; give this one another label.' },
    });
  });
});

describe('proposal reviews: export', () => {
  it('writes one self-contained HTML file; private comments only when asked; everything escaped', async () => {
    const { detail, text } = await createReview({ title: 'Northwind <script>alert(1)</script>' });
    await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'The price is £48,000'),
      comment: 'Shared: lead with value <img src=x onerror=alert(1)>.',
    });
    await value(core, 'proposals.annotate', {
      versionId: detail.version.id,
      range: rangeOf(text, 'Next steps'),
      comment: 'Private: he is coasting.',
      visibility: 'private',
    });
    const shared = await value(core, 'proposals.export', { id: detail.review.id });
    expect(shared.html).toContain('Shared: lead with value &lt;img src=x onerror=alert(1)&gt;.');
    expect(shared.html).not.toContain('he is coasting');
    expect(shared.html).not.toMatch(/<script|<img|src="http|<link/i);
    expect(shared.html).toContain(
      '<mark>The price is £48,000</mark><sup class="ref"><a href="#note-1" id="ref-1">1</a></sup>',
    );
    expect(shared.html).toContain('@media print');
    expect(shared.fileName).not.toMatch(/[<>/]/);
    const withPrivate = await value(core, 'proposals.export', { id: detail.review.id, includePrivate: true });
    expect(withPrivate.html).toContain('Private: he is coasting.');
    // The rep never gets the manager's private note, even when asking for private ones.
    await actAs(core, repId);
    expect(
      (await value(core, 'proposals.export', { id: detail.review.id, includePrivate: true })).html,
    ).not.toContain('he is coasting');
  });
});
