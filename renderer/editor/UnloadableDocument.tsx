import { useMemo, useState } from 'react';
import type { RichTextDoc } from '../../shared/contract';
import { plainTextOf, type RichTextProblem } from '../../shared/rich-text/schema';

/**
 * A stored document the editor cannot load (content from an older version or an import, or nested too
 * deeply). Opening it in the editor would show it empty and the first keystroke would save the empty
 * document over it, so it is shown as read-only text instead, and nothing is saved unless the user asks
 * for the repair.
 */
export function UnloadableDocument({
  doc,
  problem,
  label,
  readOnly,
  onRepair,
}: {
  doc: RichTextDoc;
  problem: RichTextProblem | { message: string };
  label: string;
  readOnly: boolean;
  onRepair(): void;
}) {
  const text = useMemo(() => plainTextOf(doc), [doc]);
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Text copied.');
    } catch {
      setStatus('Could not reach the clipboard: select the text and copy it.');
    }
  }
  return (
    <div className="rich-text rich-text-unloadable">
      <div className="notice" role="alert">
        This note has content Coachbench cannot edit ({problem.message}). It is shown read-only and nothing is
        saved over it. Copy the text out, or repair it: formatting Coachbench does not know is dropped and
        every word is kept.
      </div>
      <div className="editor-toolbar">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy text
        </button>
        {readOnly ? null : (
          <button type="button" className="button button-small" onClick={onRepair}>
            Repair (keep text)
          </button>
        )}
      </div>
      <p role="status" className="rich-text-status">
        {status}
      </p>
      <textarea className="rich-text-plain" aria-label={label} readOnly value={text} rows={12} />
    </div>
  );
}
