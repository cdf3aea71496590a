import { useMutation } from '@tanstack/react-query';
import { useApiCache, useApiQuery } from '../api/queries';
import { type FormEvent, useState } from 'react';
import type { KeywordLists, Moment, Segment } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { formatClock, plural } from './format';
import type { TextAnchor } from './highlights';
import { issueAt } from './use-call-reviews';

const GROUPS: { kind: Moment['kind']; title: string }[] = [
  { kind: 'question', title: 'Rep questions' },
  { kind: 'monologue', title: 'Long rep monologues' },
  { kind: 'pricing', title: 'Pricing mentions' },
  { kind: 'concession', title: 'Discounts and concessions' },
  { kind: 'nextStep', title: 'Next-step mentions' },
  { kind: 'competitor', title: 'Competitor mentions' },
];

/** The words a moment points at, as a passage to annotate: the question itself, or its whole lines. */
export function anchorOfMoment(moment: Moment, segments: Segment[]): TextAnchor | null {
  const first = segments[moment.segmentIndex];
  const last = segments[moment.endSegmentIndex];
  if (!first || !last) return null;
  if (moment.kind === 'question') {
    const at = first.text.indexOf(moment.text);
    if (at >= 0) {
      return {
        startSegment: first.index,
        startOffset: at,
        endSegment: first.index,
        endOffset: at + moment.text.length,
      };
    }
  }
  return { startSegment: first.index, startOffset: 0, endSegment: last.index, endOffset: last.text.length };
}

/** Suggested moments, grouped by kind; each jumps to its line, or opens an annotation on it. */
export function MomentsPanel({
  callReviewId,
  moments,
  onJump,
  onAnnotate,
  readOnly = false,
}: {
  callReviewId: string;
  moments: Moment[];
  onJump(moment: Moment): void;
  onAnnotate(moment: Moment): void;
  /** The rep reading their own call: moments to jump to, nothing to annotate or dismiss (the core refuses both). */
  readOnly?: boolean;
}) {
  const api = useApi();
  const cache = useApiCache();
  const [editing, setEditing] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const dismiss = useMutation({
    mutationFn: (change: { key: string; dismissed: boolean }) =>
      api.callReviews.dismissMoment({ id: callReviewId, ...change }),
    onSuccess: (result) => {
      cache.set('callReviews.get', { id: callReviewId }, (review) =>
        review
          ? {
              ...review,
              moments: review.moments.map((m) =>
                m.key === result.key ? { ...m, dismissed: result.dismissed } : m,
              ),
            }
          : review,
      );
    },
  });
  const dismissedCount = moments.filter((m) => m.dismissed).length;
  return (
    <div className="moments-panel">
      <p className="notice moments-note">
        Suggestions found by simple rules (every rep question, monologues over 90 seconds, price concessions,
        next steps that name a day, and lines that mention a word from your lists). Check them against the
        call before you rely on them{readOnly ? '.' : '; dismiss the ones that are not worth a look.'}
      </p>
      <div className="panel-toolbar">
        {readOnly ? null : (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit keyword lists…
          </button>
        )}
        {dismissedCount > 0 ? (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-pressed={showDismissed}
            onClick={() => setShowDismissed((v) => !v)}
          >
            {showDismissed ? 'Hide' : 'Show'} {plural(dismissedCount, 'dismissed moment')}
          </button>
        ) : null}
      </div>
      {dismiss.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(dismiss.error)}
        </p>
      ) : null}
      {GROUPS.map(({ kind, title }) => {
        const list = moments.filter((m) => m.kind === kind && (showDismissed || !m.dismissed));
        return (
          <details key={kind} className="moment-group" open={list.length > 0 && list.length <= 12}>
            <summary>
              {title} <span className="group-count">{list.length}</span>
            </summary>
            {list.length === 0 ? (
              <p className="muted moment-none">None found.</p>
            ) : (
              <ol className="moment-list" aria-label={title}>
                {list.map((m) => (
                  <li key={m.key} className={m.dismissed ? 'moment moment-dismissed' : 'moment'}>
                    <button type="button" className="moment-jump" onClick={() => onJump(m)}>
                      <span className="moment-time">
                        {m.startMs === null ? `Line ${m.segmentIndex + 1}` : formatClock(m.startMs)}
                      </span>
                      <span className="moment-text">{m.text}</span>
                      {m.term ? <span className="badge badge-quiet moment-term">{m.term}</span> : null}
                    </button>
                    {readOnly ? null : (
                      <>
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          onClick={() => onAnnotate(m)}
                        >
                          Annotate<span className="visually-hidden"> this moment</span>
                        </button>
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          disabled={dismiss.isPending}
                          onClick={() => dismiss.mutate({ key: m.key, dismissed: !m.dismissed })}
                        >
                          {m.dismissed ? 'Restore' : 'Dismiss'}
                          <span className="visually-hidden"> this moment</span>
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </details>
        );
      })}
      <Dialog title="Keyword lists for moments" open={editing} onClose={() => setEditing(false)}>
        <KeywordsForm onDone={() => setEditing(false)} />
      </Dialog>
    </div>
  );
}

const LISTS: { key: keyof KeywordLists; label: string; hint: string }[] = [
  {
    key: 'competitor',
    label: 'Competitors',
    hint: 'Your competitors’ names and words such as “alternative”',
  },
  { key: 'pricing', label: 'Pricing', hint: 'Words about price, budget and terms' },
  { key: 'nextStep', label: 'Next steps', hint: 'Words that agree what happens next' },
];

const toText = (words: string[]) => words.join('\n');
const toWords = (text: string) =>
  text
    .split(/[\n,]/)
    .map((w) => w.trim())
    .filter(Boolean);

function KeywordsForm({ onDone }: { onDone(): void }) {
  const api = useApi();
  const cache = useApiCache();
  const keywords = useApiQuery('callReviews.keywords', {});
  const [draft, setDraft] = useState<Record<keyof KeywordLists, string> | null>(null);
  const shown =
    draft ??
    (keywords.data
      ? {
          competitor: toText(keywords.data.competitor),
          pricing: toText(keywords.data.pricing),
          nextStep: toText(keywords.data.nextStep),
        }
      : null);
  const save = useMutation({
    mutationFn: (lists: Record<keyof KeywordLists, string>) =>
      api.callReviews.setKeywords({
        competitor: toWords(lists.competitor),
        pricing: toWords(lists.pricing),
        nextStep: toWords(lists.nextStep),
      }),
    // Moments are worked out from these lists when a review is read: `callReviews.keywordsChanged`
    // makes the open review read again.
    onSuccess: (lists) => {
      cache.set('callReviews.keywords', {}, lists);
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (shown && !save.isPending) save.mutate(shown);
  }
  if (keywords.isPending) return <p className="muted">Loading…</p>;
  if (keywords.isError || !shown) return <p role="alert">{errorMessage(keywords.error)}</p>;
  const listed = LISTS.map(({ key }) => issueAt(save.error, key)).some(Boolean);
  return (
    <form className="form keywords-form" onSubmit={submit} noValidate>
      <p className="muted">
        One word or phrase a line. Matches whole words in any case, plurals too; a space also matches a
        hyphen.
      </p>
      {LISTS.map(({ key, label, hint }) => (
        <Field
          key={key}
          label={label}
          error={issueAt(save.error, key)}
          hint={`${hint} · ${plural(toWords(shown[key]).length, 'entry', 'entries')}`}
        >
          {(props) => (
            <textarea
              {...props}
              rows={5}
              value={shown[key]}
              onChange={(e) => setDraft({ ...shown, [key]: e.target.value })}
            />
          )}
        </Field>
      ))}
      {save.isError && !listed ? (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save lists
        </button>
      </div>
    </form>
  );
}
