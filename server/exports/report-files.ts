// A report as a file (issue 19 step 4): CSV (RFC 4180, decimal points, ISO months, so any program reads it back) or
// XLSX with typed cells: numbers as numbers with the currency's format, months and dates as dates shown with month
// names in the user's language, headers in that language (write-excel-file, a maintained writer; the `xlsx` package
// on npm is an old release).
import writeXlsxFile, { type Cell as XlsxCell } from 'write-excel-file/node';

import type { ReportFormat } from 'plugin/constants/select-options';
import { REPORT_LABELS, type ReportLanguage } from 'plugin/constants/report-labels';
import type { Cell, ReportColumn, ReportResult, ReportRow } from 'server/reports/report';

import { writeCsv } from './csv';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  CSV: 'text/csv',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Excel's locale prefixes, so "mmmm" prints Slovenian or British month names whatever the viewer's locale. */
const DATE_LOCALE: Record<ReportLanguage, string> = { sl: '[$-424]', en: '[$-809]' };

const labelled = (value: Cell, lang: ReportLanguage): Cell =>
  typeof value === 'string' ? (REPORT_LABELS[lang].values[value] ?? value) : value;

const header = (columns: readonly ReportColumn[], lang: ReportLanguage) =>
  columns.map((column) => REPORT_LABELS[lang].columns[column.key] ?? column.key);

export function reportCsv(report: ReportResult, lang: ReportLanguage): Uint8Array {
  const rows = report.rows.map((row) =>
    report.columns.map((column) => {
      const value = row[column.key] ?? null;
      if (typeof value === 'boolean') return value ? REPORT_LABELS[lang].yes : REPORT_LABELS[lang].no;
      return column.kind === 'text' ? (labelled(value, lang) as string | null) : (value as string | number | null);
    }),
  );
  return new TextEncoder().encode(writeCsv(header(report.columns, lang), rows, { byteOrderMark: true }));
}

const dateOf = (value: string) => new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`);

function xlsxCell(column: ReportColumn, row: ReportRow, lang: ReportLanguage): XlsxCell {
  const value = row[column.key] ?? null;
  if (value === null) return null;
  switch (column.kind) {
    case 'money':
      return { value: Number(value), type: Number, format: `#,##0.00 "${String(row.currency ?? '')}"` };
    case 'count':
      return { value: Number(value), type: Number, format: '#,##0' };
    case 'quantity':
      return { value: Number(value), type: Number, format: '#,##0.###' };
    case 'percent':
      return { value: Number(value) / 100, type: Number, format: '0.0%' };
    case 'month':
      return { value: dateOf(String(value)), type: Date, format: `${DATE_LOCALE[lang]}mmmm yyyy` };
    case 'date':
      return { value: dateOf(String(value)), type: Date, format: `${DATE_LOCALE[lang]}d. mmmm yyyy` };
    case 'flag':
      return { value: value === true, type: Boolean };
    default:
      return { value: String(labelled(value, lang)), type: String };
  }
}

export async function reportXlsx(report: ReportResult, lang: ReportLanguage): Promise<Uint8Array> {
  const headerRow: XlsxCell[] = header(report.columns, lang).map((text) => ({ value: text, fontWeight: 'bold' }));
  const data = [headerRow, ...report.rows.map((row) => report.columns.map((column) => xlsxCell(column, row, lang)))];
  // A sheet name has at most 31 characters and none of []:*?/\ (Excel refuses the file otherwise).
  const title = (REPORT_LABELS[lang].titles[report.template as never] ?? 'Report') as string;
  const sheet = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const buffer = await writeXlsxFile(data, { sheet }).toBuffer();
  return new Uint8Array(buffer);
}

export const reportFile = (report: ReportResult, format: ReportFormat, lang: ReportLanguage) =>
  format === 'CSV' ? Promise.resolve(reportCsv(report, lang)) : reportXlsx(report, lang);
