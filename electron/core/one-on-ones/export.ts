import { escapeMarkdownText as esc, markdownOf } from '../../../shared/rich-text/markdown';
import { formatDate } from '../../../shared/dates';
import type { Handler } from '../registry';
import { assembleOneOnOne } from './handlers';

/** The shared parts only: agenda, focus, commitments and shared notes. Private notes never leave. */
export const exportOneOnOneMarkdown: Handler<'oneOnOnes.exportMarkdown'> = (input, ctx) => {
  const m = assembleOneOnOne(ctx, input.id);
  const longDate = (isoDate: string) => formatDate(isoDate, 'long', ctx.locale);
  const lines: string[] = [`# One-to-one with ${esc(m.repName)}`, '', `${longDate(m.date)}`, ''];
  if (m.agenda.length > 0) {
    lines.push('## Agenda', '');
    for (const item of m.agenda)
      lines.push(
        `- [${item.done ? 'x' : ' '}] ${esc(item.text)}${item.author === 'rep' ? ' (your point)' : ''}`,
      );
    lines.push('');
  }
  if (m.focus.length > 0) {
    lines.push('## What we are working on', '');
    for (const f of m.focus) lines.push(`- ${esc(f.name)}`);
    lines.push('');
  }
  const commitments = m.commitments.filter((c) => c.status !== 'dropped');
  if (commitments.length > 0) {
    lines.push('## Commitments', '');
    for (const c of commitments) {
      const who = c.owner === 'rep' ? 'You' : 'Manager';
      const due = c.dueOn ? `, due ${longDate(c.dueOn)}` : '';
      lines.push(`- [${c.status === 'done' ? 'x' : ' '}] ${esc(c.text)} (${who}${due})`);
    }
    lines.push('');
  }
  const notes = markdownOf(m.shared.doc);
  if (notes.trim() !== '') lines.push('## Notes', '', notes, '');
  return {
    fileName: `one-to-one-${m.repName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${m.date}.md`,
    markdown: `${lines.join('\n').trimEnd()}\n`,
  };
};
