import { decodeHTML } from 'entities';

/*
 * Every pattern here is linear in the length of the text, whatever the text: a transcript is parsed
 * synchronously in the main process, so one slow pattern freezes the app. The rules that keep them so:
 * a run inside a tag is [^<>]* (it stops at the next '<', so no character is scanned from two openers),
 * no two neighbouring quantifiers can match the same characters, and anything that must find a distant
 * closer (</script>, -->) is a scan with indexOf (see removeCodeAndComments) rather than a lazy [\s\S]*?.
 */

// Any tag-shaped run: <b>, </v>, <c.colour>, <v Jane Doe>, <img src=x onerror=…>, VTT's inline
// timestamps <00:00:01.000>, <!DOCTYPE …> and <?xml …?>. A lone '<' in speech ("3 < 5") is not followed
// by a letter and survives.
const TAG = /<\/?[A-Za-z][^<>]*>|<\d+(?::\d+)+(?:[.,]\d+)?>|<[!?][^<>]*>/g;
// What is left of a tag that was never closed, e.g. "<img src=x onerror=alert(1)" at the end of a cue.
// A run of '<' goes as a whole, so that removing one cannot bring another up against the letter.
const TAG_OPENING = /<+(?=[A-Za-z/!?])/g;
// C0 controls and DEL, except tab and newline: they cannot be typed and break the text on screen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// One space or tab after the tag name; the rest of the run is part of the name and is trimmed later
// (two overlapping runs of spaces, "[ \t]+[^>]*", took seconds on "<v" and 32,000 spaces).
const VOICE = /<v(?:\.[^\s<>]*)?(?:[ \t]([^<>]*))?>/i;
// Script and style bodies are code, never speech: they go with their tags.
const CODE_OPEN = /<(script|style)(?![A-Za-z0-9_])/iy;
const CODE_CLOSE = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
// Decoding can reveal markup ("&lt;b&gt;", "&amp;lt;b&amp;gt;") and removing one thing can join two
// halves of another, so the steps repeat until the text stops changing; a few rounds undo any real
// transcript's escaping, and the last step below needs no fixed point to be safe.
const MAX_ROUNDS = 8;

/**
 * Cue or paragraph text as plain text: tags removed, entities decoded, whitespace kept as it is (the
 * caller may need a tab or a run of spaces to find a speaker header).
 *
 * Each round decodes entities, then removes control characters, then strips code, comments and tags, in
 * that order, so that neither an entity ("<&#1;img …>") nor a control character ("<\u0001img …>") can
 * hide a tag from the stripping and leave it behind once the rest is gone. Whatever still starts a tag
 * afterwards loses its '<', so the result never contains '<' followed by a letter, '/', '!' or '?'.
 */
export function stripMarkup(raw: string): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw.replace(CONTROL, '');
  let text = raw;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = removeCodeAndComments(decodeHTML(text).replace(CONTROL, '')).replace(TAG, '');
    if (next === text) break;
    text = next;
  }
  return text.replace(TAG_OPENING, '');
}

/**
 * Removes <script>…</script>, <style>…</style> and <!-- … --> with their contents, left to right. An
 * opener without its closer is left for the tag pass (which takes the tag and keeps the text after it).
 * Linear: every search either consumes what it scanned or records that there is nothing further to find.
 */
function removeCodeAndComments(text: string): string {
  let i = text.indexOf('<');
  if (i === -1) return text;
  let out = '';
  let copied = 0;
  let commentsClose = true;
  const codeCloses = { script: true, style: true };
  // The first '>' at or after the last opener looked at: openers before it share one search.
  let nextGt = -2;
  while (i !== -1) {
    let end = -1;
    if (text.startsWith('<!--', i)) {
      if (commentsClose) {
        const close = text.indexOf('-->', i + 4);
        if (close === -1) commentsClose = false;
        else end = close + 3;
      }
    } else {
      CODE_OPEN.lastIndex = i;
      const open = CODE_OPEN.exec(text);
      if (open) {
        const kind = open[1]!.toLowerCase() as 'script' | 'style';
        if (nextGt !== -1 && nextGt < i) nextGt = text.indexOf('>', i);
        if (nextGt !== -1 && codeCloses[kind]) {
          const closer = CODE_CLOSE[kind];
          closer.lastIndex = nextGt + 1;
          const close = closer.exec(text);
          if (close === null) codeCloses[kind] = false;
          else end = close.index + close[0].length;
        }
      }
    }
    if (end === -1) {
      i = text.indexOf('<', i + 1);
    } else {
      out += text.slice(copied, i);
      copied = end;
      i = text.indexOf('<', end);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
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
