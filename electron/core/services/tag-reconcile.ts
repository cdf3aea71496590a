import { collectBehaviourTags, filterBehaviourTags } from '../../../shared/rich-text/behaviour-tags';
import type { RichTextDoc } from '../../../shared/contract';
import { anchoredObservationsOf, updateObservationRow } from '../../../db/repositories/observations';
import { type HandlerContext, nowIso } from '../context';
import { observationsChanged } from './observations';

export interface ReconcileResult {
  doc: RichTextDoc;
  refreshed: string[];
  orphaned: string[];
  reattached: string[];
}

/**
 * Keeps a document's behaviour tags and their observations in step, inside the caller's transaction:
 * quotes follow edits, a tag that vanished flags its observation as orphaned (never deletes it), a tag
 * that came back (undo) re-anchors it, and a tag naming an observation of another document is dropped.
 */
export function reconcileTags(
  ctx: HandlerContext,
  target: { documentId: string; part: 'body' | 'shared' | 'private'; repId: string },
  input: RichTextDoc,
): ReconcileResult {
  const anchored = anchoredObservationsOf(ctx.db, target.documentId, target.part);
  const known = new Set(anchored.map((o) => o.id));
  const doc = filterBehaviourTags(input, (id) => known.has(id));
  const tags = collectBehaviourTags(doc);
  const now = nowIso(ctx.clock);
  const result: ReconcileResult = { doc, refreshed: [], orphaned: [], reattached: [] };
  for (const observation of anchored) {
    const quote = tags.get(observation.id);
    if (quote === undefined) {
      if (observation.anchorState === 'anchored') {
        updateObservationRow(ctx.db, observation.id, { anchorState: 'orphaned', updatedAt: now });
        result.orphaned.push(observation.id);
      }
      continue;
    }
    const changes: Parameters<typeof updateObservationRow>[2] = {};
    if (observation.anchorState !== 'anchored') {
      changes.anchorState = 'anchored';
      result.reattached.push(observation.id);
    }
    if (quote !== observation.evidence) {
      changes.evidence = quote;
      result.refreshed.push(observation.id);
    }
    if (Object.keys(changes).length > 0)
      updateObservationRow(ctx.db, observation.id, { ...changes, updatedAt: now });
  }
  const changed = [...result.refreshed, ...result.orphaned, ...result.reattached];
  if (changed.length > 0)
    observationsChanged(
      ctx,
      changed.map((id) => ({ id, repId: target.repId })),
      false,
    );
  return result;
}
