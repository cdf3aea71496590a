import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../../../shared/contract';

/**
 * Reading a CRM export (Salesforce Data Loader or report, HubSpot deal export, Excel's "CSV UTF-8" or
 * plain "CSV", anything else): bytes to a header and rows of cells. Pure and synchronous, so it runs in
 * the import worker. Shared by open pipeline and closed-lost rows: one importer.
 */

export const MAX_CSV_BYTES = 30 * 1024 * 1024;
export const MAX_CSV_ROWS = 200_000;

export interface CsvTable {
  /** The encoding the bytes were read in, as the preview names it. */
  encoding: string;
  delimiter: string;
  headers: string[];
  /** Data rows, each as long as `headers` (short rows padded with ''); `rowNumbers[i]` is row i's line in a spreadsheet (header = 1). */
  rows: string[][];
  rowNumbers: number[];
  /** Rows after the data that were left out: report totals, copyright lines, blank rows. */
  footer: string[];
  warnings: string[];
}

function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', 'The file is empty.');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's plain "CSV" is the computer's legacy code page, Windows-1252 in the West.
    const guess = analyse(bytes).find((m) => /^(windows-125\d|ISO-8859-\d+)$/i.test(m.name));
    const name = guess && guess.name.toLowerCase() !== 'iso-8859-1' ? guess.name : 'windows-1252';
    return { text: iconv.decode(bytes, name), encoding: name.replace(/^windows/i, 'Windows') };
  }
}

/** A line that ends a report's data: totals, the copyright and confidentiality lines, filters. */
const FOOTER =
  /^(grand\s+totals?|totals?|sum|count|copyright|confidential|generated\s+by|organi[sz]ation:|filtered\s+by|\(c\))/i;

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

export function readCsv(bytes: Buffer): CsvTable {
  if (bytes.length > MAX_CSV_BYTES)
    throw new AppError(
      'TOO_LARGE',
      `The file is ${Math.ceil(bytes.length / 1024 / 1024)} MB; the largest CSV Coachbench imports is ${MAX_CSV_BYTES / 1024 / 1024} MB.`,
    );
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
    throw new AppError(
      'INVALID_INPUT',
      'This is not a CSV file (it holds binary data). Export the report as CSV and try again.',
    );
  const decoded = decode(bytes);
  let text = decoded.text;
  // Excel writes "sep=;" on the first line when asked to name the separator.
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const all = parsed.data;
  const warnings: string[] = [];
  const firstRow = all.findIndex((row) => !isBlank(row));
  if (firstRow === -1) throw new AppError('INVALID_INPUT', 'The file has no rows.');
  const headers = all[firstRow]!.map((h) => h.trim());
  if (headers.every((h) => h === ''))
    throw new AppError('INVALID_INPUT', 'The first row has no column names.');
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') headers[i] = `Column ${i + 1}`;
    const key = headers[i]!.toLowerCase();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) headers[i] = `${headers[i]} (${n + 1})`;
  });
  let body = all.slice(firstRow + 1).map((row, i) => ({ row, number: firstRow + 2 + i }));
  // The footer: trailing blank rows, and after them (or directly) totals and report lines.
  const footer: string[] = [];
  while (body.length > 0) {
    const last = body[body.length - 1]!;
    const first = last.row.find((c) => c.trim() !== '')?.trim() ?? '';
    if (isBlank(last.row) || FOOTER.test(first) || (last.row.length === 1 && headers.length > 2)) {
      if (!isBlank(last.row)) footer.unshift(last.row.filter((c) => c.trim() !== '').join(' '));
      body = body.slice(0, -1);
    } else break;
  }
  if (footer.length > 0)
    warnings.push(`Left out ${footer.length} line(s) after the data: ${footer.slice(0, 3).join(' · ')}`);
  const blankInside = body.filter((r) => isBlank(r.row)).length;
  if (blankInside > 0) warnings.push(`Skipped ${blankInside} empty row(s).`);
  body = body.filter((r) => !isBlank(r.row));
  if (body.length > MAX_CSV_ROWS)
    throw new AppError(
      'TOO_LARGE',
      `The file has ${body.length} rows; Coachbench imports at most ${MAX_CSV_ROWS} at once.`,
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (const { row, number } of body) {
    if (row.length > headers.length && row.slice(headers.length).some((c) => c.trim() !== ''))
      warnings.push(
        `Row ${number} has ${row.length} cells for ${headers.length} columns; the extra cells were left out.`,
      );
    rows.push(headers.map((_, i) => row[i] ?? ''));
    rowNumbers.push(number);
  }
  for (const error of parsed.errors.slice(0, 5)) {
    if (error.code === 'UndetectableDelimiter') continue;
    warnings.push(`Row ${(error.row ?? 0) + 1}: ${error.message}`);
  }
  return {
    encoding: decoded.encoding,
    delimiter: parsed.meta.delimiter,
    headers,
    rows,
    rowNumbers,
    footer,
    warnings: warnings.slice(0, 20),
  };
}
