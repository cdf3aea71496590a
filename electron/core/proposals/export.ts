import type { ChecklistLine, ProposalAnnotation, ProposalDetail } from '../../../shared/contract';
import { CHECKLIST_RATING_LABELS } from '../../../shared/contract/proposals';
import { formatDate } from '../../../shared/dates';
import { documentText } from '../../../shared/rich-text/text-offsets';
import type { Handler } from '../registry';
import { assembleProposal } from './assemble';

type Json = Record<string, unknown>;

/** Everything the export writes that came from a user or a file goes through here. */
function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const MARK_TAGS: Record<string, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
};

interface Note {
  n: number;
  start: number;
  end: number;
}

/**
 * The document as HTML, every annotated passage marked and followed by its note number. Offsets are the
 * plain text's (documentText), so the marks land on exactly the words the annotations quote.
 */
function documentHtml(doc: unknown, notes: Note[]): string {
  const { runs } = documentText(doc);
  const startOf = new Map(runs.map((r) => [r.node, r.start]));
  const render = (node: Json): string => {
    const children = () => ((node.content as Json[] | undefined) ?? []).map(render).join('');
    switch (node.type) {
      case 'doc':
        return children();
      case 'paragraph':
        return `<p>${children()}</p>`;
      case 'heading': {
        // The export's own title is the only h1.
        const level = Math.min(6, Number((node.attrs as { level?: number } | undefined)?.level ?? 1) + 1);
        return `<h${level}>${children()}</h${level}>`;
      }
      case 'bulletList':
        return `<ul>${children()}</ul>`;
      case 'orderedList': {
        const start = Number((node.attrs as { start?: number } | undefined)?.start ?? 1);
        return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${children()}</ol>`;
      }
      case 'listItem':
        return `<li>${children()}</li>`;
      case 'blockquote':
        return `<blockquote>${children()}</blockquote>`;
      case 'codeBlock':
        return `<pre>${children()}</pre>`;
      case 'horizontalRule':
        return '<hr>';
      case 'hardBreak':
        return '<br>';
      case 'table':
        return `<table>${children()}</table>`;
      case 'tableRow':
        return `<tr>${children()}</tr>`;
      case 'tableCell':
        return `<td>${children()}</td>`;
      case 'tableHeader':
        return `<th>${children()}</th>`;
      case 'text':
        return textHtml(node, startOf.get(node) ?? 0, notes);
      default:
        return children();
    }
  };
  return render(doc as Json);
}

function textHtml(node: Json, start: number, notes: Note[]): string {
  const text = node.text as string;
  const end = start + text.length;
  // Cut the run where any annotation starts or ends inside it.
  const cuts = new Set([0, text.length]);
  for (const n of notes) {
    if (n.start > start && n.start < end) cuts.add(n.start - start);
    if (n.end > start && n.end < end) cuts.add(n.end - start);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = start + points[i]!;
    const to = start + points[i + 1]!;
    let piece = esc(text.slice(points[i]!, points[i + 1]!));
    for (const mark of (node.marks as { type: string }[] | undefined) ?? []) {
      const tag = MARK_TAGS[mark.type];
      if (tag) piece = `<${tag}>${piece}</${tag}>`;
    }
    const covering = notes.filter((n) => n.start < to && n.end > from);
    if (covering.length > 0) piece = `<mark>${piece}</mark>`;
    html += piece;
    for (const n of notes)
      if (n.end === to) html += `<sup class="ref"><a href="#note-${n.n}" id="ref-${n.n}">${n.n}</a></sup>`;
  }
  return html;
}

function noteHtml(a: ProposalAnnotation, n: number | null): string {
  const parts: string[] = [];
  parts.push(`<blockquote class="quote">${esc(a.quote)}</blockquote>`);
  if (a.needsRecheck) parts.push('<p class="tag">Passage changed in this version: needs a re-check.</p>');
  if (a.behaviourName)
    parts.push(
      `<p class="tag">${esc(a.behaviourName)}${a.level !== null ? ` · level ${a.level} of 4` : ''}</p>`,
    );
  if (a.comment) parts.push(`<p>${esc(a.comment)}</p>`);
  if (a.suggestedRewrite)
    parts.push(`<p class="rewrite"><strong>Suggested rewrite:</strong> ${esc(a.suggestedRewrite)}</p>`);
  for (const r of a.replies)
    parts.push(`<p class="reply"><strong>${esc(r.authorName ?? 'Someone')}:</strong> ${esc(r.text)}</p>`);
  if (a.resolved) parts.push('<p class="tag">Resolved</p>');
  const meta = `${esc(a.authorName ?? 'Reviewer')}${a.visibility === 'private' ? ' · private note' : ''}`;
  return `<li${n !== null ? ` id="note-${n}"` : ''}><p class="meta">${n !== null ? `<a href="#ref-${n}">${n}.</a> ` : ''}${meta}</p>${parts.join('')}</li>`;
}

function checklistHtml(lines: ChecklistLine[]): string {
  const rows = lines
    .map(
      (l) =>
        `<tr><th scope="row">${esc(l.question)}</th><td>${l.rating ? CHECKLIST_RATING_LABELS[l.rating] : 'Not rated'}</td><td>${l.note ? esc(l.note) : ''}${l.anchor ? `<blockquote class="quote">${esc(l.anchor.quote)}</blockquote>` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="checklist"><thead><tr><th scope="col">Question</th><th scope="col">Rating</th><th scope="col">Note</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6472; --line: #d8dde5; --mark: #fff1a8; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
header p { color: var(--muted); margin: 0.25rem 0; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
mark { background: var(--mark); padding: 0 0.05em; }
sup.ref a { color: #7a4b00; font-weight: 600; text-decoration: none; margin-left: 0.1em; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
td, th { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
blockquote.quote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid var(--mark); color: var(--muted); }
.notes { border-top: 2px solid var(--line); margin-top: 2.5rem; padding-top: 1rem; }
.notes ol { padding-left: 1.25rem; }
.notes li { margin-bottom: 1rem; }
.meta, .tag { color: var(--muted); font-size: 0.9rem; margin: 0; }
.rewrite { background: #eef6ee; padding: 0.35rem 0.5rem; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  mark { background: none; border-bottom: 1.5pt solid #c9a400; }
  .notes li, table, blockquote { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}`;

/**
 * The annotated proposal for the rep: one HTML file with nothing to fetch (no script, no external
 * resource, styles inline), comments as numbered notes after the text, with a print stylesheet so the
 * same file prints (or saves as PDF) cleanly. Private comments are left out unless asked for, and even
 * then only the viewer's own: the answer already holds only what the viewer may read.
 */
export function exportHtml(detail: ProposalDetail, includePrivate: boolean, locale: string): string {
  const annotations = detail.annotations.filter((a) => includePrivate || a.visibility === 'shared');
  const placed = annotations
    .filter((a) => a.start !== null && a.end !== null)
    .sort((a, b) => a.start! - b.start! || a.end! - b.end!);
  const notes: Note[] = placed.map((a, i) => ({ n: i + 1, start: a.start!, end: a.end! }));
  const recheck = annotations.filter((a) => a.start === null);
  const { review, version } = detail;
  const value =
    review.value !== null
      ? `<p>Value: ${esc(review.currency ? new Intl.NumberFormat(locale, { style: 'currency', currency: review.currency, maximumFractionDigits: 0 }).format(review.value) : String(review.value))}</p>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(review.title)} — review of ${esc(version.label)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${esc(review.title)}</h1>
<p>${esc(review.repName)} · ${esc(review.account)}${review.deal ? ` · ${esc(review.deal)}` : ''} · ${esc(formatDate(review.date, 'long', locale))}</p>
<p>Version ${esc(version.label)}${version.fileName ? ` (${esc(version.fileName)})` : ''}</p>
${value}
</header>
<article aria-label="Proposal">
${documentHtml(version.document, notes)}
</article>
<section class="notes" aria-labelledby="notes-title">
<h2 id="notes-title">Review comments</h2>
${placed.length > 0 ? `<ol>${placed.map((a, i) => noteHtml(a, i + 1)).join('')}</ol>` : '<p>No comments on this version.</p>'}
${recheck.length > 0 ? `<h3>Passages that changed since the last version</h3><ul>${recheck.map((a) => noteHtml(a, null)).join('')}</ul>` : ''}
<h2>Decision-document checklist</h2>
${checklistHtml(detail.checklist)}
</section>
</main>
</body>
</html>
`;
}

export const exportProposal: Handler<'proposals.export'> = (input, ctx) => {
  const detail = assembleProposal(ctx, input.id, input.versionId);
  const safeTitle =
    detail.review.title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .slice(0, 80) || 'proposal';
  return {
    fileName: `${safeTitle} — review ${detail.version.label.replace(/[^\p{L}\p{N} _.-]+/gu, '')}.html`,
    html: exportHtml(detail, input.includePrivate, ctx.locale),
  };
};
