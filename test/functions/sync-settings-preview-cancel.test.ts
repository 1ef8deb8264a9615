// sync-settings-preview-cancel (route /metakocka/sync/settings/preview/cancel): a cancelled preview stops at its next
// page, ends CANCELLED, wrote nothing, and cannot be saved.
import { PREVIEW_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { PreviewAnswer } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { previewStatus, snapshot, startPreview } from 'test/e2e/settings-preview-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 4, products: 2500 });

describe('sync-settings-preview-cancel', () => {
  it('stops the dry run at the next page, writes nothing to either store, and refuses to save it', async () => {
    await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { pagesPerJob: 1 },
      as: MANAGER,
    });
    const before = snapshot(world());
    const started = (await startPreview(world(), { filters: { productCategories: ['Pisarna'] } }))
      .body as PreviewAnswer;
    await world().harness.drainJobs({ max: 1 }); // the first page of three

    const cancel = await world().harness.route(`/s${PREVIEW_ROUTES.cancel}`, {
      method: 'POST',
      body: { previewId: started.previewId },
      as: MANAGER,
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ status: 'cancelled' });
    await world().drain();

    const report = (await previewStatus(world(), started.previewId)).body as PreviewAnswer;
    expect(report.status).toBe('cancelled');
    expect(report.streams[0]).toMatchObject({ stream: 'products', status: 'cancelled', recordsDone: 1000 });
    expect(snapshot(world())).toEqual(before);
    const save = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { previewId: started.previewId },
      as: MANAGER,
    });
    expect(save.status).toBe(409);
    expect(save.body).toMatchObject({ error: expect.stringContaining('cancelled') });
  });

  it('refuses a request without a preview id, naming it', async () => {
    const reply = await world().harness.route(`/s${PREVIEW_ROUTES.cancel}`, { method: 'POST', body: {}, as: MANAGER });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ error: expect.stringContaining('previewId') });
  });
});
