// The file path every export takes (issue 19 step 1; the issue inbox reuses it): the bytes land in the FILES field of
// a metakockaReport record in Twenty, and the answer links to the file and to the record. Checked against the Twenty
// stand-in over HTTP, whose file store enforces the upload rules (UPLOAD_FILE flag, declared size, field match).
import { resolve } from 'node:path';

import { createCrmGateway } from 'server/crm/gateway';
import { writeCsv } from 'server/exports/csv';
import { createReportRecordsRepo } from 'server/exports/report-records';
import { storeExport, type ExportStoreDeps } from 'server/exports/store';
import { createFileUploader } from 'server/host/file-uploader';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';

const manifestPath = process.env.HARNESS_OUTPUT_DIR
  ? resolve(process.env.HARNESS_OUTPUT_DIR, 'manifest.json')
  : undefined;

let standIn: StandIn;
let deps: ExportStoreDeps;
const NOW = new Date('2026-12-07T09:30:00.000Z');

beforeAll(async () => {
  standIn = await startStandIn({ manifestPath, rateLimit: null });
  deps = {
    uploader: createFileUploader({ apiUrl: standIn.url, token: standIn.tokens.app }),
    reports: createReportRecordsRepo(createCrmGateway({ apiUrl: standIn.url, token: standIn.tokens.app })),
    now: () => NOW,
  };
}, 360_000);
afterAll(async () => {
  await standIn?.close();
});

const csvBytes = () =>
  new TextEncoder().encode(writeCsv(['Kupec', 'Znesek'], [['Novak, d.o.o.', '1250.00']], { byteOrderMark: true }));

describe('storing an export', () => {
  it('puts the file on a report record and links to both', async () => {
    const bytes = csvBytes();
    const stored = await storeExport(deps, {
      name: 'Prodaja po mesecih 2026',
      source: 'report:sales-by-month',
      format: 'CSV',
      fileName: 'prodaja/po mesecih 2026.csv',
      bytes,
      rowCount: 1,
      parameters: { from: '2026-01', to: '2026-12' },
      requestedBy: 'member-1',
      dataAsOf: '2026-12-07T06:00:00.000Z',
    });

    expect(stored.fileName).toBe('prodaja-po mesecih 2026.csv');
    expect(stored.recordPath).toBe(`/object/metakockaReport/${stored.reportId}`);
    const [row] = standIn.store.rows('metakockaReport').filter((r) => r.id === stored.reportId);
    expect(row).toMatchObject({
      name: 'Prodaja po mesecih 2026',
      source: 'report:sales-by-month',
      format: 'CSV',
      fileName: 'prodaja-po mesecih 2026.csv',
      generatedAt: NOW.toISOString(),
      rowCount: 1,
      parameters: { from: '2026-01', to: '2026-12' },
      requestedBy: 'member-1',
    });
    const [item] = row!.file as Array<{ fileId: string; label: string }>;
    const file = standIn.files.get(item!.fileId)!;
    expect(file).toMatchObject({ filename: 'prodaja-po mesecih 2026.csv', object: 'metakockaReport', field: 'file' });
    expect(Buffer.from(file.bytes!).equals(Buffer.from(bytes))).toBe(true);

    // The link the answer gives downloads exactly the bytes that were stored.
    const download = await fetch(stored.fileUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stores a file with a fixed id once: storing it again replaces the file, not adds a record', async () => {
    const id = '6f1d3a52-8a0e-4c1b-9d2f-0e4b7c9a1f20';
    const file = { id, name: 'Zapadle terjatve', source: 'schedule:s1', format: 'CSV' as const, fileName: 'a.csv' };
    await storeExport(deps, { ...file, bytes: csvBytes() });
    const second = await storeExport(deps, { ...file, bytes: new TextEncoder().encode('x\r\n') });

    expect(second.reportId).toBe(id);
    expect(standIn.store.rows('metakockaReport').filter((r) => r.id === id)).toHaveLength(1);
    const [item] = standIn.store.rows('metakockaReport').find((r) => r.id === id)!.file as Array<{ fileId: string }>;
    expect(new TextDecoder().decode(standIn.files.get(item!.fileId)!.bytes!)).toBe('x\r\n');
  });

  it('leaves no record when the upload is refused', async () => {
    const before = standIn.store.rows('metakockaReport').length;
    const refusing: ExportStoreDeps = {
      ...deps,
      uploader: createFileUploader({ apiUrl: standIn.url, token: 'not-a-token' }),
    };
    await expect(
      storeExport(refusing, { name: 'x', source: 'test', format: 'CSV', fileName: 'x.csv', bytes: csvBytes() }),
    ).rejects.toThrow();
    expect(standIn.store.rows('metakockaReport')).toHaveLength(before);
  });
});
