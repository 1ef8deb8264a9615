// Issue 19 "Done when": an exported XLSX, read back, has typed cells (numbers, dates) and the same figures, with
// headers and month names in the user's language; the CSV of the same report is RFC 4180 with the same figures.
import readXlsxFile from 'read-excel-file/node';

import { reportCsv, reportXlsx } from 'server/exports/report-files';
import type { ReportResult } from 'server/reports/report';

const report: ReportResult = {
  template: 'sales-by-month',
  parameters: { period: { from: '2026-01', to: '2026-02' } },
  columns: [
    { key: 'month', kind: 'month' },
    { key: 'currency', kind: 'currency' },
    { key: 'documents', kind: 'count' },
    { key: 'revenue', kind: 'money' },
  ],
  rows: [
    { month: '2026-01', currency: 'EUR', documents: 14, revenue: '12345.67' },
    { month: '2026-02', currency: 'EUR', documents: 3, revenue: '-80.05' },
    { month: '2026-01', currency: 'USD', documents: 1, revenue: '0.10' },
  ],
  chart: { kind: 'bar', x: 'month', y: 'revenue', series: 'currency' },
  generatedAt: '2026-12-07T09:00:00.000Z',
  dataAsOf: '2026-12-07T06:00:00.000Z',
  openIssues: 0,
  cost: { twentyCalls: 1, recordsRead: 18, path: 'group-by' },
};

describe('report files', () => {
  it('writes XLSX with numbers as numbers, months as dates and Slovenian headers', async () => {
    const [sheet] = await readXlsxFile(Buffer.from(await reportXlsx(report, 'sl')));
    expect(sheet!.sheet).toBe('Prodaja po mesecih');
    const [header, ...rows] = sheet!.data;
    expect(header).toEqual(['Mesec', 'Valuta', 'Dokumenti', 'Prihodki (neto)']);
    expect(rows).toEqual([
      [new Date('2026-01-01T00:00:00Z'), 'EUR', 14, 12345.67],
      [new Date('2026-02-01T00:00:00Z'), 'EUR', 3, -80.05],
      [new Date('2026-01-01T00:00:00Z'), 'USD', 1, 0.1],
    ]);
    // The figures, to the cent, are the report's.
    expect(rows.map((row) => (row[3] as number).toFixed(2))).toEqual(report.rows.map((row) => row.revenue));
  });

  it('shows months with Slovenian names and money with its currency (cell formats in the file)', async () => {
    const xml = await sheetXml(await reportXlsx(report, 'sl'));
    expect(xml.styles).toContain('[$-424]mmmm yyyy');
    expect(xml.styles).toContain('#,##0.00 &quot;EUR&quot;');
    expect(xml.styles).toContain('#,##0.00 &quot;USD&quot;');
  });

  it('writes the same figures to CSV, headers in English when asked', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(reportCsv(report, 'en'));
    expect(text).toBe(
      '\uFEFFMonth,Currency,Documents,Revenue (net)\r\n2026-01,EUR,14,12345.67\r\n2026-02,EUR,3,-80.05\r\n2026-01,USD,1,0.10\r\n',
    );
  });
});

/** The XLSX's style part, unzipped with Node's own zlib through the zip's central directory (an XLSX is a zip). */
async function sheetXml(bytes: Uint8Array): Promise<{ styles: string }> {
  const { inflateRawSync } = await import('node:zlib');
  const zip = Buffer.from(bytes);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let entry = 0; entry < zip.readUInt16LE(end + 10); entry += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return { styles: parts.get('xl/styles.xml') ?? '' };
}
