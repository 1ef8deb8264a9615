// sync-settings-preview-status (route /metakocka/sync/settings/preview/status): the console's polling of a preview:
// progress while it runs, the report when done, the newest preview when no id is given.
import { PREVIEW_ROUTES } from 'plugin/constants/route-paths';
import type { PreviewAnswer } from 'server/routes/contracts';
import { previewStatus, startPreview } from 'test/e2e/settings-preview-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 6, products: 12 });
const MEMBER = { workspaceMemberId: '3b2e9f14-5c6d-4e7f-8a9b-0c1d2e3f4a09', flags: [] }; // no Manage Metakocka

describe('sync-settings-preview-status', () => {
  it('shows the preview running, then done with what a run would create, and answers the newest one without an id', async () => {
    const started = (await startPreview(world(), { filters: { eshopOnly: true } })).body as PreviewAnswer;
    const running = await previewStatus(world(), started.previewId);
    expect(running.status).toBe(200);
    expect(running.body).toMatchObject({ previewId: started.previewId, status: 'running' });

    await world().drain();
    const done = (await previewStatus(world())).body as PreviewAnswer;
    const eshop = world()
      .sandbox.store.products.list()
      .filter((p) => p.eshopSync).length;
    expect(done).toMatchObject({ previewId: started.previewId, status: 'done', stale: false });
    expect(done.streams).toEqual([
      expect.objectContaining({
        stream: 'products',
        status: 'done',
        recordsDone: 12,
        recordsEstimated: 12,
        counts: expect.objectContaining({ created: eshop, leavingScope: 0 }),
      }),
    ]);
    expect(done.streams[0]!.examples.created).toHaveLength(Math.min(5, eshop));
    expect(world().rows('metakockaProduct')).toEqual([]);
  });

  it('answers 404 for a preview it does not hold, and 403 to a member without Manage Metakocka', async () => {
    const missing = await previewStatus(world(), 'no-such-preview');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: expect.stringContaining('no-such-preview') });
    const refused = await world().harness.route(`/s${PREVIEW_ROUTES.status}`, { method: 'GET', as: MEMBER });
    expect(refused.status).toBe(403);
  });
});
