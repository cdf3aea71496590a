import type { Deal } from '../../shared/contract';
import { FLAG_LABELS } from '../../shared/domain/deal-flags';
import { minorDigits } from '../../shared/domain/crm-import';

export { FLAG_LABELS };

export const FORECAST_LABELS: Record<Deal['forecastCategory'], string> = {
  pipeline: 'Pipeline',
  'best-case': 'Best case',
  commit: 'Commit',
};

/** An amount in minor units as the user's locale writes money: 4250000 EUR → "€42,500". */
export function formatMoney(valueMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    valueMinor / 10 ** digits,
  );
}

/** Totals per currency ("€120,000 · £80,000"): amounts in different currencies are never added. */
export function formatTotals(
  deals: readonly Pick<Deal, 'valueMinor' | 'currency'>[],
  locale?: string,
): string {
  const totals = new Map<string, number>();
  for (const d of deals) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.valueMinor);
  if (totals.size === 0) return '—';
  return [...totals].map(([currency, value]) => formatMoney(value, currency, locale)).join(' · ');
}

export const dealHref = (id: string) => `/deals/${id}`;
