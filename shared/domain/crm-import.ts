/**
 * The CRM importer's rules, pure so the worker, the core and the mapping screen share them: the fields a
 * deal row can fill, the column names Salesforce and HubSpot exports use for each, the date and number
 * formats a user can choose, and the CRM stage names the library's stages stand for.
 */

export const IMPORT_FIELDS = [
  'crmId',
  'account',
  'name',
  'rep',
  'value',
  'currency',
  'stage',
  'stageReached',
  'closeDate',
  'forecastCategory',
  'nextStep',
  'nextStepOn',
  'segment',
  'product',
  'openedOn',
  'outcome',
  'isWon',
  'isClosed',
  'lossReason',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  crmId: 'CRM id',
  account: 'Account',
  name: 'Deal name',
  rep: 'Rep (name or email)',
  value: 'Value',
  currency: 'Currency',
  stage: 'Stage',
  stageReached: 'Stage reached (closed deals)',
  closeDate: 'Close date',
  forecastCategory: 'Forecast category',
  nextStep: 'Next step',
  nextStepOn: 'Next step date',
  segment: 'Segment',
  product: 'Product',
  openedOn: 'Created date',
  outcome: 'Outcome (open, won, lost)',
  isWon: 'Won (true/false)',
  isClosed: 'Closed (true/false)',
  lossReason: 'Loss reason',
  notes: 'Description / notes',
};

export const REQUIRED_FIELDS: readonly ImportField[] = ['account', 'name', 'rep', 'value', 'stage'];

/** Header names as exports write them, compared without case, spaces or punctuation. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  crmId: ['Opportunity ID', 'Id', 'Record ID', 'Deal ID', 'Opportunity: ID', 'Hubspot Deal ID', 'CRM ID'],
  account: [
    'Account Name',
    'Account',
    'Company',
    'Company Name',
    'Associated Company',
    'Account: Account Name',
    'Associated Company (Primary)',
  ],
  name: ['Opportunity Name', 'Deal Name', 'Name', 'Opportunity', 'Deal'],
  rep: [
    'Opportunity Owner',
    'Deal owner',
    'Owner',
    'Owner Name',
    'Owner: Full Name',
    'Sales Rep',
    'Rep',
    'Owner Email',
    'Opportunity Owner: Full Name',
  ],
  value: [
    'Amount',
    'Deal Amount',
    'Value',
    'Opportunity Amount',
    'Amount (converted)',
    'Total Contract Value',
    'Amount in company currency',
  ],
  currency: [
    'Currency',
    'Opportunity Currency',
    'CurrencyIsoCode',
    'Amount Currency',
    'Deal Currency',
    'Currency Code',
    'Deal currency code',
  ],
  stage: ['Stage', 'StageName', 'Deal Stage', 'Pipeline Stage', 'Opportunity Stage'],
  stageReached: ['Stage Reached', 'Last Stage', 'Stage Before Close', 'Stage Lost At'],
  closeDate: ['Close Date', 'CloseDate', 'Expected Close Date', 'Close date (expected)'],
  forecastCategory: [
    'Forecast Category',
    'ForecastCategoryName',
    'ForecastCategory',
    'Forecast category (HubSpot)',
    'Forecast',
  ],
  nextStep: ['Next Step', 'NextStep', 'Next Steps'],
  nextStepOn: ['Next Step Date', 'Next Activity Date', 'Next activity date'],
  segment: ['Segment', 'Customer Segment', 'Market Segment'],
  product: ['Product', 'Product Name', 'Primary Product', 'Product/Service'],
  openedOn: ['Created Date', 'CreatedDate', 'Create Date', 'Date Opened'],
  outcome: ['Outcome', 'Deal Outcome', 'Result'],
  isWon: ['Won', 'IsWon', 'Is Won'],
  isClosed: ['Closed', 'IsClosed', 'Is Closed'],
  lossReason: ['Loss Reason', 'Closed Lost Reason', 'Reason Lost', 'Lost Reason', 'Closed lost reason'],
  notes: ['Description', 'Notes', 'Deal Description'],
};

export const normaliseHeader = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each field's column, matched by name; a column is used for one field at most. */
export function suggestMapping(headers: readonly string[]): Partial<Record<ImportField, string>> {
  const mapping: Partial<Record<ImportField, string>> = {};
  const used = new Set<string>();
  const byName = new Map(headers.map((h) => [normaliseHeader(h), h]));
  for (const field of IMPORT_FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      const header = byName.get(normaliseHeader(name));
      if (header !== undefined && !used.has(header)) {
        mapping[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return mapping;
}

export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const NUMBER_FORMATS = ['1,234.56', '1.234,56', '1 234,56'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/**
 * A date cell in the chosen format (a time after it, as HubSpot and Data Loader write, is ignored) as
 * `YYYY-MM-DD`, or null when it does not fit. Two-digit years are refused: 01/02/03 is anyone's guess.
 */
export function parseDate(cell: string, format: DateFormat): string | null {
  const value = cell.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[AP]M|[+-]\d{2}:?\d{2})?$/i, '');
  const parts = value.split(/[-/.]/);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const [a, b, c] = parts as [string, string, string];
  const [y, m, d] =
    format === 'YYYY-MM-DD' || format === 'YYYY/MM/DD'
      ? [a, b, c]
      : format === 'MM/DD/YYYY'
        ? [c, a, b]
        : [c, b, a];
  if (y.length !== 4 || m.length > 2 || d.length > 2) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso || Number(y) < 1900)
    return null;
  return iso;
}

/** A currency symbol or code written with an amount: "€1,200", "USD 1,200", "1.200,00 EUR". */
const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', CHF: 'CHF' };

const AMOUNT_PATTERNS: Record<NumberFormat, { group: string; decimal: string; pattern: RegExp }> = {
  '1,234.56': { group: ',', decimal: '.', pattern: /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/ },
  '1.234,56': { group: '.', decimal: ',', pattern: /^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/ },
  '1 234,56': { group: ' ', decimal: ',', pattern: /^\d{1,3}( \d{3})*(,\d+)?$|^\d+(,\d+)?$/ },
};

/**
 * An amount cell in the chosen number format: its value and any currency it names. Null when it is not
 * a number in that format (so "1.234,56" read as 1,234.56-style is refused, not turned into 1.23456).
 */
export function parseAmount(
  cell: string,
  format: NumberFormat,
): { amount: number; currency: string | null } | null {
  let value = cell.trim().replace(/\u00a0|\u202f/g, ' ');
  let currency: string | null = null;
  const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(value);
  if (code) {
    currency = (code[1] ?? code[2])!;
    value = value.replace(code[0], '');
  }
  for (const [symbol, iso] of Object.entries(SYMBOLS)) {
    if (value.startsWith(symbol) || value.endsWith(symbol)) {
      currency ??= iso;
      value = value.replace(symbol, '').trim();
    }
  }
  const negative = /^\(.*\)$/.test(value) || value.startsWith('-');
  value = value
    .replace(/^\(|\)$/g, '')
    .replace(/^-/, '')
    .trim();
  const { group, decimal, pattern } = AMOUNT_PATTERNS[format];
  if (!pattern.test(value)) return null;
  const amount = Number(value.split(group).join('').replace(decimal, '.'));
  if (!Number.isFinite(amount) || negative) return null;
  return { amount, currency };
}

/** How many minor units a currency has (2 for EUR, 0 for JPY, 3 for KWD), from the platform's ISO data. */
// Both are asked for every row of an import: a formatter costs far more to build than to ask.
const digitsByCurrency = new Map<string, number>();
let knownCurrencies: Set<string> | null | undefined;

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (knownCurrencies === undefined) {
    const list = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency');
    knownCurrencies = list ? new Set(list) : null;
  }
  return knownCurrencies === null || knownCurrencies.has(code);
}

/** An amount in minor units, rounded half away from zero; null if it has more decimals than the currency. */
export function toMinorUnits(amount: number, currency: string): number | null {
  const digits = minorDigits(currency);
  const scaled = amount * 10 ** digits;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6) return null;
  return rounded;
}

/** CRM stage names (Salesforce's and HubSpot's defaults) and the library stage each stands for. */
const CRM_STAGES: Record<string, string> = {
  prospecting: 'stage-market-lead-identification',
  qualification: 'stage-initial-contact-qualification',
  appointmentscheduled: 'stage-initial-contact-qualification',
  needsanalysis: 'stage-discovery-need-analysis',
  qualifiedtobuy: 'stage-discovery-need-analysis',
  valueproposition: 'stage-solution-fit-value-definition',
  perceptionanalysis: 'stage-solution-fit-value-definition',
  iddecisionmakers: 'stage-decision-process-stakeholder-alignment',
  decisionmakerboughtin: 'stage-decision-process-stakeholder-alignment',
  proposalpricequote: 'stage-proposal-demonstration',
  presentationscheduled: 'stage-proposal-demonstration',
  negotiationreview: 'stage-negotiation-risk-resolution',
  contractsent: 'stage-negotiation-risk-resolution',
};

/** The outcome a CRM stage name says, if it says one ("Closed Won", "closedlost"). */
export function outcomeOfStage(stage: string): 'won' | 'lost' | null {
  const key = normaliseHeader(stage);
  if (key === 'closedwon' || key === 'won') return 'won';
  if (key === 'closedlost' || key === 'lost') return 'lost';
  return null;
}

/** The library stage a cell names: by the stage's own name, or a CRM default name that stands for it. */
export function stageIdOf(cell: string, stages: readonly { id: string; name: string }[]): string | null {
  const key = normaliseHeader(cell);
  if (key === '') return null;
  const own = stages.find((s) => normaliseHeader(s.name) === key || normaliseHeader(s.id) === key);
  if (own) return own.id;
  const crm = CRM_STAGES[key];
  return crm !== undefined && stages.some((s) => s.id === crm) ? crm : null;
}

/** Salesforce's and HubSpot's forecast categories as ours. Omitted deals stay in pipeline. */
export function forecastOf(cell: string): 'pipeline' | 'best-case' | 'commit' | null {
  const key = normaliseHeader(cell);
  if (key === '' || key === 'pipeline' || key === 'omitted' || key === 'omit' || key === 'closed')
    return 'pipeline';
  if (key === 'bestcase' || key === 'upside') return 'best-case';
  // Salesforce's API name for the commit category is "Forecast".
  if (key === 'commit' || key === 'committed' || key === 'forecast') return 'commit';
  return null;
}

export function booleanOf(cell: string): boolean | null {
  const key = cell.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'x'].includes(key)) return true;
  if (['false', '0', 'no', 'n', ''].includes(key)) return false;
  return null;
}
