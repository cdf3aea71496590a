import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ProposalDetail } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { BehaviourPicker } from '../behaviours/BehaviourPicker';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { VisibilityField } from '../ui/VisibilityField';
import { AnnotationsMargin } from './AnnotationsMargin';
import { ChecklistPanel } from './ChecklistPanel';
import { formatValue, PROPOSAL_EXTENSIONS } from './format';
import { annotationAt, ProposalDocument, selectionRange, type TextRange } from './ProposalDocument';
import { useProposalFile } from './use-proposal-file';

/** /proposals/:id: one proposal review, one version at a time. */
export function ProposalReviewPage({ id }: { id: string }) {
  const [versionId, setVersionId] = useState<string | undefined>(undefined);
  // Switching versions keeps the page (and what it just said) on screen while the other version loads.
  const detail = useApiQuery('proposals.get', versionId ? { id, versionId } : { id }, {
    placeholderData: keepPreviousData,
  });
  if (detail.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading the proposal…
      </p>
    );
  if (detail.isError)
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Proposal review</h1>
        <p className="form-error" role="alert">
          Could not load this proposal review: {errorMessage(detail.error)}
        </p>
        <Link href="/proposals">Back to proposal reviews</Link>
      </section>
    );
  return <Review detail={detail.data} onVersion={setVersionId} />;
}

function Review({ detail, onVersion }: { detail: ProposalDetail; onVersion(id: string): void }) {
  const { review, version } = detail;
  const latest = detail.versions.at(-1)?.id === version.id;
  const docRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const readSelection = useCallback((event: { target: EventTarget | null }) => {
    if (!docRef.current) return;
    const range = selectionRange(docRef.current);
    setSelection(range);
    // A click on a highlight (no words selected) shows its annotation in the margin.
    const clicked = range === null ? annotationAt(event.target) : null;
    if (clicked) setSelectedId(clicked);
  }, []);
  const signals = version.signals;

  return (
    <section className="screen proposal-screen" aria-labelledby="screen-title">
      <Link href="/proposals" className="back-link">
        ← Proposal reviews
      </Link>
      <header className="screen-header">
        <div>
          <h1 id="screen-title">{review.title}</h1>
          <p className="subtitle">
            {review.repName} · {review.account}
            {review.deal ? ` · ${review.deal}` : ''} · {formatDate(review.date)}
            {review.value !== null ? ` · ${formatValue(review.value, review.currency)}` : ''}
          </p>
        </div>
        <div className="actions">
          <label>
            <span className="visually-hidden">Version</span>
            <select aria-label="Version" value={version.id} onChange={(e) => onVersion(e.target.value)}>
              {detail.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          {version.sha256 ? <OriginalButton versionId={version.id} fileName={version.fileName} /> : null}
          <ExportButton reviewId={review.id} versionId={version.id} />
        </div>
      </header>
      {version.warnings.length > 0 ? (
        <details className="notice">
          <summary>Read from {version.fileName ?? 'pasted text'} with changes</summary>
          <ul>
            {version.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <section className="panel" aria-labelledby="signals-title">
        <h2 id="signals-title">Signals</h2>
        <dl className="facts">
          <div className="fact">
            <dt>Customer focus</dt>
            <dd>
              {signals.customerFocus.share === null
                ? 'No “you” or “we”'
                : `${Math.round(signals.customerFocus.share * 100)}% about the customer`}
              {signals.customerFocus.sellerCentred ? ' · written from the seller’s side' : ''}
            </dd>
          </div>
          <div className="fact">
            <dt>Length</dt>
            <dd>
              {signals.length.words.toLocaleString()} words · {signals.length.readingMinutes} min read
            </dd>
          </div>
          <div className="fact">
            <dt>Reading level</dt>
            <dd>
              {signals.readingLevel.grade === null
                ? '—'
                : `Grade ${signals.readingLevel.grade} (Flesch–Kincaid)`}
            </dd>
          </div>
          <div className="fact">
            <dt>Price and value</dt>
            <dd>
              {signals.priceBeforeValue.priceFirst
                ? 'Price appears before any value'
                : signals.priceBeforeValue.firstPriceAt === null
                  ? 'No price found'
                  : 'Value comes before price'}
            </dd>
          </div>
        </dl>
      </section>
      <div className="proposal-layout">
        <article
          className="proposal-document"
          aria-label={`Proposal, ${version.label}`}
          ref={docRef}
          onMouseUp={readSelection}
          onKeyUp={readSelection}
        >
          <ProposalDocument
            doc={version.document}
            annotations={detail.annotations}
            selectedId={selectedId}
            pageStarts={version.pageStarts}
          />
        </article>
        <div className="proposal-side">
          {selection ? (
            <AnnotateForm
              versionId={version.id}
              range={selection}
              privateReview={review.visibility === 'private'}
              quote={quoteOf(docRef.current, selection)}
              onDone={() => {
                document.getSelection()?.removeAllRanges();
                setSelection(null);
              }}
            />
          ) : null}
          <AnnotationsMargin
            annotations={detail.annotations}
            selectedId={selectedId}
            onSelect={setSelectedId}
            selection={selection}
          />
        </div>
      </div>
      <ChecklistPanel detail={detail} readOnly={false} />
      {latest ? (
        <RevisedVersion reviewId={review.id} versionCount={detail.versions.length} onAdded={onVersion} />
      ) : null}
      {detail.versions.length > 1 ? <CompareVersions detail={detail} /> : null}
    </section>
  );
}

/** The words of the selection as the document shows them. */
function quoteOf(container: HTMLElement | null, range: TextRange): string {
  const selected = document.getSelection()?.toString() ?? '';
  return container && selected !== '' ? selected : `${range.end - range.start} characters`;
}

function AnnotateForm({
  versionId,
  range,
  quote,
  privateReview,
  onDone,
}: {
  versionId: string;
  range: TextRange;
  quote: string;
  privateReview: boolean;
  onDone(): void;
}) {
  const api = useApi();
  const [comment, setComment] = useState('');
  const [rewrite, setRewrite] = useState('');
  const [behaviourId, setBehaviourId] = useState<string | null>(null);
  const [level, setLevel] = useState('');
  const [visibility, setVisibility] = useState<'shared' | 'private'>(privateReview ? 'private' : 'shared');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="panel form"
      aria-label="Annotate the selected passage"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        api.proposals
          .annotate({
            versionId,
            range,
            comment,
            suggestedRewrite: rewrite,
            behaviourId,
            level: level === '' ? null : Number(level),
            visibility,
          })
          .then(onDone, (err: unknown) => setError(errorMessage(err)));
      }}
    >
      <p className="proposal-quote-preview">“{quote}”</p>
      <Field label="Comment">
        {(props) => (
          <textarea {...props} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        )}
      </Field>
      <Field label="Suggested rewrite">
        {(props) => (
          <textarea {...props} rows={2} value={rewrite} onChange={(e) => setRewrite(e.target.value)} />
        )}
      </Field>
      <BehaviourPicker value={behaviourId} onChange={setBehaviourId} label="Behaviour (optional)" />
      <Field label="Level">
        {(props) => (
          <select
            {...props}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            disabled={behaviourId === null}
          >
            <option value="">No level</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        )}
      </Field>
      {privateReview ? null : <VisibilityField value={visibility} onChange={setVisibility} />}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Annotate
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RevisedVersion({
  reviewId,
  versionCount,
  onAdded,
}: {
  reviewId: string;
  versionCount: number;
  onAdded(id: string): void;
}) {
  const api = useApi();
  const file = useProposalFile();
  const [label, setLabel] = useState(`v${versionCount + 1}`);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="revised-title">
      <h2 id="revised-title">Import a revised version</h2>
      <div className="form-row">
        <Field label="Version label">
          {(props) => <input {...props} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label="Revised file">
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
      </div>
      {file.reading ? (
        <p className="muted" aria-busy="true">
          Reading the proposal…
        </p>
      ) : null}
      {file.error ? (
        <p className="form-error" role="alert">
          {file.error}
        </p>
      ) : null}
      {file.preview ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setError(null);
            api.proposals
              .addVersion({ reviewId, label, source: { preparedId: file.preview!.preparedId } })
              .then(
                (added) => {
                  setResult(
                    `${added.carried} annotations carried over; ${added.needsRecheck} need a re-check.`,
                  );
                  file.clear();
                  onAdded(added.versionId);
                },
                (err: unknown) => setError(errorMessage(err)),
              );
          }}
        >
          Add {label} ({file.preview.words.toLocaleString()} words)
        </button>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function CompareVersions({ detail }: { detail: ProposalDetail }) {
  const index = detail.versions.findIndex((v) => v.id === detail.version.id);
  const previous = detail.versions[index > 0 ? index - 1 : 1];
  const [open, setOpen] = useState(false);
  const diff = useApiQuery(
    'proposals.compare',
    {
      fromVersionId: index > 0 ? previous!.id : detail.version.id,
      toVersionId: index > 0 ? detail.version.id : previous!.id,
    },
    { enabled: open },
  );
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">Changes between versions</h2>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open
          ? 'Hide the changes'
          : `Show changes from ${index > 0 ? previous!.label : detail.version.label}`}
      </button>
      {open ? (
        diff.isPending ? (
          <p className="muted" aria-busy="true">
            Comparing…
          </p>
        ) : diff.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(diff.error)}
          </p>
        ) : (
          <p className="proposal-diff">
            {diff.data.parts.map((part, i) =>
              part.kind === 'same' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the diff's parts in order, never reordered
                <span key={i}>{part.text}</span>
              ) : part.kind === 'added' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <ins key={i}>{part.text}</ins>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <del key={i}>{part.text}</del>
              ),
            )}
          </p>
        )
      ) : null}
    </section>
  );
}

function ExportButton({ reviewId, versionId }: { reviewId: string; versionId: string }) {
  const api = useApi();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={includePrivate}
          onChange={(e) => setIncludePrivate(e.target.checked)}
        />{' '}
        Include my private comments
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          setError(null);
          api.proposals.export({ id: reviewId, versionId, includePrivate }).then(
            (file) => {
              const url = URL.createObjectURL(new Blob([file.html], { type: 'text/html' }));
              const a = document.createElement('a');
              a.href = url;
              a.download = file.fileName;
              a.click();
              URL.revokeObjectURL(url);
            },
            (err: unknown) => setError(errorMessage(err)),
          );
        }}
      >
        Export for the rep (HTML)
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The file this version was imported from, exactly as it was (its SHA-256 is checked by the core). */
function OriginalButton({ versionId, fileName }: { versionId: string; fileName: string | null }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setError(null);
          api.proposals.original({ versionId }).then(
            (file) => {
              const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
              const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
              const a = document.createElement('a');
              a.href = url;
              a.download = file.fileName;
              a.click();
              URL.revokeObjectURL(url);
            },
            (err: unknown) => setError(errorMessage(err)),
          );
        }}
      >
        Download the original{fileName ? ` (${fileName})` : ''}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
