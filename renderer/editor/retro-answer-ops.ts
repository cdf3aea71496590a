import type { Editor } from '@tiptap/core';
import { RETRO_ANSWER_NODE, type RetroAnswerStatus } from '../../shared/rich-text/retro-answers';

/**
 * Marks the retrospective answer holding the cursor as evidence or assumption (null clears the mark).
 * Returns false when the cursor is in no answer, so the caller can say where to put it.
 */
export function setRetroAnswerStatus(editor: Editor, status: RetroAnswerStatus | null): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name !== RETRO_ANSWER_NODE) continue;
    const tr = editor.state.tr.setNodeMarkup($from.before(depth), undefined, { ...node.attrs, status });
    editor.view.dispatch(tr);
    return true;
  }
  return false;
}
