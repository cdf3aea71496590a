// Long transcripts for the responsiveness test and the bench: a WebVTT file of `cues` cues, two
// speakers taking turns, numbered as Zoom numbers them, about 100 bytes a cue (100,000 cues ≈ 10 MB).
const WORDS = 'so tell me how your team handles forecasting today and what happens when a deal slips'.split(
  ' ',
);

function stamp(ms: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

export function bigVtt(cues: number): string {
  const parts: string[] = ['WEBVTT', ''];
  for (let i = 0; i < cues; i++) {
    const start = i * 2400;
    const text = Array.from({ length: 8 + (i % 4) }, (_, w) => WORDS[(i + w) % WORDS.length]).join(' ');
    parts.push(
      String(i + 1),
      `${stamp(start)} --> ${stamp(start + 2300)}`,
      `${i % 2 ? 'Jordan Reyes' : 'Sam Patel'}: ${text}.`,
      '',
    );
  }
  return parts.join('\n');
}
