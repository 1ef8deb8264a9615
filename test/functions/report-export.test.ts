// report-export (route /metakocka/reports/export): a member exports a report; the file lands on a Metakocka report
// record (FILES field) in Twenty and the answer links to it.
import readXlsxFile from 'read-excel-file/node';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 4, products: 12 });
const PATH = `/s${REPORT_ROUTES.export}`; // '/metakocka/reports/export'
const MEMBER = { workspaceMemberId: '5b2e4d3b-1d5f-4cab-8e66-2b3c4d5e6f10', flags: [] };

describe('report-export', () => {
  it('stores the stock report as XLSX on a report record, in Slovenian, with typed cells', async () => {
    expect((await world().sync({ streams: ['products'] })).jobs.failed).toBe(0);

    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { template: 'stock', parameters: {}, format: 'XLSX', language: 'sl' },
      as: MEMBER,
    });

    expect(reply.status).toBe(200);
    const answer = reply.body as { reportId: string; fileUrl: string; recordPath: string; fileName: string };
    expect(answer.recordPath).toBe(`/object/metakockaReport/${answer.reportId}`);
    expect(answer.fileName).toMatch(/^Zaloga in nizka zaloga \d{8}-\d{4}\.xlsx$/);
    const [record] = world().rows('metakockaReport');
    expect(record).toMatchObject({ id: answer.reportId, format: 'XLSX', source: 'report:stock' });
    expect(record!.requestedBy).toBe(MEMBER.workspaceMemberId);
    const download = await fetch(answer.fileUrl);
    const [sheet] = await readXlsxFile(Buffer.from(await download.arrayBuffer()));
    expect(sheet!.data[0]).toEqual([
      'Šifra',
      'Izdelek',
      'Kategorija',
      'Zaloga',
      'Minimalna zaloga',
      'Manjko',
      'Pod minimumom',
    ]);
    const products = world()
      .sandbox.store.products.list()
      .filter((p) => p.activated);
    expect(sheet!.data).toHaveLength(products.length + 1);
    expect(sheet!.data.slice(1).every((row) => typeof row[3] === 'number' && typeof row[6] === 'boolean')).toBe(true);
  });
});
