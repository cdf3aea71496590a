import {
  booleanOf,
  type DateFormat,
  forecastOf,
  type ImportField,
  IMPORT_FIELD_LABELS,
  isKnownCurrency,
  type NumberFormat,
  outcomeOfStage,
  parseAmount,
  parseDate,
  REQUIRED_FIELDS,
  stageIdOf,
  toMinorUnits,
} from '../../../../shared/domain/crm-import';
import type { CsvTable } from './csv';

/** One CSV row as a deal, ready to be written. Open and closed rows alike (the lost-deals importer reads `lossReason`). */
export interface ImportedDeal {
  row: number;
  crmId: string | null;
  account: string;
  name: string;
  repId: string;
  valueMinor: number;
  currency: string;
  stageId: string;
  expectedCloseOn: string | null;
  forecastCategory: 'pipeline' | 'best-case' | 'commit';
  nextStep: string | null;
  nextStepOn: string | null;
  segment: string | null;
  product: string | null;
  openedOn: string | null;
  outcome: 'open' | 'won' | 'lost';
  closedOn: string | null;
  lossReason: string | null;
  notes: string | null;
}

export interface RowError {
  row: number;
  /** The column the problem is in, by its header; null when it is about the row. */
  column: string | null;
  message: string;
}

export interface ImportOptions {
  mapping: Partial<Record<ImportField, string>>;
  dateFormat: DateFormat;
  numberFormat: NumberFormat;
  /** For rows whose value names no currency and with no currency column. */
  defaultCurrency: string | null;
  /** Who the rows can be assigned to: their names and emails, as the rep column may hold either. */
  reps: readonly { id: string; name: string; email: string | null }[];
  stages: readonly { id: string; name: string }[];
  /** The stage for a closed row whose stage column only says "Closed Won/Lost" and no stage reached is mapped. */
  closedStageId: string | null;
}

export interface ImportRows {
  deals: ImportedDeal[];
  errors: RowError[];
  /** How many rows have at least one problem (`errors` lists at most 500 problems). */
  invalidRows: number;
  /** Mapping problems that stop every row (a required field without a column). */
  missing: ImportField[];
}

const MAX_ERRORS = 500;

/** Maps every row, collecting each row's problems with its row number; never stops at the first. */
export function mapRows(table: CsvTable, options: ImportOptions): ImportRows {
  const index = new Map(table.headers.map((h, i) => [h, i]));
  const missing = REQUIRED_FIELDS.filter((f) => {
    const header = options.mapping[f];
    return header === undefined || !index.has(header);
  });
  if (!options.mapping.currency && options.defaultCurrency === null) missing.push('currency');
  if (missing.length > 0) return { deals: [], errors: [], invalidRows: 0, missing };
  const repByKey = new Map<string, string>();
  for (const rep of options.reps) {
    repByKey.set(rep.name.trim().toLowerCase(), rep.id);
    if (rep.email) repByKey.set(rep.email.trim().toLowerCase(), rep.id);
  }
  // Every row names one of a few stages: each distinct cell is looked up once.
  const stageCache = new Map<string, string | null>();
  const stageOf = (cell: string) => {
    let id = stageCache.get(cell);
    if (id === undefined) {
      id = stageIdOf(cell, options.stages);
      stageCache.set(cell, id);
    }
    return id;
  };
  const deals: ImportedDeal[] = [];
  const errors: RowError[] = [];
  const seenCrm = new Map<string, number>();
  let invalidRows = 0;
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i]!;
    const rowErrors: RowError[] = [];
    const cell = (f: ImportField) => {
      const header = options.mapping[f];
      const at = header === undefined ? undefined : index.get(header);
      return at === undefined ? '' : cells[at]!.trim();
    };
    const fail = (f: ImportField | null, message: string) =>
      rowErrors.push({ row, column: f ? (options.mapping[f] ?? IMPORT_FIELD_LABELS[f]) : null, message });
    const required = (f: ImportField, max: number) => {
      const v = cell(f);
      if (v === '') fail(f, `${IMPORT_FIELD_LABELS[f]} is empty`);
      else if (v.length > max) fail(f, `${IMPORT_FIELD_LABELS[f]} is longer than ${max} characters`);
      return v;
    };
    const optional = (f: ImportField, max: number) => {
      const v = cell(f);
      if (v.length > max) fail(f, `${IMPORT_FIELD_LABELS[f]} is longer than ${max} characters`);
      return v === '' ? null : v.slice(0, max);
    };
    const date = (f: ImportField) => {
      const v = cell(f);
      if (v === '') return null;
      const iso = parseDate(v, options.dateFormat);
      if (iso === null) fail(f, `“${v}” is not a date in the format ${options.dateFormat}`);
      return iso;
    };
    const account = required('account', 200);
    const name = required('name', 200);
    const repCell = required('rep', 200);
    const repId = repCell === '' ? null : (repByKey.get(repCell.toLowerCase()) ?? null);
    if (repCell !== '' && repId === null) fail('rep', `No rep named “${repCell}” in the team`);
    const crmId = optional('crmId', 100);
    if (crmId !== null) {
      const earlier = seenCrm.get(crmId);
      if (earlier !== undefined) fail('crmId', `The CRM id ${crmId} is also on row ${earlier}`);
      else seenCrm.set(crmId, row);
    }
    // Money: the amount in the chosen format, its currency from the column, the cell or the default.
    const valueCell = cell('value');
    const amount =
      valueCell === '' ? { amount: 0, currency: null } : parseAmount(valueCell, options.numberFormat);
    if (amount === null)
      fail('value', `“${valueCell}” is not an amount in the format ${options.numberFormat}`);
    const currency = (cell('currency') || amount?.currency || options.defaultCurrency || '').toUpperCase();
    if (!isKnownCurrency(currency))
      fail('currency', `“${currency || '(empty)'}” is not an ISO 4217 currency code`);
    const valueMinor = amount && isKnownCurrency(currency) ? toMinorUnits(amount.amount, currency) : null;
    if (amount && isKnownCurrency(currency) && valueMinor === null)
      fail('value', `${valueCell} has more decimals than ${currency} allows`);
    // Stage and outcome: "Closed Won/Lost" in the stage column closes the deal at the stage it reached.
    const stageCell = required('stage', 200);
    const outcomeCell = cell('outcome').toLowerCase();
    let outcome: 'open' | 'won' | 'lost' | null = outcomeOfStage(stageCell);
    if (outcomeCell !== '') {
      const o = outcomeCell === 'open' ? 'open' : outcomeOfStage(outcomeCell);
      if (o === null) fail('outcome', `“${cell('outcome')}” is not open, won or lost`);
      else outcome = o;
    }
    const isClosed = booleanOf(cell('isClosed'));
    const isWon = booleanOf(cell('isWon'));
    if (outcome === null && isClosed === true) outcome = isWon ? 'won' : 'lost';
    outcome ??= 'open';
    let stageId: string | null = null;
    if (stageCell !== '') {
      const reached = cell('stageReached');
      if (outcomeOfStage(stageCell) !== null) {
        stageId = reached !== '' ? stageOf(reached) : options.closedStageId;
        if (stageId === null)
          fail(
            reached !== '' ? 'stageReached' : 'stage',
            reached !== ''
              ? `“${reached}” is not a stage of the library`
              : `“${stageCell}” says how it ended, not the stage it reached: map a stage-reached column or choose a stage for closed rows`,
          );
      } else {
        stageId = stageOf(stageCell);
        if (stageId === null)
          fail('stage', `“${stageCell}” is not a stage of the library or a CRM stage Coachbench knows`);
      }
    }
    const forecastCell = cell('forecastCategory');
    const forecast = forecastOf(forecastCell);
    if (forecast === null) fail('forecastCategory', `“${forecastCell}” is not pipeline, best case or commit`);
    const closeDate = date('closeDate');
    const openedOn = date('openedOn');
    const nextStepOn = date('nextStepOn');
    if (
      outcome !== 'open' &&
      closeDate === null &&
      !rowErrors.some((e) => e.column === options.mapping.closeDate)
    )
      fail('closeDate', `A ${outcome} deal needs its close date`);
    if (rowErrors.length > 0) {
      invalidRows += 1;
      for (const e of rowErrors) if (errors.length < MAX_ERRORS) errors.push(e);
      return;
    }
    deals.push({
      row,
      crmId,
      account,
      name,
      repId: repId!,
      valueMinor: valueMinor!,
      currency,
      stageId: stageId!,
      expectedCloseOn: closeDate,
      forecastCategory: forecast!,
      nextStep: optional('nextStep', 500),
      nextStepOn,
      segment: optional('segment', 100),
      product: optional('product', 200),
      openedOn,
      outcome,
      closedOn: outcome === 'open' ? null : closeDate,
      lossReason: outcome === 'lost' ? optional('lossReason', 500) : null,
      notes: optional('notes', 5000),
    });
  });
  return { deals, errors, invalidRows, missing };
}
