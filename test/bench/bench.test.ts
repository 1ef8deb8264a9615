// Smoke test of the bench's own arithmetic and integrity checker (no latency, no app): if these are wrong, every
// figure the bench reports is wrong.
import { splitMetakocka, splitTwenty } from './classify';
import { callFloor, naiveCalls, ratio, timeFloorMs, TWENTY_MODEL, MK_MODEL } from './floor';
import { checkIntegrity, mkPartnerDuplicates, type MkSide, type TwentySide } from './integrity';
import { floorInputFor } from './run-report';
import { spawnWorker } from './worker-protocol';

describe('call floor (docs/sync-performance.md)', () => {
  const input = {
    products: 10_000,
    partners: 2_000,
    documentsByType: { sales_order: 250, sales_offer: 0 },
    twentyRecords: { company: 1_500, person: 2_100, metakockaProduct: 10_000 },
    twentyWrites: { metakockaProduct: 100 },
    mkWrites: 20,
  };

  it('counts the extra short page of a walk, full search pages per type and 200-record Twenty batches', () => {
    expect(callFloor(input)).toEqual({
      metakocka: { reads: 11 + 1 + (3 + 1), writes: 20, total: 36 }, // 10 full product pages + empty one; one get_partner; 250 orders → 3, no offers → 1
      twenty: { reads: 8 + 11 + 50, writes: 1, total: 70 },
    });
  });

  it('needs no extra page when a walk ends on a short page', () => {
    expect(callFloor({ ...input, products: 10_500, partners: 1 }).metakocka.reads).toBe(11 + 1 + 4);
  });

  it('takes the rate limit or the latency, whichever is slower', () => {
    expect(timeFloorMs(500, 0, TWENTY_MODEL)).toBe(60_000); // 500 calls ÷ 500/min beats 500 × 10 ms
    expect(timeFloorMs(10, 100_000, TWENTY_MODEL)).toBe(400_100); // 100,000 records × 4 ms dominates
    expect(timeFloorMs(100, 0, MK_MODEL)).toBe(5_000);
  });

  it('prices a naive per-record sync above the floor', () => {
    const naive = naiveCalls(input);
    expect(naive.twenty).toBe(2 * 13_600);
    expect(naive.metakocka).toBe(16 + 2_000 + 250 + 20);
  });

  it('expects no Twenty writes on a run without changes, and the changed products on the 1% run', () => {
    const counts = { partners: 100, contacts: 50, privatePersons: 20, products: 1000, documentsByType: {}, lines: 0 };
    expect(floorInputFor('no-change', counts, false, { products: 0, companies: 0 }).twentyWrites).toEqual({});
    expect(floorInputFor('one-percent', counts, false, { products: 10, companies: 1 })).toMatchObject({
      twentyWrites: { metakockaProduct: 10 },
      mkWrites: 1,
    });
    expect(floorInputFor('initial', counts, false, { products: 0, companies: 0 }).twentyWrites).toEqual({
      company: 80,
      person: 70,
      metakockaProduct: 1000,
    });
  });

  it('reports the ratio to the floor', () => {
    expect(ratio(120, 100)).toBe(1.2);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(3, 0)).toBeNull();
  });
});

describe('call classification', () => {
  it('separates record writes from bookkeeping and reads in Twenty', () => {
    const split = splitTwenty({
      createCompanies: 3,
      updateMetakockaProducts: 2,
      companies: 5,
      'REST GET /rest/people': 1,
      createMetakockaSyncRuns: 1,
      updateMetakockaSyncIssue: 1,
      setAppKeyValue: 4,
      appKeyValue: 2,
      enqueueJobs: 2,
    });
    expect(split).toMatchObject({ reads: 6, writes: 5, bookkeepingWrites: 8, bookkeepingReads: 2, total: 21 });
  });

  it('separates reads from writes in Metakocka', () => {
    expect(splitMetakocka({ product_list: 11, get_partner: 3, add_partner: 2, update_partner: 1 })).toMatchObject({
      reads: 14,
      writes: 3,
    });
  });
});

describe('integrity checker', () => {
  const mk = (): MkSide => ({
    partners: [
      { mkId: 'p1', name: 'Alpha d.o.o.', businessEntity: true, taxIdNumber: 'SI11111111', contacts: [{ mkId: 'c1' }] },
      { mkId: 'p2', name: 'Janez Novak', businessEntity: false, taxIdNumber: '', contacts: [{ mkId: 'c2' }] },
    ],
    products: [
      { mkId: 'm1', code: 'A-1', name: 'Vijak' },
      { mkId: 'm2', code: 'A-2', name: 'Matica' },
    ],
    documents: [{ mkId: 'd1', countCode: 'N-1', rowIds: ['r1', 'r2'] }],
  });
  const twenty = (): TwentySide => ({
    companies: [{ id: 't1', name: 'Alpha d.o.o.', metakockaPartnerId: 'p1' }],
    people: [
      { id: 'h1', metakockaPartnerId: 'p1', metakockaContactId: 'c1' },
      { id: 'h2', metakockaPartnerId: 'p2', metakockaContactId: 'c2' },
    ],
    products: [
      { id: 'x1', metakockaId: 'm1', code: 'A-1', name: 'Vijak', isActive: true },
      { id: 'x2', metakockaId: 'm2', code: 'A-2', name: 'Matica', isActive: true },
    ],
    documents: [{ id: 'y1', metakockaId: 'd1', countCode: 'N-1' }],
    lines: [
      { id: 'l1', metakockaRowKey: 'd1:r1' },
      { id: 'l2', metakockaRowKey: 'd1:r2' },
    ],
  });

  it('finds nothing wrong in two stores that agree', () => {
    expect(checkIntegrity(mk(), twenty()).total).toEqual({ duplicates: 0, missing: 0, mismatches: 0 });
  });

  it('catches a planted duplicate product', () => {
    const t = twenty();
    t.products.push({ id: 'x3', metakockaId: 'm1', code: 'A-1', name: 'Vijak', isActive: true });
    const report = checkIntegrity(mk(), t);
    expect(report.total).toEqual({ duplicates: 1, missing: 0, mismatches: 0 });
    expect(report.products!.examples[0]).toContain('m1');
  });

  it('catches a missing document line and a missing company', () => {
    const t = twenty();
    t.lines!.pop();
    t.companies = [];
    expect(checkIntegrity(mk(), t).total).toEqual({ duplicates: 0, missing: 2, mismatches: 0 });
  });

  it('catches a value mismatch and a Twenty company with no partner in Metakocka', () => {
    const t = twenty();
    t.products[1]!.name = 'Matica M8';
    t.companies.push({ id: 't9', name: 'Made in Twenty', metakockaPartnerId: null });
    const report = checkIntegrity(mk(), t);
    expect(report.total).toEqual({ duplicates: 0, missing: 1, mismatches: 1 });
    expect(report.products!.examples).toEqual([
      expect.stringContaining('"Matica" in Metakocka, "Matica M8" in Twenty'),
    ]);
  });

  it('counts partners the sync duplicated in Metakocka, not those that were there before', () => {
    const m = mk();
    m.partners.push({ mkId: 'p3', name: 'Alpha', businessEntity: true, taxIdNumber: 'si 1111 1111', contacts: [] });
    const t = twenty();
    t.companies.push({ id: 't3', name: 'Alpha', metakockaPartnerId: 'p3' });
    expect(checkIntegrity(m, t).total.duplicates).toBe(1);
    expect(checkIntegrity(m, t, { mkPartnerDuplicates: mkPartnerDuplicates(m) }).total.duplicates).toBe(0);
  });
});

describe('worker protocol', () => {
  it('runs the sandbox in its own process and reads and edits its store', async () => {
    const worker = spawnWorker('test/bench/sandbox-worker.ts');
    try {
      await worker.call('start', { partners: 5, products: 200, documents: 0, seed: 3 });
      expect(worker.pid).not.toBe(process.pid);
      expect(await worker.call('changeProducts', { fraction: 0.01 })).toBe(2);
      const side = await worker.call<MkSide>('snapshot', { withDocuments: false });
      expect(side.products.filter((p) => p.name.endsWith('(rev. b)'))).toHaveLength(2);
      await expect(worker.call('nonsense')).rejects.toThrow('unknown operation "nonsense"');
    } finally {
      await worker.close();
    }
  }, 60_000);
});
