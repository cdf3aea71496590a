import { useId } from 'react';
import type { Observation } from '../../shared/contract';
import { shortcutLabel } from './commands';
import { FateButtons } from './TagDetails';
import type { TagFate } from './use-tag-observations';

interface DeletedTagQuestionProps {
  /** Observation ids whose tagged text was deleted, oldest first; one question at a time. */
  ids: string[];
  observations: Map<string, Observation> | undefined;
  onAnswered(id: string, fate: TagFate): void;
}

/**
 * Asked beside the note, not in a modal: the user may be mid-sentence (typing over a selection
 * deletes its tag), and Undo or a paste must stay at hand; either brings the tag back and
 * withdraws the question.
 */
export function DeletedTagQuestion({ ids, observations, onAnswered }: DeletedTagQuestionProps) {
  const titleId = useId();
  const id = ids[0];
  if (id === undefined) return null;
  const name = observations?.get(id)?.behaviourName ?? 'a behaviour';
  return (
    <div role="dialog" aria-labelledby={titleId} className="tag-question">
      <p id={titleId} className="tag-question-text">
        The tagged text for <strong>{name}</strong> was deleted. Keep the observation (without its place in
        the note) or delete it?
      </p>
      <p className="field-hint">
        Undo ({shortcutLabel('Mod-z')}) brings the text back.
        {ids.length > 1 ? ` ${ids.length - 1} more to decide after this one.` : ''}
      </p>
      <FateButtons key={id} id={id} onDone={(fate) => onAnswered(id, fate)} />
    </div>
  );
}
