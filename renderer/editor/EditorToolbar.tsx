import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { ariaShortcut, EDITOR_SHORTCUTS, shortcutLabel } from './commands';
import { tagIdsAtSelection } from './tag-ops';

// A toolbar button must not take focus on mousedown: the editor would blur, and the first characters
// typed after the click would go nowhere.
const keepFocus = (event: MouseEvent) => event.preventDefault();

interface ToolProps {
  label: string;
  /** In tiptap's notation, e.g. 'Mod-b'. */
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function Tool({ label, shortcut, pressed, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className="editor-tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : label}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Arrow keys move between the tools, as in any toolbar. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const tools = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const index = tools.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  tools[(index + (event.key === 'ArrowRight' ? 1 : -1) + tools.length) % tools.length]?.focus();
}

interface EditorToolbarProps {
  editor: Editor;
  label: string;
  onTag(): void;
  onShowTags(): void;
}

export function EditorToolbar({ editor, label, onTag, onShowTags }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      tagsHere: tagIdsAtSelection(e.state).length,
    }),
  });
  return (
    <div role="toolbar" aria-label={`${label} formatting`} className="editor-toolbar" onKeyDown={moveFocus}>
      <Tool
        label="Bold"
        shortcut="Mod-b"
        pressed={state.bold}
        onClick={() => editor.chain().focus().toggleBold().run()}
      >
        <strong>B</strong>
      </Tool>
      <Tool
        label="Italic"
        shortcut="Mod-i"
        pressed={state.italic}
        onClick={() => editor.chain().focus().toggleItalic().run()}
      >
        <em>I</em>
      </Tool>
      <Tool
        label="Bullet list"
        shortcut="Mod-Shift-8"
        pressed={state.bulletList}
        onClick={() => editor.chain().focus().toggleBulletList().run()}
      >
        <span aria-hidden="true">•&#8201;≡</span>
      </Tool>
      <span className="editor-toolbar-divider" aria-hidden="true" />
      <Tool label="Tag behaviour" shortcut={EDITOR_SHORTCUTS['tag-behaviour'].keys} onClick={onTag}>
        Tag behaviour
      </Tool>
      <Tool label="Show tags here" disabled={state.tagsHere === 0} onClick={onShowTags}>
        Tags here{state.tagsHere > 0 ? ` (${state.tagsHere})` : ''}
      </Tool>
    </div>
  );
}
