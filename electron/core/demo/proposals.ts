import { documentText } from '../../../shared/rich-text/text-offsets';
import { insertProposalReply } from '../../../db/repositories/proposals';
import { nowIso } from '../context';
import type { Dispatcher } from '../dispatch';
import { DEMO_PROPOSALS, type DemoProposal } from './proposals-content';
import type { DemoSeedContext } from './team';
import { backToWeekday, DAY, demoCaller, isoDate, todayMs } from './support';

/*
 * Proposal reviews for the demo team: one per active rep (proposals-content.ts), each imported as a
 * Markdown file through proposals.prepare and proposals.create, annotated on exact passages of the first
 * version (some with a behaviour and level, some with the rep's reply), its checklist rated, then the
 * revision imported as version 2, so its annotations carry over or wait for a re-check, and its
 * checklist rated again. Everything goes through the dispatcher (`callNow`), so every rule applies.
 */

export interface DemoProposalCounts {
  proposals: number;
  proposalAnnotations: number;
}

const call = demoCaller('Demo proposals');

function source(dispatcher: Dispatcher, spec: DemoProposal, version: 'v1' | 'v2') {
  // The Markdown file a rep would send; the prepare runs in place (callNow): a text format reads synchronously.
  const { preparedId } = call(dispatcher, 'proposals.prepare', {
    fileName: `${spec.id}-${version}.md`,
    contentBase64: Buffer.from(spec[version], 'utf8').toString('base64'),
  });
  return { preparedId };
}

function checklistLines(spec: DemoProposal, version: 'v1' | 'v2') {
  return Object.entries(spec.checklist[version]).map(([key, rating]) => ({
    key: key as keyof DemoProposal['checklist']['v1'],
    rating: rating!,
    behaviourId:
      version === 'v1'
        ? (spec.checklistBehaviours?.[key as keyof DemoProposal['checklist']['v1']] ?? null)
        : null,
  }));
}

export function seedDemoProposals(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoProposalCounts {
  const { dispatcher } = ctx;
  const today = todayMs(ctx.clock);
  const counts: DemoProposalCounts = { proposals: 0, proposalAnnotations: 0 };
  for (const spec of DEMO_PROPOSALS) {
    const repId = people.get(spec.repKey);
    if (!repId) throw new Error(`Demo proposals: no demo person “${spec.repKey}”.`);
    const review = call(dispatcher, 'proposals.create', {
      repId,
      title: spec.title,
      account: spec.account,
      deal: spec.deal,
      value: spec.value,
      currency: spec.currency,
      date: isoDate(backToWeekday(today - spec.daysAgo * DAY)),
      visibility: 'shared',
      versionLabel: 'v1 (draft)',
      source: source(dispatcher, spec, 'v1'),
    });
    counts.proposals += 1;
    const first = call(dispatcher, 'proposals.get', { id: review.id });
    const text = textOf(first);
    for (const a of spec.annotations) {
      const start = text.indexOf(a.quote);
      if (start < 0 || text.indexOf(a.quote, start + 1) >= 0)
        throw new Error(`Demo proposals: ${spec.id}: “${a.quote}” must appear exactly once in v1.`);
      const annotation = call(dispatcher, 'proposals.annotate', {
        versionId: first.version.id,
        range: { start, end: start + a.quote.length },
        comment: a.comment,
        suggestedRewrite: a.suggestedRewrite ?? null,
        behaviourId: a.behaviourId ?? null,
        level: a.level ?? null,
        visibility: a.shared ? 'shared' : 'private',
      });
      counts.proposalAnnotations += 1;
      // The rep's answer in the thread, in the rep's name: the demo is written before anyone uses the copy,
      // so there is no "who is replying" to act as (proposals.reply takes the workspace owner).
      if (a.reply)
        insertProposalReply(ctx.db, {
          id: ctx.newId(),
          annotationId: annotation.id,
          authorId: repId,
          text: a.reply,
          createdAt: nowIso(ctx.clock),
        });
    }
    call(dispatcher, 'proposals.saveChecklist', {
      versionId: first.version.id,
      lines: checklistLines(spec, 'v1'),
    });
    const second = call(dispatcher, 'proposals.addVersion', {
      reviewId: review.id,
      label: 'v2 (after review)',
      source: source(dispatcher, spec, 'v2'),
    });
    call(dispatcher, 'proposals.saveChecklist', {
      versionId: second.versionId,
      lines: checklistLines(spec, 'v2'),
    });
  }
  return counts;
}

/** The version's plain text, as annotation offsets count it. */
function textOf(detail: { version: { document: unknown } }): string {
  return documentText(detail.version.document).text;
}
