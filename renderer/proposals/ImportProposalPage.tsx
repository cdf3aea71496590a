import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { today } from '../../shared/dates';
import { useApi } from '../app/client-context';
import { useReps } from '../call-reviews/use-call-reviews';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { VisibilityField } from '../ui/VisibilityField';
import { PROPOSAL_EXTENSIONS } from './format';
import { ProposalPreviewPanel } from './ProposalPreviewPanel';
import { useProposalFile } from './use-proposal-file';

/** /proposals/new: the proposal's details and its file (or pasted text), previewed, then saved. */
export function ImportProposalPage() {
  const api = useApi();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const reps = useReps();
  const file = useProposalFile();
  const [form, setForm] = useState({
    repId: search.get('rep') ?? '',
    title: '',
    account: '',
    deal: '',
    value: '',
    currency: 'EUR',
    date: today(),
    visibility: 'shared' as 'shared' | 'private',
  });
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function save() {
    if (!file.preview) return;
    setSaving(true);
    setError(null);
    try {
      const review = await api.proposals.create({
        repId: form.repId,
        title: form.title,
        account: form.account,
        deal: form.deal || null,
        value: form.value.trim() === '' ? null : Number(form.value.replace(/[,\s]/g, '')),
        currency: form.value.trim() === '' ? null : form.currency,
        date: form.date,
        visibility: form.visibility,
        source: { preparedId: file.preview.preparedId },
      });
      navigate(`/proposals/${review.id}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <Link href="/proposals" className="back-link">
        ← Proposal reviews
      </Link>
      <header className="screen-header">
        <h1 id="screen-title">Import a proposal</h1>
      </header>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-row">
          <Field label="Rep" required>
            {(props) => (
              <select {...props} value={form.repId} onChange={set('repId')} required>
                <option value="">Choose a rep</option>
                {reps.data?.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Date" required>
            {(props) => <input {...props} type="date" value={form.date} onChange={set('date')} required />}
          </Field>
        </div>
        <Field label="Proposal title" required>
          {(props) => <input {...props} value={form.title} onChange={set('title')} required />}
        </Field>
        <div className="form-row">
          <Field label="Account" required>
            {(props) => <input {...props} value={form.account} onChange={set('account')} required />}
          </Field>
          <Field label="Deal">
            {(props) => <input {...props} value={form.deal} onChange={set('deal')} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Value">
            {(props) => <input {...props} inputMode="decimal" value={form.value} onChange={set('value')} />}
          </Field>
          <Field label="Currency" hint="Three letters, like EUR">
            {(props) => <input {...props} value={form.currency} maxLength={3} onChange={set('currency')} />}
          </Field>
        </div>
        <VisibilityField
          value={form.visibility}
          onChange={(visibility) => setForm((f) => ({ ...f, visibility }))}
        />
        <Field
          label="Proposal file"
          hint=".docx, .pdf, .md, .txt or .html; the original is kept with the review."
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept={PROPOSAL_EXTENSIONS}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void file.read({ file: chosen });
              }}
            />
          )}
        </Field>
        <Field label="Or paste the proposal’s text">
          {(props) => (
            <textarea {...props} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          )}
        </Field>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={pasted.trim() === '' || file.reading}
            onClick={() => void file.read({ text: pasted })}
          >
            Preview the pasted text
          </button>
        </div>
        {file.reading ? (
          <p className="muted" aria-live="polite" aria-busy="true">
            Reading the proposal…
          </p>
        ) : null}
        {file.error ? (
          <p className="form-error" role="alert">
            {file.error}
          </p>
        ) : null}
        {file.preview ? <ProposalPreviewPanel preview={file.preview} /> : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!file.preview || saving}>
            {saving ? 'Saving…' : 'Create the review'}
          </button>
        </div>
      </form>
    </section>
  );
}
