import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Fragment, type Mark, type Node as PmNode, Slice } from '@tiptap/pm/model';
import { BEHAVIOUR_TAG_MARK } from '../../shared/rich-text/behaviour-tags';

/** Transaction meta set on the editor's own tag changes, so deletion detection leaves them alone. */
export const TAG_ACTION_META = 'coachbench.behaviourTagAction';
export type TagAction = 'create' | 'remove';

function tagIdOf(mark: Mark): string | null {
  const id = mark.attrs.observationId;
  return mark.type.name === BEHAVIOUR_TAG_MARK && typeof id === 'string' ? id : null;
}

export function tagIdsOfMarks(marks: readonly Mark[]): string[] {
  return marks.map(tagIdOf).filter((id): id is string => id !== null);
}

/** Tags around the cursor (either side of it), or every tag the selected text touches. */
export function tagIdsAtSelection(state: EditorState): string[] {
  const { from, to, empty, $from } = state.selection;
  const ids = new Set<string>();
  if (empty) {
    for (const node of [$from.nodeBefore, $from.nodeAfter]) {
      if (node) for (const id of tagIdsOfMarks(node.marks)) ids.add(id);
    }
  } else {
    state.doc.nodesBetween(from, to, (node) => {
      if (node.isText) for (const id of tagIdsOfMarks(node.marks)) ids.add(id);
    });
  }
  return inDocumentOrder(state.doc, [...ids]);
}

/** Puts tag ids in the order their tags start in the document. */
export function inDocumentOrder(doc: PmNode, ids: string[]): string[] {
  const starts = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (node.isText) for (const id of tagIdsOfMarks(node.marks)) if (!starts.has(id)) starts.set(id, pos);
  });
  return [...ids].sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0));
}

/** Shrinks a range past leading and trailing spaces and block edges, so a tag starts and ends on words. */
export function trimRange(doc: PmNode, from: number, to: number): { from: number; to: number } {
  let start = from;
  let end = to;
  while (start < end && /^\s?$/.test(doc.textBetween(start, start + 1, ' ', ' '))) start += 1;
  while (end > start && /^\s?$/.test(doc.textBetween(end - 1, end, ' ', ' '))) end -= 1;
  return { from: start, to: end };
}

export function addTag(state: EditorState, from: number, to: number, observationId: string): Transaction {
  const type = state.schema.marks[BEHAVIOUR_TAG_MARK]!;
  return state.tr.addMark(from, to, type.create({ observationId })).setMeta(TAG_ACTION_META, 'create');
}

/**
 * Removes these observations' tags and no others: a Mark instance (not the type) matches only marks with
 * the same attributes. Kept out of the undo history: undo must not bring back a tag whose observation
 * was just deleted or unanchored.
 */
export function removeTags(tr: Transaction, observationIds: Iterable<string>): Transaction {
  const type = tr.doc.type.schema.marks[BEHAVIOUR_TAG_MARK]!;
  for (const observationId of observationIds)
    tr.removeMark(0, tr.doc.content.size, type.create({ observationId }));
  return tr.setMeta(TAG_ACTION_META, 'remove').setMeta('addToHistory', false);
}

/** Which of these ids still have a tag in the document. */
export function tagsPresent(doc: PmNode, ids: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  if (ids.size === 0) return [];
  doc.descendants((node) => {
    if (node.isText) for (const id of tagIdsOfMarks(node.marks)) if (ids.has(id)) found.add(id);
  });
  return [...found];
}

function mapFragment(fragment: Fragment, keep: (id: string) => boolean): Fragment {
  const nodes: PmNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      nodes.push(
        node.mark(node.marks.filter((mark) => (tagIdOf(mark) === null ? true : keep(tagIdOf(mark)!)))),
      );
    } else {
      nodes.push(node.copy(mapFragment(node.content, keep)));
    }
  });
  return Fragment.fromArray(nodes);
}

/** Drops the tags a pasted slice should not carry (a copy would give one observation two places). */
export function filterTagsInSlice(slice: Slice, keep: (id: string) => boolean): Slice {
  return new Slice(mapFragment(slice.content, keep), slice.openStart, slice.openEnd);
}
