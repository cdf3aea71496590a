import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { OneOnOne } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { formatDate } from '../ui/format';
import { formError, issueFor, useTemplates } from './use-one-on-ones';

interface PlanDialogProps {
  open: boolean;
  repId: string;
  repName: string;
  /** The date offered first (when it is due, or today). */
  date: string;
  /** When the next one-to-one is due, shown as a hint. */
  dueOn?: string | null;
  onClose(): void;
  onPlanned(meeting: OneOnOne): void;
}

/** Plans a one-to-one: a date and, if wanted, an agenda template to start from. */
export function PlanDialog({ open, repId, repName, date, dueOn, onClose, onPlanned }: PlanDialogProps) {
  return (
    <Dialog title={`Plan a one-to-one with ${repName}`} open={open} onClose={onClose}>
      <PlanForm repId={repId} date={date} dueOn={dueOn ?? null} onClose={onClose} onPlanned={onPlanned} />
    </Dialog>
  );
}

function PlanForm({
  repId,
  date: initialDate,
  dueOn,
  onClose,
  onPlanned,
}: {
  repId: string;
  date: string;
  dueOn: string | null;
  onClose(): void;
  onPlanned(meeting: OneOnOne): void;
}) {
  const api = useApi();
  const templates = useTemplates();
  const [date, setDate] = useState(initialDate);
  const [templateId, setTemplateId] = useState('');
  const [missingDate, setMissingDate] = useState(false);
  const plan = useMutation({
    mutationFn: () => api.oneOnOnes.create({ repId, date, templateId: templateId || null }),
    onSuccess: async (meeting) => {
      onPlanned(meeting);
    },
  });
  const chosen = templates.data?.find((t) => t.id === templateId);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (date === '') {
      setMissingDate(true);
      return;
    }
    plan.mutate();
  }

  const general = formError(plan.error, ['date', 'templateId']);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field
        label="Date"
        required
        error={missingDate ? 'Choose a date' : issueFor(plan.error, 'date')}
        hint={dueOn ? `Due ${formatDate(dueOn)} by the cadence.` : undefined}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={date}
            autoFocus
            onChange={(e) => {
              setDate(e.target.value);
              setMissingDate(false);
            }}
          />
        )}
      </Field>
      <Field label="Agenda template" error={issueFor(plan.error, 'templateId')}>
        {(props) => (
          <select {...props} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            <option value="">No template</option>
            {templates.data?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen ? (
        <ul className="template-preview" aria-label={`Talking points in ${chosen.name}`}>
          {chosen.items.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      <p className="field-hint">
        Open talking points from the last one-to-one, and recurring ones, come with it.
      </p>
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={plan.isPending}>
          Plan one-to-one
        </button>
      </div>
    </form>
  );
}
