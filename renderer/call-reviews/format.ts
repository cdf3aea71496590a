import { ANNOTATION_TYPE_LABELS, type AnnotationType, type CallSide } from '../../shared/contract';

/** 1:02:03 or 02:03: a time stamp in the transcript and on the recording. */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** 45 s, 12 min, 1 h 05 min: how long a call or a stretch of it lasted. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = seconds % 60;
    return minutes < 10 && rest > 0 ? `${minutes} min ${rest} s` : `${Math.round(seconds / 60)} min`;
  }
  const h = Math.floor(minutes / 60);
  return `${h} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** 2 867 321 bytes → 2.7 MB */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

/** 2.9 / 4 from 5 rated lines */
export function scoreLine(score: number | null, rated: number): string {
  if (score === null) return 'Not scored yet';
  return `${score.toFixed(1)} / 4 from ${plural(rated, 'rated line')}`;
}

export const SIDE_LABELS: Record<CallSide, string> = {
  rep: 'Rep',
  colleague: 'Colleague',
  customer: 'Customer',
};

export const TRANSCRIPT_FORMAT_LABELS = {
  vtt: 'WebVTT',
  srt: 'SubRip (SRT)',
  docx: 'Word (Teams .docx)',
  text: 'Plain text',
} as const;

export function annotationTypeLabel(type: AnnotationType | null): string {
  return type ? ANNOTATION_TYPE_LABELS[type] : 'Annotation';
}
