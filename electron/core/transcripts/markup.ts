import { decodeHTML } from 'entities';

// Any tag-shaped run: <b>, </v>, <c.colour>, <v Jane Doe>, <img src=x onerror=…>, and VTT's inline
// timestamps <00:00:01.000>. A lone '<' in speech ("3 < 5") is not followed by a letter and survives.
// Script and style bodies are code, never speech: they go with their tags.
const CODE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>|<\d+(?::\d+)+(?:[.,]\d+)?>|<!--[\s\S]*?-->|<![^<>]*>/g;
// What is left of a tag that was never closed, e.g. "<img src=x onerror=alert(1)" at the end of a cue.
const TAG_OPENING = /<(?=[A-Za-z/!?])/g;
// C0 controls and DEL, except tab and newline: they cannot be typed and break the text on screen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/i;

/**
 * Cue or paragraph text as plain text: tags removed, entities decoded, whitespace kept as it is (the
 * caller may need a tab or a run of spaces to find a speaker header).
 */
export function stripMarkup(raw: string): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw.replace(CONTROL, '');
  // Tags are stripped again after decoding so that "&lt;script&gt;" cannot come back as a <script> tag.
  return decodeHTML(raw.replace(CODE, '').replace(TAG, ''))
    .replace(CODE, '')
    .replace(TAG, '')
    .replace(TAG_OPENING, '')
    .replace(CONTROL, '');
}

/** One line of text: whitespace (including non-breaking spaces) collapsed, NFC so that search matches. */
export function normaliseSpace(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  // ASCII is already NFC; skipping it saves most of the cost on a long English call.
  return /[^ -~]/.test(spaced) ? spaced.normalize('NFC') : spaced;
}

export function toPlainText(raw: string): string {
  return normaliseSpace(stripMarkup(raw));
}

/** The speaker named by a WebVTT voice tag (<v Jane Doe> or <v.loud Jane Doe>), or null. */
export function readVoice(raw: string): string | null {
  if (!raw.includes('<')) return null;
  const match = VOICE.exec(raw);
  if (!match || match[1] === undefined) return null;
  const name = toPlainText(match[1]);
  return name === '' ? null : name;
}
