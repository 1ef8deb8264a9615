// What the settings-preview tests share: a world with every stream synced once, snapshots of both stores, and the
// preview routes driven as the console calls them.
import { PREVIEW_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { PreviewAnswer } from 'server/routes/contracts';
import { MANAGER, type SyncWorld } from './sync-world';

export const TWENTY_OBJECTS = ['company', 'person', 'metakockaProduct', 'metakockaSalesDocument'] as const;

/** Both stores as text: every Twenty row the sync touches (runs and issues too) and Metakocka's records. */
export function snapshot(world: SyncWorld): { twenty: string; metakocka: string } {
  const { store } = world.sandbox;
  return {
    twenty: JSON.stringify(
      [...TWENTY_OBJECTS, 'metakockaSyncRun', 'metakockaSyncIssue', 'metakockaSalesDocumentLine'].map((o) =>
        world.standIn.store.rows(o),
      ),
    ),
    // Sandbox amounts are bigints.
    metakocka: JSON.stringify([store.partners.list(), store.products.list(), store.documents.list()], (_key, value) =>
      typeof value === 'bigint' ? value.toString() : value,
    ),
  };
}

/** Turns the documents stream on and syncs every stream once, as an install that has been running a while. */
export async function syncEverything(world: SyncWorld): Promise<void> {
  const save = await world.harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
    method: 'POST',
    body: { streams: { documents: { enabled: true } } },
    as: MANAGER,
  });
  if (save.status !== 200) throw new Error(`Turning documents on failed: ${JSON.stringify(save.body)}`);
  const first = await world.sync({ streams: ['partners', 'products'] });
  const documents = await world.sync({ streams: ['documents'] });
  if (first.jobs.failed + documents.jobs.failed > 0) throw new Error('The first sync failed.');
}

export async function startPreview(world: SyncWorld, change: Record<string, unknown>) {
  return world.harness.route(`/s${PREVIEW_ROUTES.start}`, { method: 'POST', body: { change }, as: MANAGER });
}

export async function previewStatus(world: SyncWorld, previewId?: string): Promise<{ status: number; body: any }> {
  const query = previewId ? `?previewId=${encodeURIComponent(previewId)}` : '';
  return world.harness.route(`/s${PREVIEW_ROUTES.status}${query}`, { method: 'GET', as: MANAGER });
}

/** Starts a preview, works its jobs off, and answers its finished report. */
export async function previewed(world: SyncWorld, change: Record<string, unknown>): Promise<PreviewAnswer> {
  const started = await startPreview(world, change);
  if (started.status !== 200) throw new Error(`The preview was refused: ${JSON.stringify(started.body)}`);
  await world.drain();
  return (await previewStatus(world, (started.body as PreviewAnswer).previewId)).body as PreviewAnswer;
}

/** The newest run record of each stream. */
export function latestRuns(world: SyncWorld): Map<string, Record<string, any>> {
  const runs = world.rows('metakockaSyncRun').sort((a, b) => String(a.startedAt).localeCompare(String(b.startedAt)));
  return new Map(runs.map((run) => [String(run.stream).toLowerCase(), run]));
}
