import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Commitment, PrepBrief } from '../../shared/contract';
import { formatDate } from '../ui/format';
import { relativeDay } from './format';

/** What a brief item can do: go onto the next agenda, or become a focus behaviour. */
export interface BriefActions {
  interactive: boolean;
  /** Adds a talking point to the next planned one-to-one (or asks to plan one first). */
  addToAgenda(text: string): void;
  onAgenda(text: string): boolean;
  setFocus(behaviourId: string): void;
  inFocus(behaviourId: string): boolean;
  focusFull: boolean;
  hasNext: boolean;
  pending: boolean;
  /** 2 on the brief's own page; 3 when the brief sits beside the meeting notes under its own h2. */
  headingLevel: 2 | 3;
}

export const BriefActionsContext = createContext<BriefActions | null>(null);

function useBriefActions(): BriefActions {
  const actions = useContext(BriefActionsContext);
  if (!actions) throw new Error('useBriefActions must be used inside a prep brief');
  return actions;
}

/**
 * "Add to agenda" on one brief item: adds its words to the next one-to-one's agenda, planning that
 * meeting first when none is (see oneOnOnes.addToNext). Once added, focus stays on the item's
 * "On the agenda" mark, so the keyboard carries on from where it was.
 */
export function AddToAgenda({ text }: { text: string }) {
  const actions = useBriefActions();
  const clicked = useRef(false);
  const mark = useRef<HTMLSpanElement>(null);
  const onAgenda = actions.interactive && actions.onAgenda(text);
  useEffect(() => {
    if (onAgenda && clicked.current) {
      clicked.current = false;
      mark.current?.focus();
    }
  }, [onAgenda]);
  if (!actions.interactive) return null;
  if (onAgenda) {
    return (
      <span className="brief-added" ref={mark} tabIndex={-1}>
        ✓ On the agenda
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button button-small brief-add"
      aria-label={`Add to agenda: ${text}`}
      title={actions.hasNext ? undefined : 'Plans the next one-to-one on its due date, and adds this'}
      disabled={actions.pending}
      onClick={() => {
        clicked.current = true;
        actions.addToAgenda(text);
      }}
    >
      Add to agenda
    </button>
  );
}

export function BriefSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: ReactNode;
  count: number;
  children: ReactNode;
}) {
  const Heading = useBriefActions().headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="brief-section" aria-labelledby={`${id}-title`}>
      <header className="meeting-section-header">
        <Heading id={`${id}-title`}>{title}</Heading>
        <span className={count > 0 ? 'count-badge' : 'count-badge count-badge-zero'}>{count}</span>
      </header>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted section-empty">{children}</p>;
}

/** /one-to-ones/prep/:repId — what is worth raising with a rep, assembled from everything since last time. */ export function BehaviourName({
  id,
  name,
}: {
  id: string;
  name: string;
}) {
  const { interactive } = useBriefActions();
  return interactive ? (
    <Link href={`/behaviours/${id}`} className="brief-name">
      {name}
    </Link>
  ) : (
    <span className="brief-name">{name}</span>
  );
}

export function SetAsFocus({ behaviourId, name }: { behaviourId: string; name: string }) {
  const actions = useBriefActions();
  const clicked = useRef(false);
  const mark = useRef<HTMLSpanElement>(null);
  const inFocus = actions.interactive && actions.inFocus(behaviourId);
  useEffect(() => {
    // Once set, the button turns into "In focus": keep the keyboard there.
    if (inFocus && clicked.current) {
      clicked.current = false;
      mark.current?.focus();
    }
  }, [inFocus]);
  if (!actions.interactive) return null;
  if (inFocus) {
    return (
      <span className="brief-added" ref={mark} tabIndex={-1}>
        ✓ In focus
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button button-small"
      // The visible words first: a spoken "Set as focus" must match the accessible name (WCAG 2.5.3).
      aria-label={`Set as focus: ${name}`}
      disabled={actions.pending || (actions.hasNext && actions.focusFull)}
      title={
        actions.hasNext && actions.focusFull
          ? 'The next one-to-one already has three focus behaviours'
          : 'Make it a focus behaviour of the next one-to-one'
      }
      onClick={() => {
        clicked.current = true;
        actions.setFocus(behaviourId);
      }}
    >
      Set as focus
    </button>
  );
}

function CommitmentLine({ commitment: c }: { commitment: Commitment }) {
  const { interactive } = useBriefActions();
  const agendaText = c.overdue
    ? `Overdue commitment: ${c.text}${c.dueOn ? ` (due ${formatDate(c.dueOn)})` : ''}`
    : `Commitment: ${c.text}`;
  return (
    <li className={c.overdue ? 'brief-item brief-row brief-overdue' : 'brief-item brief-row'}>
      <span className="brief-name">{c.text}</span>
      <span className="brief-meta">
        <span className={c.owner === 'rep' ? 'badge badge-rep' : 'badge badge-quiet'}>
          {c.owner === 'rep' ? 'Rep' : 'Manager'}
        </span>
        {c.dueOn ? (
          <span className={c.overdue ? 'text-danger' : undefined}>
            due {formatDate(c.dueOn)}
            {c.overdue ? ` (${relativeDay(c.dueOn)})` : ''}
          </span>
        ) : (
          <span className="muted">no due date</span>
        )}
        <span className="muted">
          from{' '}
          {interactive ? (
            <Link href={`/one-to-ones/${c.oneOnOneId}`}>{formatDate(c.madeOn)}</Link>
          ) : (
            formatDate(c.madeOn)
          )}
        </span>
      </span>
      <AddToAgenda text={agendaText} />
    </li>
  );
}

export function CommitmentsBrief({ brief }: { brief: PrepBrief }) {
  const Subheading = useBriefActions().headingLevel === 3 ? 'h4' : 'h3';
  const total = brief.overdueCommitments.length + brief.openCommitments.length;
  return (
    <BriefSection id="brief-commitments" title="Commitments" count={total}>
      <Subheading className="brief-subheading">
        Overdue <span className="count-inline">{brief.overdueCommitments.length}</span>
      </Subheading>
      {brief.overdueCommitments.length === 0 ? (
        <Empty>Nothing overdue.</Empty>
      ) : (
        <ul className="brief-list brief-list-compact" aria-label="Overdue commitments">
          {brief.overdueCommitments.map((c) => (
            <CommitmentLine key={c.id} commitment={c} />
          ))}
        </ul>
      )}
      <Subheading className="brief-subheading">
        Open <span className="count-inline">{brief.openCommitments.length}</span>
      </Subheading>
      {brief.openCommitments.length === 0 ? (
        <Empty>Nothing else open.</Empty>
      ) : (
        <ul className="brief-list brief-list-compact" aria-label="Open commitments">
          {brief.openCommitments.map((c) => (
            <CommitmentLine key={c.id} commitment={c} />
          ))}
        </ul>
      )}
    </BriefSection>
  );
}
