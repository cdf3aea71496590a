import { type FormEvent, useState } from 'react';
import type { CallReview } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { type CallDetails, CallDetailsFields, type DetailErrors } from './CallDetailsFields';
import { RecordingField } from './ParticipantsStep';
import { useCallTypes, useStoreReview } from './use-call-reviews';

/** Date, account, deal, call type and the recording's name; the rep and transcript stay as imported. */
export function EditDetailsForm({ review, onDone }: { review: CallReview; onDone(): void }) {
  const api = useApi();
  const store = useStoreReview();
  const callTypes = useCallTypes();
  const [details, setDetails] = useState<CallDetails>({
    repId: review.repId,
    date: review.date,
    account: review.account,
    deal: review.deal ?? '',
    callTypeId: review.callTypeId,
  });
  const [mediaFileName, setMediaFileName] = useState(review.mediaFileName);
  const [errors, setErrors] = useState<DetailErrors & { media?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      store(
        await api.callReviews.update({
          id: review.id,
          revision: review.revision,
          date: details.date,
          account: details.account,
          deal: details.deal,
          callTypeId: details.callTypeId,
          mediaFileName,
        }),
      );
      onDone();
    } catch (error) {
      const found: typeof errors = {};
      if (error instanceof ApiError && error.issues.length > 0) {
        for (const issue of error.issues) {
          const field = issue.path[0];
          if (field === 'date' || field === 'account' || field === 'deal' || field === 'callTypeId')
            found[field] ??= issue.message;
          else if (field === 'mediaFileName') found.media ??= issue.message;
          else found.form ??= issue.message;
        }
      } else found.form = errorMessage(error);
      setErrors(found);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <CallDetailsFields
        value={details}
        onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
        errors={errors}
        callTypes={callTypes.data}
      />
      <RecordingField fileName={mediaFileName} onChange={setMediaFileName} error={errors.media} />
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
