// jest lifecycle for suites that drive the sync's functions: one build copy per file, a fresh world per test,
// and a Twenty API client acting as a user (edits through the stand-in's API; tests deliver the database event Twenty sends).
import { rmSync } from 'node:fs';

import { createCrm, type Crm } from 'server/crm';
import type { SandboxOptions } from 'test/sandbox';
import { ensureBuiltOutput } from 'test/twenty/harness';
import type { RecordEventInput } from 'test/twenty/harness/events';
import { startSyncWorld, type SyncWorld } from './sync-world';

export interface WorldAccess {
  (): SyncWorld;
  /** The Twenty API as a user with an API key (not the app). */
  user(): Crm;
  /** Writes through the API as a user; returns the row and the database event Twenty would send for it. */
  write(
    object: 'company' | 'person',
    draft: Record<string, unknown> & { id?: string },
  ): Promise<{ row: Record<string, any>; eventName: string; event: RecordEventInput }>;
}

export function useSyncWorld(sandboxOptions: SandboxOptions = {}): WorldAccess {
  // Every built function runs in its own Node process, as in Twenty; on a loaded 2-core machine a sync takes a while.
  jest.setTimeout(300_000);
  let outputDir = '';
  let world: SyncWorld | null = null;
  beforeAll(async () => {
    outputDir = await ensureBuiltOutput();
  }, 900_000);
  beforeEach(async () => {
    world = await startSyncWorld(outputDir, sandboxOptions);
  }, 60_000);
  afterEach(async () => {
    await world?.close();
    world = null;
  });
  afterAll(() => {
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });
  const access = (() => {
    if (!world) throw new Error('The sync world is only available inside a test.');
    return world;
  }) as WorldAccess;
  access.user = () => createCrm({ apiUrl: access().standIn.url, token: access().standIn.apiKey });
  access.write = async (object, draft) => {
    const repo = object === 'company' ? access.user().companies : access.user().people;
    const existed = draft.id ? (await repo.findByIds([draft.id]))[0] : undefined;
    const [after] = await repo.upsertMany([draft as never]);
    const event: RecordEventInput = {
      recordId: after!.id,
      before: (existed ?? null) as never,
      after: after as never,
      updatedFields: Object.keys(draft).filter((k) => k !== 'id'),
    };
    return { row: after as Record<string, any>, eventName: `${object}.${existed ? 'updated' : 'created'}`, event };
  };
  return access;
}
