import { CHECKLIST_RATING_LABELS, type ProposalFormat } from '../../shared/contract';

export const FORMAT_LABELS: Record<ProposalFormat, string> = {
  docx: 'Word document',
  pdf: 'PDF',
  md: 'Markdown',
  txt: 'Text file',
  html: 'Web page',
  paste: 'Pasted text',
};

export const PROPOSAL_EXTENSIONS = '.docx,.pdf,.md,.markdown,.txt,.html,.htm';

export { CHECKLIST_RATING_LABELS };

/** 48000, GBP → "£48,000"; a value without a currency as a plain number; nothing for no value. */
export function formatValue(value: number | null, currency: string | null): string {
  if (value === null) return '';
  return currency
    ? new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        value,
      )
    : new Intl.NumberFormat(undefined).format(value);
}
