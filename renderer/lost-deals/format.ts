import type { LossDashboard } from '../../shared/contract';

/** 1234500 minor units of EUR → "€12,345" in the user's locale (whole units: losses are not cents). */
export function formatMoney(totalMinor: number, currency: string): string {
  const digits =
    new Intl.NumberFormat(undefined, { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    totalMinor / 10 ** digits,
  );
}

export function formatMoneyList(values: LossDashboard['valueLost']): string {
  return values.length === 0 ? '—' : values.map((v) => formatMoney(v.totalMinor, v.currency)).join(' + ');
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}
