import type { KeywordLists, Participant } from '../../../shared/contract';
import {
  computeConversationMetrics,
  findMoments,
  momentKey,
  type TranscriptSegment,
} from '../../../shared/domain/conversation-metrics';

/**
 * What a call's transcript works out to, as kept in call_review_analyses: its line count, its metrics,
 * and its suggested moments (each with its key, without dismissals) found with `keywords`. Pure (no
 * database), so the import worker can work it out off the core's thread.
 */
export interface TranscriptAnalysis {
  segmentCount: number;
  /** JSON of CallMetrics. */
  metrics: string;
  /** JSON of the keyword lists the moments were found with. */
  keywords: string;
  /** JSON of the moments, each with its key. */
  moments: string;
}

/** The metrics' sides: everyone but the customers speaks for the rep's side. */
export function repSide(participants: readonly Pick<Participant, 'id' | 'side'>[]): string[] {
  return participants.filter((p) => p.side !== 'customer').map((p) => p.id);
}

/** The moments of a call, each with its key: what a dismissal is stored under. */
export function keyedMoments(
  spoken: readonly TranscriptSegment[],
  repSpeakers: string[],
  keywords: KeywordLists,
) {
  return findMoments(spoken, repSpeakers, keywords).map((m) => ({ key: momentKey(m), ...m }));
}

/** `spoken`: every line, its speaker the participant's id (or null for nobody). */
export function analyseTranscript(
  spoken: readonly TranscriptSegment[],
  participants: readonly Pick<Participant, 'id' | 'side'>[],
  keywords: KeywordLists,
): TranscriptAnalysis {
  const repSpeakers = repSide(participants);
  return {
    segmentCount: spoken.length,
    metrics: JSON.stringify(computeConversationMetrics(spoken, repSpeakers)),
    keywords: JSON.stringify(keywords),
    moments: JSON.stringify(keyedMoments(spoken, repSpeakers, keywords)),
  };
}
