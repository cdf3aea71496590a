import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, type JSONContent, useEditor } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Observation, RichTextDoc } from '../../shared/contract';
import {
  type RichTextProblem,
  repairRichTextDoc,
  richTextExtensions,
  richTextProblem,
} from '../../shared/rich-text/schema';
import { registerEditorCommand } from './commands';
import { setRetroAnswerStatus } from './retro-answer-ops';
import { DeletedTagQuestion } from './DeletedTagQuestion';
import { EditorToolbar } from './EditorToolbar';
import { TagBehaviourDialog, type TagSource } from './TagBehaviourDialog';
import { TagDetails } from './TagDetails';
import { UnloadableDocument } from './UnloadableDocument';
import { addTag, inDocumentOrder, removeTags, tagIdsAtSelection, tagsPresent, trimRange } from './tag-ops';
import { behaviourTagBehaviour, type TagHooks } from './tag-plugin';
import { startTracking, type TagTracking, tagIdsAround, takeDeletedTags } from './tag-tracking';
import { useSourceObservations } from './use-tag-observations';

export interface RichTextEditorProps {
  /** The document when the editor mounts. Later values are not applied: the editor owns the text while
   * mounted (a late save response must not overwrite newer typing). A new `source.id` starts afresh. */
  doc: RichTextDoc;
  /** Every change, as tiptap JSON; also after a tag is added or removed. */
  onChange(doc: RichTextDoc): void;
  /** The accessible name of the editable text. */
  label: string;
  /** The rep the observations are about. */
  repId: string;
  source: TagSource;
  readOnly?: boolean;
}

/** The notes editor: bold, italic, lists, and behaviour tags that record observations. */
export function RichTextEditor(props: RichTextEditorProps) {
  const { kind, id, part = 'body' } = props.source;
  const key = `${kind}:${id}:${part}`;
  return <CheckedEditor key={key} {...props} />;
}

/**
 * Never lets the editor save over a document it could not load: the stored document is checked against
 * the shared schema first (and tiptap's own content check is the backstop); one that fails is shown
 * read-only, and only an explicit repair writes anything.
 */
function CheckedEditor(props: RichTextEditorProps) {
  const [stored] = useState(props.doc);
  const [problem, setProblem] = useState<RichTextProblem | { message: string } | null>(() =>
    richTextProblem(stored),
  );
  const [repaired, setRepaired] = useState<RichTextDoc | null>(null);
  if (problem && !repaired)
    return (
      <UnloadableDocument
        doc={stored}
        problem={problem}
        label={props.label}
        readOnly={props.readOnly ?? false}
        onRepair={() => {
          const doc = repairRichTextDoc(stored) as RichTextDoc;
          setRepaired(doc);
          setProblem(null);
          props.onChange(doc);
        }}
      />
    );
  return (
    <EditorForDocument
      {...props}
      doc={repaired ?? stored}
      onContentError={(error) => setProblem({ message: error.message })}
    />
  );
}

interface Details {
  ids: string[];
  position: { top: number; left: number };
  takeFocus: boolean;
}

const CARD_WIDTH = 340;

/** Below the tagged words, inside the editor frame. */
function cardPosition(frameElement: HTMLElement | null, rect: { left: number; bottom: number }) {
  const frame = frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: CARD_WIDTH + 16 };
  const left = Math.max(8, Math.min(rect.left - frame.left, frame.width - CARD_WIDTH - 8));
  return { top: rect.bottom - frame.top + 6, left };
}

function EditorForDocument({
  doc,
  onChange,
  label,
  repId,
  source,
  readOnly = false,
  onContentError,
}: RichTextEditorProps & { onContentError(error: Error): void }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [initialDoc] = useState(doc);
  const [tagging, setTagging] = useState<{ from: number; to: number; quote: string } | null>(null);
  const [details, setDetails] = useState<Details | null>(null);
  const [questions, setQuestions] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const observations = useSourceObservations(source);
  const tracking = useRef<TagTracking>(null!);
  tracking.current ??= startTracking(initialDoc);
  const latest = useRef({ onChange, details, readOnly });
  latest.current = { onChange, details, readOnly };
  const editorRef = useRef<Editor | null>(null);

  // Read through refs: the tiptap extension is built once, these handlers see the current render.
  const actions = useRef({
    tag(): boolean {
      const editor = editorRef.current;
      if (!editor || latest.current.readOnly) return false;
      const { from, to } = editor.state.selection;
      const range = trimRange(editor.state.doc, from, to);
      if (range.from >= range.to) {
        setStatus('Select the words that show the behaviour, then tag them.');
        return false;
      }
      const quote = editor.state.doc.textBetween(range.from, range.to, ' ', ' ').replace(/\s+/g, ' ').trim();
      setDetails(null);
      setTagging({ ...range, quote });
      return true;
    },
    showTagsHere(): void {
      const editor = editorRef.current;
      if (!editor) return;
      const ids = tagIdsAtSelection(editor.state);
      if (ids.length === 0) return;
      const coords = editor.view.coordsAtPos(editor.state.selection.from);
      setDetails({ ids, position: cardPosition(frameRef.current, coords), takeFocus: true });
    },
  }).current;

  const hooks = useRef<TagHooks>({
    tag: () => actions.tag(),
    escape: () => {
      if (!latest.current.details) return false;
      setDetails(null);
      return true;
    },
    known: () => tracking.current.known,
    retired: () => tracking.current.retired,
  }).current;

  // The shared list (the schema the core checks saves against), plus behaviour that adds no content types.
  const [extensions] = useState(() => [...richTextExtensions, behaviourTagBehaviour(hooks)]);

  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': label,
        role: 'textbox',
        'aria-multiline': 'true',
        class: 'rich-text-content',
      },
      handleClick(view: EditorView, _pos: number, event: MouseEvent) {
        if (event.shiftKey || event.button !== 0) return false;
        const { ids, innermost } = tagIdsAround(event.target);
        if (!innermost) return false;
        const rects = [...innermost.getClientRects()];
        const rect = rects.find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? rects[0];
        if (rect)
          setDetails({
            ids: inDocumentOrder(view.state.doc, ids),
            position: cardPosition(frameRef.current, rect),
            takeFocus: false,
          });
        return false;
      },
    }),
    [label],
  );

  function onUpdate({ editor, transaction }: { editor: Editor; transaction: Transaction }) {
    const json = editor.getJSON() as RichTextDoc;
    const deleted = takeDeletedTags(tracking.current, json, transaction);
    const now = tracking.current.present;
    // A question is withdrawn when its tag comes back (undo, paste); new deletions join the queue.
    setQuestions((queue) => {
      const kept = queue.filter((id) => !now.has(id));
      const added = deleted.filter((id) => !kept.includes(id));
      return added.length === 0 && kept.length === queue.length ? queue : [...kept, ...added];
    });
    setDetails(null);
    latest.current.onChange(json);
  }

  const editor = useEditor({
    extensions,
    content: initialDoc as JSONContent,
    editable: !readOnly,
    immediatelyRender: true,
    // The CSP allows no inline <style>: the editor's base rules are in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps,
    enableContentCheck: true,
    // Reported after this render: the parent swaps the editor for the read-only view.
    onContentError: ({ error }) => queueMicrotask(() => onContentError(error)),
    onUpdate,
    onSelectionUpdate: () => setStatus(''),
  });
  editorRef.current = editor;

  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The command palette acts on the editor the user was last in: register again on every focus.
  useEffect(() => {
    if (!editor || readOnly) return;
    const handler = () => actions.tag();
    let unregister = registerEditorCommand('tag-behaviour', handler);
    const onFocus = () => {
      unregister();
      unregister = registerEditorCommand('tag-behaviour', handler);
    };
    editor.on('focus', onFocus);
    return () => {
      editor.off('focus', onFocus);
      unregister();
    };
  }, [editor, readOnly, actions]);

  // A retrospective's answers are marked evidence or assumption from outside the editor (its page's buttons).
  useEffect(() => {
    if (!editor || readOnly || source.kind !== 'retrospective') return;
    const marks = [
      ['mark-evidence', 'evidence'],
      ['mark-assumption', 'assumption'],
      ['clear-mark', null],
    ] as const;
    const register = () =>
      marks.map(([name, status]) => registerEditorCommand(name, () => setRetroAnswerStatus(editor, status)));
    let unregister = register();
    const onFocus = () => {
      for (const u of unregister) u();
      unregister = register();
    };
    editor.on('focus', onFocus);
    return () => {
      editor.off('focus', onFocus);
      for (const u of unregister) u();
    };
  }, [editor, readOnly, source.kind]);

  function finishTagging(observation: Observation | null) {
    const range = tagging;
    setTagging(null);
    if (!editor || !range) return;
    if (observation) {
      tracking.current.created.add(observation.id);
      tracking.current.known.add(observation.id);
      editor.view.dispatch(addTag(editor.state, range.from, range.to, observation.id));
    }
    // After the dialog has closed and handed focus back.
    requestAnimationFrame(() => editor.chain().focus().setTextSelection(range.to).run());
  }

  function removeTagFromDocument(id: string) {
    if (!editor) return;
    tracking.current.retired.add(id);
    setQuestions((queue) => queue.filter((q) => q !== id));
    editor.view.dispatch(removeTags(editor.state.tr, [id]));
    editor.commands.focus();
  }

  if (!editor) return null;
  return (
    <div className={readOnly ? 'rich-text rich-text-readonly' : 'rich-text'} ref={frameRef}>
      {readOnly ? null : (
        <EditorToolbar
          editor={editor}
          label={label}
          onTag={() => actions.tag()}
          onShowTags={() => actions.showTagsHere()}
        />
      )}
      <p role="status" className="rich-text-status">
        {status}
      </p>
      <EditorContent editor={editor} className="rich-text-page" />
      {readOnly ? null : (
        <BubbleMenu
          editor={editor}
          className="bubble-menu"
          shouldShow={({ editor: e, view, state }) =>
            e.isEditable && view.hasFocus() && !state.selection.empty
          }
        >
          {/* A pointer shortcut to the toolbar's Tag behaviour (keyboard: the toolbar or the shortcut). */}
          <button
            type="button"
            className="editor-tool"
            tabIndex={-1}
            aria-hidden="true"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => actions.tag()}
          >
            Tag behaviour
          </button>
        </BubbleMenu>
      )}
      <div aria-live="polite">
        <DeletedTagQuestion
          ids={questions}
          observations={observations.data}
          onAnswered={(id) => {
            tracking.current.retired.add(id);
            setQuestions((queue) => queue.filter((q) => q !== id));
            // Drop any remnant of the tag (a space it still covers).
            if (tagsPresent(editor.state.doc, new Set([id])).length > 0) {
              editor.view.dispatch(removeTags(editor.state.tr, [id]));
            }
          }}
        />
      </div>
      {details ? (
        <TagDetails
          ids={details.ids}
          observations={observations.data}
          position={details.position}
          readOnly={readOnly}
          takeFocus={details.takeFocus}
          onClose={({ refocus }) => {
            setDetails(null);
            if (refocus) editor.commands.focus();
          }}
          onRemoveTag={removeTagFromDocument}
        />
      ) : null}
      <TagBehaviourDialog
        open={tagging !== null}
        quote={tagging?.quote ?? ''}
        repId={repId}
        source={source}
        onClose={() => finishTagging(null)}
        onCreated={finishTagging}
      />
    </div>
  );
}
