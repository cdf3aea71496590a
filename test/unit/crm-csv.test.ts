import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, suggestMapping, toMinorUnits } from '../../shared/domain/crm-import';
import { readCsv } from '../../electron/core/services/crm-import/csv';
import { type ImportOptions, mapRows } from '../../electron/core/services/crm-import/rows';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const SPECTRUM = path.join(FIXTURES, 'csv-spectrum');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'crm', name));

const stages = [
  { id: 'stage-initial-contact-qualification', name: 'Initial contact and qualification' },
  { id: 'stage-discovery-need-analysis', name: 'Discovery and need analysis' },
  { id: 'stage-solution-fit-value-definition', name: 'Solution fit and value definition' },
  { id: 'stage-proposal-demonstration', name: 'Proposal, demonstration or solution design' },
  { id: 'stage-negotiation-risk-resolution', name: 'Negotiation and risk resolution' },
];
const reps = [
  { id: 'rep-sophie', name: 'Sophie Laurent', email: 'sophie.laurent@example.com' },
  { id: 'rep-tom', name: 'Tom Fielding', email: null },
];
const options = (table: { headers: string[] }, over: Partial<ImportOptions> = {}): ImportOptions => ({
  mapping: suggestMapping(table.headers),
  dateFormat: 'YYYY-MM-DD',
  numberFormat: '1,234.56',
  defaultCurrency: null,
  reps,
  stages,
  closedStageId: null,
  ...over,
});

describe('csv-spectrum', () => {
  const cases = fs.readdirSync(path.join(SPECTRUM, 'csvs')).map((f) => f.replace(/\.csv$/, ''));
  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(
      fs.readFileSync(path.join(SPECTRUM, 'json', `${name}.json`), 'utf8'),
    ) as Record<string, string>[];
    const table = readCsv(fs.readFileSync(path.join(SPECTRUM, 'csvs', `${name}.csv`)));
    const rows = table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
    expect(rows).toEqual(expected);
  });
});

describe('real export shapes', () => {
  it('reads a Salesforce report export: BOM, CRLF, quoted commas and newlines, US dates, and drops the footer', () => {
    const table = readCsv(fixture('salesforce-report.csv'));
    expect(table.encoding).toBe('UTF-8');
    expect(table.headers[0]).toBe('Opportunity Owner');
    expect(table.rows).toHaveLength(3);
    expect(table.footer).toHaveLength(5);
    expect(table.footer[0]).toMatch(/^Total/);
    const mapped = mapRows(table, options(table, { dateFormat: 'MM/DD/YYYY', closedStageId: stages[1]!.id }));
    expect(mapped.errors).toEqual([]);
    expect(
      mapped.deals.map((d) => [
        d.row,
        d.name,
        d.valueMinor,
        d.currency,
        d.stageId,
        d.outcome,
        d.expectedCloseOn,
      ]),
    ).toEqual([
      [
        2,
        'Cold-chain monitoring, phase 2',
        4_250_000,
        'EUR',
        'stage-discovery-need-analysis',
        'open',
        '2026-04-30',
      ],
      [3, 'Fleet telematics', 11_800_000, 'EUR', 'stage-proposal-demonstration', 'open', '2026-05-15'],
      [4, 'Warehouse sensors', 2_700_000, 'USD', 'stage-discovery-need-analysis', 'lost', '2026-02-20'],
    ]);
    expect(mapped.deals[1]!.nextStep).toBe('Send revised quote\nafter legal call');
  });

  it('reads a Salesforce Data Loader export with relationship columns and ISO datetimes', () => {
    const table = readCsv(fixture('salesforce-dataloader.csv'));
    const mapped = mapRows(table, options(table));
    expect(mapped.errors).toEqual([]);
    expect(
      mapped.deals.map((d) => [d.crmId, d.account, d.repId, d.forecastCategory, d.valueMinor, d.openedOn]),
    ).toEqual([
      ['0065g00000AbCd1', 'Brightwater Foods', 'rep-sophie', 'best-case', 4_500_000, '2026-01-12'],
      ['0065g00000XyZ99', 'Kestrel Retail', 'rep-tom', 'commit', 6_400_050, '2025-12-01'],
    ]);
    expect(mapped.deals[1]!.nextStep).toBe('"Paper" process with procurement');
  });

  it('reads a HubSpot deals export: owner by email, stage labels, a won deal at the stage chosen for closed rows', () => {
    const table = readCsv(fixture('hubspot-deals.csv'));
    const unplaced = mapRows(table, options(table));
    expect(unplaced.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Deal Stage']]);
    const mapped = mapRows(table, options(table, { closedStageId: 'stage-negotiation-risk-resolution' }));
    expect(mapped.errors).toEqual([]);
    expect(
      mapped.deals.map((d) => [d.crmId, d.repId, d.stageId, d.outcome, d.closedOn, d.valueMinor, d.currency]),
    ).toEqual([
      ['9876543210', 'rep-sophie', 'stage-initial-contact-qualification', 'open', null, 1_500_000, 'GBP'],
      ['9876543211', 'rep-tom', 'stage-negotiation-risk-resolution', 'won', '2026-02-14', 820_000, 'GBP'],
    ]);
  });

  it('reads Excel’s plain CSV: Windows-1252, semicolons, comma decimals, day-first dates', () => {
    const text = [
      'Account;Opportunity Name;Owner;Amount;Currency;Stage;Close Date',
      'Société Générale;Écrans “tactiles”;Sophie Laurent;48.500,00;EUR;Needs Analysis;30.04.2026',
      'Müller GmbH;Lager – Sensoren;Tom Fielding;1.200;EUR;Qualification;15.05.2026',
      '',
    ].join('\r\n');
    const table = readCsv(iconv.encode(text, 'windows-1252'));
    expect(table.encoding).toMatch(/Windows-1252|ISO-8859/);
    expect(table.delimiter).toBe(';');
    const mapped = mapRows(table, options(table, { dateFormat: 'DD.MM.YYYY', numberFormat: '1.234,56' }));
    expect(mapped.errors).toEqual([]);
    expect(mapped.deals.map((d) => [d.account, d.name, d.valueMinor, d.expectedCloseOn])).toEqual([
      ['Société Générale', 'Écrans “tactiles”', 4_850_000, '2026-04-30'],
      ['Müller GmbH', 'Lager – Sensoren', 120_000, '2026-05-15'],
    ]);
  });

  it('honours an Excel "sep=" line', () => {
    const table = readCsv(Buffer.from('sep=;\na;b\n1,5;2\n'));
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([['1,5', '2']]);
  });
});

describe('row errors', () => {
  it('names every problem with its row number and column, and keeps the good rows', () => {
    const text = [
      'Account Name,Opportunity Name,Opportunity Owner,Amount,Currency,Stage,Close Date',
      'Acme,Good,Sophie Laurent,100.00,EUR,Needs Analysis,2026-04-01',
      'Acme,Bad date,Sophie Laurent,100.00,EUR,Needs Analysis,31/04/2026',
      ',No account,Nobody Known,ten,EURO,Somewhere,',
      '',
    ].join('\n');
    const table = readCsv(Buffer.from(text));
    const mapped = mapRows(table, options(table));
    expect(mapped.deals.map((d) => d.row)).toEqual([2]);
    expect(mapped.invalidRows).toBe(2);
    expect(mapped.errors.map((e) => `${e.row} ${e.column}`)).toEqual([
      '3 Close Date',
      '4 Account Name',
      '4 Opportunity Owner',
      '4 Amount',
      '4 Currency',
      '4 Stage',
    ]);
  });

  it('says which required fields have no column', () => {
    const table = readCsv(Buffer.from('Deal,Amount\nX,1\n'));
    expect(mapRows(table, options(table)).missing).toEqual(['account', 'rep', 'stage', 'currency']);
  });

  it('refuses the same CRM id twice in one file', () => {
    const text =
      'Id,Account,Name,Owner,Amount,Currency,Stage\nA1,X,One,Tom Fielding,1,EUR,Qualification\nA1,X,Two,Tom Fielding,1,EUR,Qualification\n';
    const table = readCsv(Buffer.from(text));
    expect(mapRows(table, options(table)).errors).toEqual([
      { row: 3, column: 'Id', message: 'The CRM id A1 is also on row 2' },
    ]);
  });
});

describe('values', () => {
  it.each([
    ['2026-03-14', 'YYYY-MM-DD', '2026-03-14'],
    ['2026-03-14T10:22:31.000Z', 'YYYY-MM-DD', '2026-03-14'],
    ['3/14/2026 9:14 AM', 'MM/DD/YYYY', '2026-03-14'],
    ['14/03/2026', 'DD/MM/YYYY', '2026-03-14'],
    ['14.3.2026', 'DD.MM.YYYY', '2026-03-14'],
    ['2026/03/14', 'YYYY/MM/DD', '2026-03-14'],
    ['14/03/2026', 'MM/DD/YYYY', null],
    ['29/02/2026', 'DD/MM/YYYY', null],
    ['14/03/26', 'DD/MM/YYYY', null],
  ] as const)('%s read as %s is %s', (cell, format, expected) => {
    expect(parseDate(cell, format)).toBe(expected);
  });

  it.each([
    ['1,234.56', '1,234.56', 1234.56, null],
    ['€1,200', '1,234.56', 1200, 'EUR'],
    ['USD 64,000.50', '1,234.56', 64000.5, 'USD'],
    ['1.234,56 EUR', '1.234,56', 1234.56, 'EUR'],
    ['1 234,56', '1 234,56', 1234.56, null],
    ['1234', '1.234,56', 1234, null],
  ] as const)('%s in %s is %s', (cell, format, amount, currency) => {
    expect(parseAmount(cell, format)).toEqual({ amount, currency });
  });

  it.each([
    ['1.234,56', '1,234.56'],
    ['12,34', '1,234.56'],
    ['-5', '1,234.56'],
    ['ten', '1,234.56'],
  ] as const)('refuses %s in %s', (cell, format) => {
    expect(parseAmount(cell, format)).toBeNull();
  });

  it('counts minor units by the currency', () => {
    expect([
      toMinorUnits(12.5, 'EUR'),
      toMinorUnits(1200, 'JPY'),
      toMinorUnits(1.234, 'KWD'),
      toMinorUnits(1.234, 'EUR'),
    ]).toEqual([1250, 1200, 1234, null]);
  });
});
