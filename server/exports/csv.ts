// CSV as RFC 4180 defines it: records end in CRLF, a field holding a comma, a double quote, CR or LF is enclosed in
// double quotes and its quotes doubled; every record has the header's number of fields.
/** A cell: text as is, numbers already formatted by the caller (exact money is a decimal string, never a float). */
export type CsvCell = string | number | null;

export interface CsvOptions {
  /** A UTF-8 byte order mark first, so Excel reads č, š and ž (RFC 4180 allows it: it is not part of any field). */
  byteOrderMark?: boolean;
  /**
   * Text starting with =, +, -, @, TAB or CR is prefixed with an apostrophe, so a spreadsheet opening the file does
   * not run it as a formula (OWASP "CSV injection"). Numbers, and decimal strings such as exact money, are never
   * touched, so -12.50 stays a number.
   */
  neutraliseFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

function field(cell: CsvCell, neutralise: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell cannot hold ${cell}.`);
    return String(cell);
  }
  const text = neutralise && FORMULA_START.test(cell) && !DECIMAL.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text: the header record, then one record per row, each ending in CRLF. */
export function writeCsv(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const neutralise = options.neutraliseFormulas ?? true;
  rows.forEach((row, index) => {
    if (row.length !== header.length)
      throw new RangeError(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}.`);
  });
  const lines = [header, ...rows].map((row) => `${row.map((cell) => field(cell, neutralise)).join(',')}\r\n`);
  return `${options.byteOrderMark ? '\uFEFF' : ''}${lines.join('')}`;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
