import type { SearchKind, SearchTarget } from '../../shared/contract';

/** Where a result opens: the exact place (a transcript line, an annotation) wherever a page supports it. */
export function hrefOf(target: SearchTarget): string {
  switch (target.kind) {
    case 'note':
      return `/team/${target.repId}/notes/${target.noteId}`;
    case 'oneOnOneNotes':
    case 'agendaItem':
    case 'commitment':
      return `/one-to-ones/${target.oneOnOneId}`;
    case 'observation':
      return `/team/${target.repId}/observations`;
    case 'annotation':
      return `/calls/${target.callReviewId}?annotation=${encodeURIComponent(target.observationId)}`;
    case 'transcript':
      return `/calls/${target.callReviewId}?line=${target.segment}`;
    case 'behaviour':
      return `/behaviours/${target.behaviourId}`;
    default: {
      // A kind added to the contract fails to compile here until it says where it opens.
      const unknown: never = target;
      return unknown;
    }
  }
}

/** Each kind's group heading, in the user's words. */
export const KIND_LABELS: Record<SearchKind, string> = {
  note: 'Coaching notes',
  oneOnOneNotes: 'One-to-one notes',
  agendaItem: 'Talking points',
  commitment: 'Commitments',
  observation: 'Observations',
  annotation: 'Call annotations and scores',
  transcript: 'Call transcripts',
  behaviour: 'Behaviours',
};
