import { LEVEL_NAMES, type SourceKind } from '../../shared/contract';
import type { GoalState, TrendKind } from '../../shared/domain/progress';

export const TREND_LABELS: Record<TrendKind, string> = {
  improving: 'Improving',
  steady: 'Steady',
  declining: 'Declining',
  'not-enough-evidence': 'Not enough evidence',
};

export const GOAL_STATE_LABELS: Record<GoalState, string> = {
  reached: 'Reached',
  'on-track': 'On track',
  behind: 'Behind',
  overdue: 'Overdue',
  'no-evidence-yet': 'No evidence yet',
};

/** Colour and marker per source, so points by source read apart without relying on colour alone. */
export const SOURCE_STYLES: Record<
  SourceKind,
  { colour: string; shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'wye' }
> = {
  'call-review': { colour: '#2f5d8a', shape: 'circle' },
  note: { colour: '#8a5a2f', shape: 'square' },
  'one-on-one': { colour: '#2e6b3f', shape: 'triangle' },
  'ad-hoc': { colour: '#6b4f8a', shape: 'diamond' },
  'deal-review': { colour: '#3f6b6b', shape: 'cross' },
  retrospective: { colour: '#8a2f4f', shape: 'wye' },
  proposal: { colour: '#7a6a1f', shape: 'star' },
  'role-play': { colour: '#9a3b52', shape: 'cross' },
};

/** 2.6 → "2.6 · Developing" (the nearest rubric level's name). */
export function levelLabel(level: number): string {
  const name = LEVEL_NAMES[Math.min(3, Math.max(0, Math.round(level) - 1))];
  return `${level.toFixed(1)} · ${name}`;
}

/** Where the rules behind every level, trend and verdict are explained. */
export const RULES_PATH = '/progress/rules';

/** A CSV cell: quoted when it must be; formulas defused, since spreadsheets run them. */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}

/** Saves text as a file through the browser's download (works in Electron and in the browser mode). */
export function downloadFile(fileName: string, content: Blob | string, type = 'text/csv;charset=utf-8') {
  const blob = typeof content === 'string' ? new Blob([`\ufeff${content}`], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Turns a name into a file-name part: "Jonas Berg" → "jonas-berg". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Renders a chart's SVG to a PNG at twice its size, on a white background. */
export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const source = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be saved.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
