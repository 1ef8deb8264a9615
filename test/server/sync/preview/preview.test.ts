// The impact preview in memory: a dry run of the affected streams with the proposed settings, under its own run state,
// writing nothing; cancel; a save from it applies exactly its settings, and the next run's counts match it.
import { writeSettings, readSettings } from 'server/settings/store';
import { loadRunState } from 'server/sync/checkpoints';
import { startRun } from 'server/sync/planner';
import {
  applyPreview,
  cancelPreview,
  previewStatus,
  startPreview,
  type PreviewRefusal,
} from 'server/sync/preview/preview';
import { runDraft } from 'server/sync/runs';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner, product } from '../support/mk-records';

async function syncAll(rt: TestRuntime) {
  for (const stream of ['partners', 'products'] as const)
    await startRun(rt, stream, { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}

function world() {
  const rt = createTestRuntime();
  rt.mk.products.push(
    product({ categories: ['Računalnik', 'Apple'] }),
    product({ categories: ['Pohištvo'] }),
    product({ categories: ['Pohištvo'], eshopSync: false }),
  );
  const hr = partner();
  hr.addresses[0]!.country = 'Croatia';
  for (const p of [partner(), hr]) rt.mk.partners.set(p.mkId, p);
  return rt;
}

const twenty = (rt: TestRuntime) =>
  JSON.stringify(
    ['companies', 'people', 'metakockaProducts', 'metakockaSyncRuns', 'metakockaSyncIssues'].map((t) => [
      ...rt.crm.tables[t as 'companies'].rows.values(),
    ]),
  );

describe('impact preview', () => {
  it('previews only the streams a change affects, writes nothing to Twenty or Metakocka, and leaves the real run state alone', async () => {
    const rt = world();
    await syncAll(rt);
    const before = twenty(rt);
    const mkBefore = JSON.stringify([rt.mk.partners.values(), rt.mk.products.list()]);
    const realState = JSON.stringify(await loadRunState(rt.kv, 'products'));

    const started = await startPreview(rt, { change: { filters: { productCategories: ['pohištvo'] } } }, 'member-1');
    expect(started).toMatchObject({ status: 'running', streams: [{ stream: 'products', status: 'running' }] });
    await rt.drain();
    const report = await previewStatus(rt, started.previewId);

    expect(report.status).toBe('done');
    expect(report.streams).toHaveLength(1);
    expect(report.streams[0]).toMatchObject({
      stream: 'products',
      runId: `p-${started.previewId}`,
      counts: { created: 0, updated: 0, unchanged: 2, leavingScope: 1, enteringScope: 0 },
      recordsDone: 3,
    });
    expect(report.streams[0]!.examples.leavingScope).toHaveLength(1);
    expect(report.streams[0]!.apiCalls.metakocka).toEqual({ product_list: 1 });
    expect(report.streams[0]!.estimate.metakockaCalls).toBe(1);
    expect(twenty(rt)).toBe(before);
    expect(JSON.stringify([rt.mk.partners.values(), rt.mk.products.list()])).toBe(mkBefore);
    expect(JSON.stringify(await loadRunState(rt.kv, 'products'))).toBe(realState);
    expect((await readSettings(rt.kv)).filters.productCategories).toEqual([]); // nothing saved
  });

  it('a save from the preview applies exactly its settings, and the next run reports the counts the preview showed', async () => {
    const rt = world();
    await syncAll(rt);
    const change = { filters: { partners: { countries: ['SI'] }, productCategories: ['Pohištvo'], eshopOnly: true } };
    const started = await startPreview(rt, { change }, null);
    expect(started.streams.map((s) => s.stream)).toEqual(['partners', 'products']);
    await rt.drain();
    const report = await previewStatus(rt, started.previewId);

    const saved = await applyPreview(rt, started.previewId);
    expect(saved.settings).toEqual(report.settings);
    expect(await readSettings(rt.kv)).toEqual(report.settings);

    await syncAll(rt);
    for (const previewed of report.streams) {
      const state = (await loadRunState(rt.kv, previewed.stream))!;
      const { created, updated, unchanged, leftScope, enteredScope } = state.counts;
      expect({ created, updated, unchanged, leavingScope: leftScope, enteringScope: enteredScope }).toEqual({
        created: previewed.counts.created,
        updated: previewed.counts.updated,
        unchanged: previewed.counts.unchanged,
        leavingScope: previewed.counts.leavingScope,
        enteringScope: previewed.counts.enteringScope,
      });
      expect(state.previewComparison).toMatchObject({ previewId: started.previewId });
      expect(runDraft(state, 'PULL').plan).toMatchObject({ preview: { previewId: started.previewId } });
    }
    expect(report.streams.map((s) => s.counts.leavingScope)).toEqual([2, 2]); // the Croatian company and its contact; two products
  });

  it('is refused once the stored settings changed after it started, and while it runs', async () => {
    const rt = world();
    const started = await startPreview(rt, { change: { filters: { eshopOnly: true } } }, null);
    await expect(applyPreview(rt, started.previewId)).rejects.toMatchObject({
      httpStatus: 409,
      code: 'PREVIEW_NOT_FINISHED',
    });
    await rt.drain();
    await writeSettings(rt.kv, { batchSize: 50 });
    expect((await previewStatus(rt, started.previewId)).stale).toBe(true);
    await expect(applyPreview(rt, started.previewId)).rejects.toMatchObject({ httpStatus: 409, code: 'PREVIEW_STALE' });
    await expect(applyPreview(rt, 'no-such-preview')).rejects.toMatchObject({ httpStatus: 404 });
  });

  it('stops a cancelled preview at its next page, and it cannot be saved', async () => {
    const rt = world();
    for (let i = 0; i < 2500; i += 1) rt.mk.products.push(product());
    await writeSettings(rt.kv, { pagesPerJob: 1 });
    const started = await startPreview(rt, { change: { filters: { eshopOnly: true } } }, null);
    await rt.drain({ max: 1 });
    const cancelled = await cancelPreview(rt, started.previewId);
    expect(cancelled.status).toBe('cancelled');
    await rt.drain();
    const state = (await loadRunState(rt.kv, 'products', started.previewId))!;
    expect(state.status).toBe('cancelled');
    expect(state.counts.recordsDone).toBe(1000); // one page of three read before the cancel
    expect(rt.crm.tables.metakockaProducts.rows.size).toBe(0);
    const refusal = (await applyPreview(rt, started.previewId).catch((error: unknown) => error)) as PreviewRefusal;
    expect(refusal).toMatchObject({ code: 'PREVIEW_NOT_FINISHED' });
    // Each reader is told the preview's state in their language.
    expect(refusal.message).toBe(
      `The impact preview ${started.previewId} is cancelled, not done, so its settings were not saved.`,
    );
    expect(refusal.describe('sl')).toEqual({
      message: `Predogled učinka ${started.previewId} je preklican, ne končan, zato njegove nastavitve niso shranjene.`,
      action: 'Počakajte, da se predogled konča, ali začnite novega; nato shranite.',
    });
  });
});
