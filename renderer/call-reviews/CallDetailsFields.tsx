import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CallType, Person } from '../../shared/contract';
import { useApiCache } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { issueAt } from './use-call-reviews';

export interface CallDetails {
  repId: string;
  date: string;
  account: string;
  deal: string;
  callTypeId: string;
}

export type DetailErrors = Partial<Record<keyof CallDetails, string>>;

const ADD_CALL_TYPE = '__add-call-type';

/** Rep, date, account, deal and call type: the fields of a call, on import and when editing. */
export function CallDetailsFields({
  value,
  onChange,
  errors,
  reps,
  callTypes,
}: {
  value: CallDetails;
  onChange(patch: Partial<CallDetails>): void;
  errors: DetailErrors;
  /** Omit to leave the rep out: a call stays with the rep it was imported for. */
  reps?: Person[] | undefined;
  callTypes: CallType[] | undefined;
}) {
  const [addingType, setAddingType] = useState(false);
  return (
    <div className="call-details-fields">
      {reps ? (
        <Field label="Rep" error={errors.repId} required>
          {(props) => (
            <select {...props} value={value.repId} onChange={(e) => onChange({ repId: e.target.value })}>
              <option value="">Choose a rep…</option>
              {reps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Date of the call" error={errors.date} required>
        {(props) => (
          <input
            {...props}
            type="date"
            value={value.date}
            onChange={(e) => onChange({ date: e.target.value })}
          />
        )}
      </Field>
      <Field label="Account" error={errors.account} required>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            value={value.account}
            onChange={(e) => onChange({ account: e.target.value })}
          />
        )}
      </Field>
      <Field label="Deal" error={errors.deal} hint="Optional">
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            value={value.deal}
            onChange={(e) => onChange({ deal: e.target.value })}
          />
        )}
      </Field>
      <Field label="Call type" error={errors.callTypeId} required>
        {(props) => (
          <select
            {...props}
            value={value.callTypeId}
            onChange={(e) => {
              if (e.target.value === ADD_CALL_TYPE) setAddingType(true);
              else onChange({ callTypeId: e.target.value });
            }}
          >
            <option value="">Choose a call type…</option>
            {callTypes?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
            <option value={ADD_CALL_TYPE}>Add call type…</option>
          </select>
        )}
      </Field>
      {/* Portalled: these fields sit inside other forms, and a form may not hold another. */}
      {createPortal(
        <Dialog title="Add a call type" open={addingType} onClose={() => setAddingType(false)}>
          <AddCallTypeForm
            onCancel={() => setAddingType(false)}
            onDone={(type) => {
              setAddingType(false);
              onChange({ callTypeId: type.id });
            }}
          />
        </Dialog>,
        document.body,
      )}
    </div>
  );
}

function AddCallTypeForm({ onCancel, onDone }: { onCancel(): void; onDone(type: CallType): void }) {
  const api = useApi();
  const cache = useApiCache();
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => api.callTypes.save({ name }),
    onSuccess: (type) => {
      // In the list before the picker selects it, without waiting for `callTypes.changed`.
      cache.set('callTypes.list', {}, (types) => types && [...types.filter((t) => t.id !== type.id), type]);
      onDone(type);
    },
  });
  const nameError = issueAt(save.error, 'name');
  function submit(event: FormEvent) {
    event.preventDefault();
    // React events follow the component tree through the portal: keep this submit from the outer form.
    event.stopPropagation();
    if (!save.isPending) save.mutate();
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="Name" error={nameError} hint="For example: Discovery, Demo, QBR">
        {(props) => (
          <input {...props} type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      {save.isError && !nameError ? (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Add call type
        </button>
      </div>
    </form>
  );
}
