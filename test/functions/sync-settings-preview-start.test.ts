// sync-settings-preview-start (route /metakocka/sync/settings/preview/start), end to end against the sandbox and the
// Twenty stand-in: change filters, preview, save from the preview, run; the run reports what the preview showed,
// the filters are honoured on both stores, nothing is deleted, and the preview itself wrote nothing.
import { PREVIEW_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { PreviewAnswer } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';
import {
  latestRuns,
  previewed,
  snapshot,
  startPreview,
  syncEverything,
  TWENTY_OBJECTS,
} from 'test/e2e/settings-preview-world';

const world = useSyncWorld({ partners: 10, products: 30, documents: 30 });
const MEMBER = { workspaceMemberId: '3b2e9f14-5c6d-4e7f-8a9b-0c1d2e3f4a09', flags: [] }; // no Manage Metakocka

const CHANGE = {
  filters: {
    partners: { countries: ['SI'], withTaxNumberOnly: true },
    productCategories: ['elektronika'],
    documents: { types: ['SALES_ORDER', 'SALES_OFFER'] },
  },
};

describe('sync-settings-preview-start', () => {
  it('previews a narrowing change without writing anything; the run after saving it reports the same counts, marks instead of deleting, and honours every filter on both stores', async () => {
    await syncEverything(world());
    const before = snapshot(world());
    const rowsBefore = TWENTY_OBJECTS.map((o) => world().rows(o).length);
    const refused = await world().harness.route(`/s${PREVIEW_ROUTES.start}`, {
      method: 'POST',
      body: { change: CHANGE },
      as: MEMBER,
    });
    expect(refused.status).toBe(403);

    const report = await previewed(world(), CHANGE);

    expect({ status: report.status, errors: report.streams.map((s) => s.errorSummary) }).toEqual({
      status: 'done',
      errors: [null, null, null],
    });
    expect(report.stale).toBe(false);
    expect(report.streams.map((s) => s.stream)).toEqual(['partners', 'products', 'documents']);
    expect(snapshot(world())).toEqual(before); // the preview wrote nothing to either store
    const leaving = Object.fromEntries(report.streams.map((s) => [s.stream, s.counts.leavingScope]));
    expect(leaving.partners).toBeGreaterThan(0);
    expect(leaving.products).toBeGreaterThan(0);
    expect(leaving.documents).toBeGreaterThan(0);
    for (const s of report.streams) {
      expect(s.examples.leavingScope.length).toBe(Math.min(5, s.counts.leavingScope));
      expect(s.estimate.metakockaCalls).toBeGreaterThan(0);
      expect(s.runId).toBe(`p-${report.previewId}`);
    }

    const save = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { previewId: report.previewId },
      as: MANAGER,
    });
    expect(save.status).toBe(200);
    expect(save.body).toMatchObject({ settings: report.settings, appliedPreviewId: report.previewId });
    const run = await world().sync();
    expect(run.jobs.failed).toBe(0);

    const runs = latestRuns(world());
    for (const previewedStream of report.streams) {
      const record = runs.get(previewedStream.stream)!;
      expect({
        stream: previewedStream.stream,
        created: record.createdCount,
        updated: record.updatedCount,
        unchanged: record.unchangedCount,
        leavingScope: record.plan?.scope?.leftScope ?? 0,
      }).toEqual({
        stream: previewedStream.stream,
        created: previewedStream.counts.created,
        updated: previewedStream.counts.updated,
        unchanged: previewedStream.counts.unchanged,
        leavingScope: previewedStream.counts.leavingScope,
      });
      expect(record.plan.preview).toMatchObject({ previewId: report.previewId });
    }

    // Nothing deleted in Twenty, nothing changed in Metakocka by a pull.
    expect(TWENTY_OBJECTS.map((o) => world().rows(o).length)).toEqual(rowsBefore);
    expect(snapshot(world()).metakocka).toEqual(before.metakocka);
    // Every filter honoured, and what left is marked.
    const { store } = world().sandbox;
    for (const company of world().rows('company')) {
      const partner = store.partners.get(company.metakockaPartnerId)!;
      const kept = partner.addresses[0]?.countryIso2 === 'SI' && Boolean(partner.taxIdNumber);
      expect({ id: company.id, out: company.metakockaSyncStatus === 'OUT_OF_SCOPE' }).toEqual({
        id: company.id,
        out: !kept,
      });
    }
    for (const product of world().rows('metakockaProduct'))
      expect(product.outOfSyncScope).toBe(!String(product.category).startsWith('Elektronika'));
    for (const doc of world().rows('metakockaSalesDocument'))
      expect(doc.outOfSyncScope).toBe(!['SALES_ORDER', 'SALES_OFFER'].includes(doc.documentType));
    const marked =
      world()
        .rows('company')
        .filter((c) => c.metakockaSyncStatus === 'OUT_OF_SCOPE').length +
      world()
        .rows('person')
        .filter((p) => p.metakockaSyncStatus === 'OUT_OF_SCOPE').length;
    expect(marked).toBe(leaving.partners);
  });

  it('refuses an invalid value whole with the setting named (422), and starts nothing', async () => {
    for (const [change, named] of [
      [{ filters: { documents: { lastDays: 0 } } }, 'filters.documents.lastDays'],
      [{ filters: { partners: { countries: ['Slovenija'] } } }, 'filters.partners.countries.0'],
      [{ filters: { documents: { types: [] } } }, 'filters.documents.types'],
      [{ conflicts: { partnerFields: { nmae: 'twenty-wins' } } }, 'conflicts.partnerFields.nmae'],
      [{ filters: { documents: { fromDate: '2026-01-01', lastDays: 30 } } }, 'filters.documents.lastDays'],
    ] as const) {
      const reply = await startPreview(world(), change);
      expect({ named, status: reply.status }).toEqual({ named, status: 422 });
      expect(reply.body).toMatchObject({ code: 'SETTINGS_INVALID', error: expect.stringContaining(named) });
    }
    expect((await world().drain()).ran).toBe(0);
  });

  it('previews only what a change affects: print-out ids change no record and start no dry run', async () => {
    const started = await startPreview(world(), { documents: { offerReportId: '412' } });
    expect(started.status).toBe(200);
    expect((started.body as PreviewAnswer).streams).toEqual([]);
    expect((started.body as PreviewAnswer).status).toBe('done');
  });
});
