// A running world for end-to-end sync tests: the Metakocka sandbox, the Twenty stand-in with the built app installed,
// and the harness running the built functions, wired with the organisation's Metakocka credentials.
import { join } from 'node:path';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { startSandbox, type Sandbox, type SandboxOptions } from 'test/sandbox';
import { createHarness, type Harness } from 'test/twenty/harness';
import { startStandIn, type StandIn, type VirtualClock } from 'test/twenty/stand-in';

export const MANAGER = { workspaceMemberId: '7a1d3c2a-0c4e-4b9a-9d55-1a2b3c4d5e01', flags: ['MANAGE_METAKOCKA'] };
export const COMPANY_ID = '5522';
export const SANDBOX_KEY = 'sbx-sync-key-3c9f1e7a2b';
export const WEBHOOK_SECRET = 'whk-secret-9e8d7c6b5a-4f3e2d1c0b9a8e7f'; // at least 32 characters (D39)

export interface SyncWorld {
  sandbox: Sandbox;
  standIn: StandIn;
  harness: Harness;
  rows(objectName: string): Array<Record<string, any>>;
  /** Starts a run of the given streams through the route and drains every job it leads to (steps and pushes). */
  sync(body?: {
    streams?: string[];
    dryRun?: boolean;
  }): Promise<{ status: number; body: any; jobs: { ran: number; failed: number } }>;
  drain(): Promise<{ ran: number; failed: number }>;
  close(): Promise<void>;
}

/** `clock`: one virtual clock for Metakocka and Twenty, so "today" is a fixed Ljubljana date (it moves only on advance). */
export async function startSyncWorld(
  outputDir: string,
  sandboxOptions: SandboxOptions = {},
  { clock }: { clock?: VirtualClock } = {},
): Promise<SyncWorld> {
  const sandbox = await startSandbox({
    ...(clock ? { clock: clock.asDate } : {}),
    companyId: COMPANY_ID,
    secretKey: SANDBOX_KEY,
    partners: 8,
    products: 25,
    documents: 0,
    ...sandboxOptions,
  });
  const standIn = await startStandIn({ manifestPath: join(outputDir, 'manifest.json'), ...(clock ? { clock } : {}) });
  const harness = await createHarness({
    standIn,
    outputDir,
    appVariables: {
      METAKOCKA_API_URL: sandbox.url,
      METAKOCKA_ALLOWED_ENDPOINTS: sandbox.url,
      METAKOCKA_COMPANY_ID: COMPANY_ID,
      METAKOCKA_SECRET_KEY: SANDBOX_KEY,
      METAKOCKA_WEBHOOK_SECRET: WEBHOOK_SECRET,
    },
  });
  const drain = async () => {
    const total = { ran: 0, failed: 0 };
    for (;;) {
      const round = await harness.drainJobs();
      total.ran += round.ran;
      total.failed += round.failed;
      if (round.ran === 0) return total;
    }
  };
  return {
    sandbox,
    standIn,
    harness,
    rows: (objectName) => standIn.store.rows(objectName).filter((row: any) => !row.deletedAt),
    drain,
    async sync(body = {}) {
      const reply = await harness.route(`/s${SYNC_ROUTES.runSync}`, { method: 'POST', body, as: MANAGER });
      const jobs = await drain();
      return { ...reply, jobs } as { status: number; body: any; jobs: { ran: number; failed: number } };
    },
    async close() {
      await harness.close();
      await standIn.close();
      await sandbox.close();
    },
  };
}
