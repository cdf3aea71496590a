import type { CallSide } from '../../shared/contract';

/** A participant as the import form edits it. */
export interface ParticipantDraft {
  /** Stable across edits, for React keys; not sent. */
  key: string;
  name: string;
  side: CallSide;
  title: string;
}

/** For each transcript speaker, the key of a participant, or null for "nobody (not a person)". */
export type SpeakerMapping = Record<string, string | null>;

/** "Zoë Müller " → "zoe muller": names compared without case, accents or extra spaces. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How a transcript labels a person, as a name to show: Teams writes "Becker, Tom (Acme)", which reads
 * as "Tom Becker". Labels without that shape are kept as they are.
 */
export function displayName(label: string): string {
  const withoutOrg = label.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(withoutOrg);
  return comma ? `${comma[2]!.trim()} ${comma[1]!.trim()}` : withoutOrg || label;
}

function firstNames(label: string): string[] {
  const folded = foldName(displayName(label));
  const first = folded.split(' ')[0];
  return first ? [first] : [];
}

export interface RepMatch {
  speaker: string;
  /** 'full': the same name; 'first': only the first name is the same (worth a second look). */
  by: 'full' | 'first';
}

/**
 * The speaker who is the rep: the same full name, else the same first name (transcripts often carry a
 * first name only, or a display name). Null when no speaker looks like the rep.
 */
export function matchRepSpeaker(speakers: string[], repName: string): RepMatch | null {
  const full = foldName(repName);
  const exact = speakers.find((s) => foldName(displayName(s)) === full || foldName(s) === full);
  if (exact) return { speaker: exact, by: 'full' };
  const first = full.split(' ')[0];
  if (!first) return null;
  const byFirst = speakers.filter((s) => firstNames(s).includes(first));
  // "Priya" alone, or "Priya S.", before a namesake with another surname.
  const surname = full.split(' ').slice(1).join(' ');
  const best =
    byFirst.find((s) => {
      const rest = foldName(displayName(s)).split(' ').slice(1).join(' ').replace(/\.$/, '');
      return rest === '' || (surname !== '' && surname.startsWith(rest));
    }) ?? byFirst[0];
  return best ? { speaker: best, by: 'first' } : null;
}

let nextKey = 0;
export function participantKey(): string {
  nextKey += 1;
  return `p${nextKey}`;
}

/**
 * One participant per transcript speaker: the rep (matched by name) marked Rep, everyone else a
 * Customer. The rep takes the rep's own name unless only the first names agree, when the transcript's
 * name stays so that a namesake is easy to spot. The mapping points each speaker at their participant.
 */
export function prefillParticipants(
  speakers: string[],
  repName: string | null,
): { participants: ParticipantDraft[]; mapping: SpeakerMapping; repMatch: RepMatch | null } {
  const repMatch = repName ? matchRepSpeaker(speakers, repName) : null;
  const participants: ParticipantDraft[] = [];
  const mapping: SpeakerMapping = {};
  for (const speaker of speakers) {
    const isRep = speaker === repMatch?.speaker;
    const participant: ParticipantDraft = {
      key: participantKey(),
      name: isRep && repName && repMatch?.by === 'full' ? repName : displayName(speaker),
      side: isRep ? 'rep' : 'customer',
      title: '',
    };
    participants.push(participant);
    mapping[speaker] = participant.key;
  }
  // No speaker names in the file: the rep was on the call all the same; who said which line comes later.
  if (speakers.length === 0 && repName)
    participants.push({ key: participantKey(), name: repName, side: 'rep', title: '' });
  return { participants, mapping, repMatch };
}

/** Base64 of a file's bytes, in chunks: one String.fromCharCode(...bytes) of a 20 MB file overflows the stack. */
export function bytesToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const chunk = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]));
  }
  return btoa(parts.join(''));
}

export const TRANSCRIPT_EXTENSIONS = ['.vtt', '.srt', '.sbv', '.docx', '.txt'];
