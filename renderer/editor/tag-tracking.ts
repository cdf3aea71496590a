import { isHistoryTransaction } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import { collectBehaviourTags } from '../../shared/rich-text/behaviour-tags';
import { TAG_ACTION_META } from './tag-ops';

/** What one editor remembers about the tags of its document, to tell a deletion from its own changes. */
export interface TagTracking {
  /** Tag ids in the document after the last change. */
  present: Set<string>;
  /** Every id seen in this document, so a cut tag may be pasted back. */
  known: Set<string>;
  /** Tags created here: undoing their creation is not a deletion to ask about. */
  created: Set<string>;
  /** Ids whose observation was deleted or kept without its place: their tag must not come back. */
  retired: Set<string>;
}

/** Ids whose tag still covers some words: a tag left on nothing but spaces has lost its text. */
export function liveTagIds(doc: unknown): Set<string> {
  return new Set([...collectBehaviourTags(doc)].filter(([, quote]) => quote !== '').map(([id]) => id));
}

export function startTracking(doc: unknown): TagTracking {
  const present = liveTagIds(doc);
  return { present, known: new Set(present), created: new Set(), retired: new Set() };
}

/**
 * Updates the tracking after a change and returns the ids whose text the user just deleted: not the
 * editor's own Remove tag, not an undo of a tag's creation, not an id already settled.
 */
export function takeDeletedTags(tracking: TagTracking, doc: unknown, transaction: Transaction): string[] {
  const now = liveTagIds(doc);
  const ownRemoval = transaction.getMeta(TAG_ACTION_META) === 'remove';
  const undo = isHistoryTransaction(transaction);
  const deleted = ownRemoval
    ? []
    : [...tracking.present].filter(
        (id) => !now.has(id) && !tracking.retired.has(id) && !(undo && tracking.created.has(id)),
      );
  for (const id of now) tracking.known.add(id);
  tracking.present = now;
  return deleted;
}

/** Overlapping tags render as nested <mark>s: every tag around a clicked element, innermost first. */
export function tagIdsAround(target: EventTarget | null): { ids: string[]; innermost: HTMLElement | null } {
  const innermost =
    target instanceof Element ? target.closest<HTMLElement>('mark[data-observation-id]') : null;
  const ids: string[] = [];
  for (
    let el: Element | null = innermost;
    el;
    el = el.parentElement?.closest('mark[data-observation-id]') ?? null
  ) {
    const id = el.getAttribute('data-observation-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return { ids, innermost };
}
