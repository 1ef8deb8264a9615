// A stand-in with the built app for the saved-report functions: members with and without "Manage Metakocka" calling
// the report routes, and what the app wrote (saved reports, audit entries) read back from the stand-in's store.
import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

export { MANAGER };
// Ids that start unlike MANAGER's: the stand-in derives a member's e-mail from the first eight characters.
export const MEMBER = { workspaceMemberId: 'c3d4e5f6-0c4e-4b9a-9d55-1a2b3c4d5e09', flags: [] as string[] };
export const COLLEAGUE = { workspaceMemberId: 'd4e5f6a7-0c4e-4b9a-9d55-1a2b3c4d5e11', flags: [] as string[] };

type Caller = { workspaceMemberId: string; flags: string[] };
export type Reply = { status: number; body: any };

export const SALES_BY_MONTH = {
  template: 'sales-by-month',
  parameters: { period: { from: '2026-01', to: '2026-06' }, currency: 'EUR' },
};

export function useSavedReportsWorld() {
  const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 600_000 });
  // Every member exists in the workspace once Twenty has issued them a token, as a signed-in user does.
  beforeEach(() => {
    for (const member of [MANAGER, MEMBER, COLLEAGUE])
      world.standIn.tokens.user(member.workspaceMemberId, member.flags);
  });

  const post = (path: string, body: unknown, as: Caller = MEMBER): Promise<Reply> =>
    world.harness.route(`/s${path}`, { method: 'POST', body, as }) as Promise<Reply>;
  return {
    world,
    save: (body: unknown, as?: Caller) => post(REPORT_ROUTES.savedSave, body, as),
    remove: (id: string, as?: Caller) => post(REPORT_ROUTES.savedDelete, { id }, as),
    list: (as: Caller = MEMBER) =>
      world.harness.route(`/s${REPORT_ROUTES.savedList}`, { method: 'GET', as }) as Promise<Reply>,
    savedRows: (): any[] => world.standIn.store.rows('metakockaSavedReport').filter((row: any) => !row.deletedAt),
    audits: (): any[] =>
      world.standIn.store.rows('metakockaAuditEntry').filter((row: any) => row.action === 'reports.schedule-changed'),
  };
}
