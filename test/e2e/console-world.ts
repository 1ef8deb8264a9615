// The sync console's routes on the sync world (sandbox + stand-in + built app): call a console route as a member,
// run the jobs one at a time or all, and check both stores against each other (never through the app's code).
import { CONSOLE_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { CallerSpec } from 'test/twenty/harness';
import { compareStores, mkBaseline, type StoreProblems } from './crash-kill-stores';
import { MANAGER } from './sync-world';
import type { WorldAccess } from './use-sync-world';

/** A member who may read sync runs but lacks "Manage Metakocka". */
export const MEMBER = { workspaceMemberId: '6b2e4d3c-1a0f-4e9d-8c7b-6a5f4e3d2c1b', flags: [] as string[] };

export type ConsoleRoute = keyof typeof CONSOLE_ROUTES;

export function consoleOf(world: WorldAccess) {
  return {
    async call(route: ConsoleRoute, body: unknown = {}, as: CallerSpec = MANAGER) {
      return (await world().harness.route(`/s${CONSOLE_ROUTES[route]}`, { method: 'POST', body, as })) as {
        status: number;
        body: any;
      };
    },
    async saveSettings(change: Record<string, unknown>) {
      const saved = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
        method: 'POST',
        body: change,
        as: MANAGER,
      });
      expect(saved.status).toBe(200);
    },
    /** Runs at most `max` due jobs (each a job of `pagesPerJob` pages). */
    jobs: (max: number) => world().harness.drainJobs({ max }),
    run: (stream: string) =>
      world()
        .rows('metakockaSyncRun')
        .find((r) => r.stream === stream.toUpperCase())!,
    problems(): StoreProblems {
      return compareStores(world().sandbox, world().standIn, mkBaseline(world().sandbox));
    },
  };
}

export const NO_PROBLEMS: StoreProblems = { duplicates: [], missing: [], mismatches: [] };
