import { afterPage, checkpointAfter, pageRequest, startTypeScan } from 'server/sync/documents/pull/scan-plan';
import { formatSearchTimestamp } from 'server/metakocka/values';

const now = new Date('2026-01-15T09:00:00.000Z'); // winter: Ljubljana is UTC+1
const recentFull = { lastFullScanAt: '2026-01-15T03:00:00.000Z' };

describe('startTypeScan', () => {
  it('scans everything when no full scan ran yet, or the last one is older than the rescan period', () => {
    expect(startTypeScan('sales_order', {}, now).mode).toBe('full');
    expect(
      startTypeScan(
        'sales_order',
        { lastFullScanAt: '2026-01-14T08:00:00.000Z', lastChangeTo: '2026-01-15T08:00:00.000Z' },
        now,
      ).mode,
    ).toBe('full');
  });

  it('asks orders for changes since the last window minus a ten-minute overlap, up to now', () => {
    const scan = startTypeScan('sales_order', { ...recentFull, lastChangeTo: '2026-01-15T08:30:00.000Z' }, now);
    expect(scan).toMatchObject({
      mode: 'incremental',
      lastChangeFrom: '2026-01-15T08:20:00.000Z',
      lastChangeTo: '2026-01-15T09:00:00.000Z',
    });
    // The client writes the instants as Ljubljana wall clock with the real offset (API.md §1.5).
    expect(formatSearchTimestamp(pageRequest(scan, 100).lastChangeFrom!)).toBe('2026-01-15T09:20:00+01:00');
  });

  it('asks invoices for document days from the last scanned day minus the lookback, to today in Ljubljana', () => {
    const late = new Date('2026-01-15T23:30:00.000Z'); // already the 16th in Ljubljana
    const scan = startTypeScan(
      'sales_bill_domestic',
      { lastFullScanAt: '2026-01-15T20:00:00.000Z', lastDocDate: '2026-01-15' },
      late,
    );
    expect(scan).toMatchObject({ mode: 'incremental', docDateFrom: '2026-01-08', docDateTo: '2026-01-16' });
  });

  it('walks offers from where the last walk ended, stepping back an overlap, with no date filter (API.md §6 item 19)', () => {
    const scan = startTypeScan('sales_offer', { ...recentFull, walkCount: 450, walkLastMkId: '900' }, now);
    expect(scan).toMatchObject({ mode: 'incremental', offset: 350, verifyFirstId: '900' });
    const request = pageRequest(scan, 100);
    expect(request.docDateFrom).toBeUndefined();
    expect(request.options).toMatchObject({
      show_product_detail: 'true',
      show_tax_factor: 'true',
      show_payment_detail: 'true',
    });
  });
});

describe('afterPage', () => {
  const walk = startTypeScan('sales_offer', { ...recentFull, walkCount: 450, walkLastMkId: '900' }, now);

  it('restarts an offer walk from the start when deletions moved newer offers before the resume point', () => {
    expect(afterPage(walk, { mkIds: ['950', '951'], total: 440, nextOffset: null }).kind).toBe('restart');
    expect(afterPage(walk, { mkIds: ['880', '901'], total: 452, nextOffset: 450 })).toMatchObject({
      kind: 'continue',
      scan: { offset: 450, maxMkId: '901' },
    });
  });

  it('restarts a scan whose total shrank between pages (the offsets no longer line up), at most three times', () => {
    let scan = startTypeScan('sales_order', {}, now);
    scan = (afterPage(scan, { mkIds: ['1'], total: 300, nextOffset: 100 }) as { scan: typeof scan }).scan;
    const verdict = afterPage(scan, { mkIds: ['2'], total: 299, nextOffset: 200 });
    expect(verdict).toMatchObject({ kind: 'restart', scan: { offset: 0, restarts: 1 } });
    const tired = { ...scan, restarts: 3 };
    expect(afterPage(tired, { mkIds: ['2'], total: 299, nextOffset: 200 }).kind).toBe('continue');
  });
});

describe('checkpointAfter', () => {
  it('remembers the window end for orders, the last day for invoices and the walk position for offers', () => {
    const started = '2026-01-15T09:00:00.000Z';
    expect(checkpointAfter({ ...startTypeScan('sales_order', {}, now) }, {}, started)).toEqual({
      lastFullScanAt: started,
      lastChangeTo: started,
    });
    expect(checkpointAfter(startTypeScan('sales_bill_foreign', {}, now), {}, started)).toEqual({
      lastFullScanAt: started,
      lastDocDate: '2026-01-15',
    });
    expect(
      checkpointAfter({ ...startTypeScan('sales_offer', {}, now), total: 12, maxMkId: '77' }, {}, started),
    ).toEqual({ lastFullScanAt: started, walkCount: 12, walkLastMkId: '77' });
  });
});
