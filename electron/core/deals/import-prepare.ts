import type { ParsedInputOf } from '../../../shared/contract';
import { suggestMapping } from '../../../shared/domain/crm-import';
import type { PreparedResult, PreviewOf } from '../prepare/types';
import { readCsv } from '../services/crm-import/csv';
import { type ImportRows, mapRows } from '../services/crm-import/rows';

type Input = ParsedInputOf<'deals.prepareImport'>;
type Preview = PreviewOf<'deals.prepareImport'>;

/** What deals.import writes: the mapped rows, with the file's name for the history's reasons. */
export interface PreparedDeals extends ImportRows {
  fileName: string | null;
}

const SAMPLE_ROWS = 10;

/** The prepare job of deals.prepareImport: runs in the import worker, without the database. */
export function prepareDealImport(input: Input): PreparedResult<Preview, PreparedDeals> {
  const table = readCsv(Buffer.from(input.contentBase64, 'base64'));
  const mapping = input.mapping ?? suggestMapping(table.headers);
  const mapped = mapRows(table, {
    mapping,
    dateFormat: input.dateFormat,
    numberFormat: input.numberFormat,
    defaultCurrency: input.defaultCurrency,
    reps: input.reps,
    stages: input.stages,
    closedStageId: input.closedStageId,
  });
  const fileName = input.fileName ?? null;
  return {
    preview: {
      fileName,
      encoding: table.encoding,
      delimiter: table.delimiter,
      headers: table.headers,
      mapping,
      missing: mapped.missing,
      rowCount: table.rows.length,
      validCount: mapped.deals.length,
      invalidRowCount: mapped.invalidRows,
      errors: mapped.errors,
      sample: mapped.deals.slice(0, SAMPLE_ROWS).map((d) => ({
        row: d.row,
        crmId: d.crmId,
        account: d.account,
        name: d.name,
        repId: d.repId,
        valueMinor: d.valueMinor,
        currency: d.currency,
        stageId: d.stageId,
        expectedCloseOn: d.expectedCloseOn,
        forecastCategory: d.forecastCategory,
        outcome: d.outcome,
      })),
      warnings: table.warnings,
    },
    kept: { ...mapped, fileName },
    // About 400 bytes a mapped row held as objects: what the store counts against its cap.
    bytes: mapped.deals.length * 400 + 1024,
    transfer: [],
  };
}
