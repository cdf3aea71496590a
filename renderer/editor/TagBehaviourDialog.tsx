import type { DOCUMENT_PARTS, Observation, SourceKind } from '../../shared/contract';
import { today } from '../../shared/dates';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { EMPTY_DRAFT, ObservationForm } from './ObservationForm';

/** The document a tag lives in: a coaching note, or one of a one-to-one's notes. */
export interface TagSource {
  kind: Exclude<SourceKind, 'ad-hoc'>;
  id: string;
  /** Which rich-text field of the source holds the text (a one-to-one has shared and private notes). */
  part?: (typeof DOCUMENT_PARTS)[number];
}

interface TagBehaviourDialogProps {
  open: boolean;
  /** The selected words: the observation's evidence. */
  quote: string;
  repId: string;
  source: TagSource;
  onClose(): void;
  /** The observation exists; the caller puts its tag on the text. */
  onCreated(observation: Observation): void;
}

export function TagBehaviourDialog({
  open,
  quote,
  repId,
  source,
  onClose,
  onCreated,
}: TagBehaviourDialogProps) {
  const api = useApi();
  return (
    <Dialog title="Tag behaviour" open={open} onClose={onClose}>
      <ObservationForm
        // Text in a part the rep will see is shared by default; everything else starts private.
        initial={{ ...EMPTY_DRAFT, visibility: source.part === 'shared' ? 'shared' : 'private' }}
        quote={quote}
        submitLabel="Save tag"
        onCancel={onClose}
        onSubmit={async (draft) => {
          const observation = await api.observations.create({
            repId,
            behaviourId: draft.behaviourId,
            // The manager's calendar, not UTC: an evening note belongs to the day it was written.
            observedOn: today(),
            level: draft.rating.level,
            verdict: draft.rating.verdict,
            evidence: quote,
            anchor: { kind: 'mark', documentId: source.id, part: source.part ?? 'body' },
            comment: draft.comment,
            sourceKind: source.kind,
            sourceId: source.id,
            visibility: draft.visibility,
          });
          onCreated(observation);
        }}
      />
    </Dialog>
  );
}
