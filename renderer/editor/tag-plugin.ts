import { Extension } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { EDITOR_SHORTCUTS } from './commands';
import { filterTagsInSlice, removeTags, tagIdsOfMarks, tagsPresent } from './tag-ops';

const ESCAPE = 'Escape';

/** What the editor component tells the extension; read at call time, so the component can change them. */
export interface TagHooks {
  /** Opens the tag dialog for the selection, or says why it cannot. */
  tag(): void;
  /** Escape in the text: closes an open tag card; false when nothing was open. */
  escape(): boolean;
  /** Ids this editor has seen in its document, so a cut tag may be pasted back. */
  known(): ReadonlySet<string>;
  /** Ids whose tag must not come back (their observation was deleted or kept without its place). */
  retired(): ReadonlySet<string>;
}

function idsInSlice(slice: Slice): Set<string> {
  const ids = new Set<string>();
  slice.content.descendants((node) => {
    if (node.isText) for (const id of tagIdsOfMarks(node.marks)) ids.add(id);
  });
  return ids;
}

/** Keyboard shortcuts and the rules that keep one tag per observation through paste, drop and undo. */
export function behaviourTagBehaviour(hooks: TagHooks) {
  return Extension.create({
    name: 'behaviourTagBehaviour',
    // Above StarterKit, whose blockquote also claims Mod-Shift-b.
    priority: 1000,

    addKeyboardShortcuts() {
      return {
        // Always handled, even with nothing to tag: otherwise the key falls through to blockquote.
        [EDITOR_SHORTCUTS['tag-behaviour'].keys]: () => {
          hooks.tag();
          return true;
        },
        [ESCAPE]: () => hooks.escape(),
      };
    },

    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey('behaviourTagBehaviour'),
          props: {
            // A copy pasted elsewhere would give one observation two places: keep a pasted tag only when
            // it was cut from this document (its id is known here and no longer present). Moves by drag
            // delete the source in the same step, so they keep their tags.
            transformPasted(slice, view) {
              if (view.dragging?.move) return slice;
              const ids = idsInSlice(slice);
              if (ids.size === 0) return slice;
              const present = new Set(tagsPresent(view.state.doc, ids));
              const known = hooks.known();
              const retired = hooks.retired();
              return filterTagsInSlice(slice, (id) => known.has(id) && !retired.has(id) && !present.has(id));
            },
          },
          // Undo can restore text whose observation the user already deleted or detached: drop its tag.
          appendTransaction(transactions, _oldState, newState) {
            if (!transactions.some((tr) => tr.docChanged)) return null;
            const back = tagsPresent(newState.doc, hooks.retired());
            if (back.length === 0) return null;
            return removeTags(newState.tr, back);
          },
        }),
      ];
    },
  });
}
