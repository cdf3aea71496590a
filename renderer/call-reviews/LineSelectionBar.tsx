import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { CallReview } from '../../shared/contract';
import { useApiCache } from '../api/queries';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { SIDE_LABELS } from './format';
import { type SpeakerChoice, SpokenByMenu } from './SpokenByMenu';
import { describeLines, type LineRange } from './use-line-selection';

/**
 * Above the transcript: which lines are chosen, "Spoken by…" to say who said them, and what the last
 * assignment did (announced to screen readers).
 */
export function LineSelectionBar({
  review,
  range,
  onClear,
  onAssigned,
}: {
  review: CallReview;
  range: LineRange | null;
  onClear(): void;
  /** After a run of lines was given a speaker (the bar's buttons go: focus moves back to the lines). */
  onAssigned(lines: LineRange): void;
}) {
  const api = useApi();
  const cache = useApiCache();
  const [done, setDone] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: ({ lines, participantId }: { lines: LineRange; participantId: SpeakerChoice }) =>
      api.callReviews.assignSpeaker({
        id: review.id,
        revision: review.revision,
        fromSegment: lines.from,
        toSegment: lines.to,
        participantId,
      }),
    onMutate: () => setDone(null),
    onSuccess: (updated, { lines, participantId }) => {
      // The whole review comes back (metrics and moments depend on who spoke): no refetch needed here.
      cache.set('callReviews.get', { id: updated.id }, updated);
      const who = updated.participants.find((p) => p.id === participantId);
      setDone(
        `${describeLines(lines)}: ${who ? `spoken by ${who.name} (${SIDE_LABELS[who.side]})` : 'spoken by no one'}.`,
      );
      onClear();
      onAssigned(lines);
    },
  });

  if (!range) {
    return done ? (
      <p className="line-selection-bar" role="status">
        {done}
      </p>
    ) : (
      <p className="line-selection-bar muted" role="status">
        To say who spoke, select lines by their time: click one, Shift+click (or Shift+↓) to take in more.
      </p>
    );
  }
  return (
    <div className="line-selection-bar line-selection-bar-active">
      <p className="line-selection-count" role="status">
        {describeLines(range)} selected
      </p>
      <SpokenByMenu
        participants={review.participants}
        disabled={assign.isPending}
        onChoose={(participantId) => assign.mutate({ lines: range, participantId })}
      />
      <button type="button" className="button button-small" onClick={onClear}>
        Clear selection
      </button>
      {assign.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(assign.error)}
        </p>
      ) : null}
    </div>
  );
}
