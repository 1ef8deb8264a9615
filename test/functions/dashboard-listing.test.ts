// The app's dashboards among Twenty's own (issue 19 item 1, UI-SURFACES.md §1.6, D80): the install creates one
// `dashboard` record per DASHBOARD layout of the app, a second install creates none, an upgrade brings back one a
// member deleted (D99), and when Twenty refuses, the install still succeeds, the sidebar pages stay in the manifest
// and the health check names what failed.
import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { LISTED_DASHBOARD_LAYOUTS } from 'plugin/constants/listed-dashboards';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { TwentyApiError } from 'test/twenty/stand-in/errors';
import { loadBuiltManifest } from 'test/plugin/built-manifest';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
const MEMBER = { workspaceMemberId: 'c0ffee02-1111-4111-8111-0000000000c3', flags: ['MANAGE_METAKOCKA'] };

/** The app's DASHBOARD layouts as the workspace holds them (their ids are the workspace's, not the manifest's). */
async function installedDashboardLayouts(): Promise<Array<{ id: string; name: string; universalIdentifier: string }>> {
  const reply = await fetch(`${world.standIn.url}/metadata`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${world.standIn.apiKey}` },
    body: JSON.stringify({
      query: '{ getPageLayouts(pageLayoutType: DASHBOARD) { id name universalIdentifier } }',
    }),
  });
  return ((await reply.json()) as { data: { getPageLayouts: any[] } }).data.getPageLayouts;
}

const dashboards = () =>
  world.standIn.store.rows('dashboard').map((row) => ({ title: row.title, pageLayoutId: row.pageLayoutId }));

describe('dashboards listed among Twenty’s', () => {
  it('creates one dashboard record per app dashboard at install, and none more on a second install', async () => {
    const first = await world.harness.install();
    expect(first).toMatchObject({ ok: true, value: { dashboards: { ok: true, created: 4, listed: 4 } } });

    const layouts = await installedDashboardLayouts();
    const ours = LISTED_DASHBOARD_LAYOUTS.map((uid) => layouts.find((layout) => layout.universalIdentifier === uid)!);
    const expected = ours
      .map((layout) => ({ title: layout.name, pageLayoutId: layout.id }))
      .sort((a, b) => a.title.localeCompare(b.title));
    expect(expected.map((d) => d.title)).toEqual([
      'Metakocka receivables dashboard',
      'Metakocka sales dashboard',
      'Metakocka stock dashboard',
      'Metakocka trends dashboard',
    ]);
    const sorted = () => dashboards().sort((a, b) => String(a.title).localeCompare(String(b.title)));
    expect(sorted()).toEqual(expected);

    const second = await world.harness.install({ previousVersion: '0.4.0' });
    expect(second).toMatchObject({ ok: true, value: { dashboards: { ok: true, created: 0, restored: 0, listed: 4 } } });
    expect(sorted()).toEqual(expected);
    const banner = (await world.harness.healthCheck()) as { description?: string };
    expect(JSON.stringify(banner)).not.toContain('Dashboards list');
  });

  it('brings back a dashboard a member deleted at the next upgrade: restored from the trash, never a second one', async () => {
    await world.harness.install();
    const listed = async (): Promise<Array<{ id: string; title: string }>> => {
      const answer = await world.graphql('{ dashboards(first: 50) { edges { node { id title } } } }');
      return answer.data.dashboards.edges
        .map((edge: { node: { id: string; title: string } }) => edge.node)
        .sort((a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title));
    };
    const before = await listed();
    const byTitle = (title: string) => before.find((dashboard) => dashboard.title === title)!.id;
    // One goes to the trash, one is deleted for good.
    await world.graphql('mutation($id: UUID!) { deleteDashboard(id: $id) { id } }', {
      id: byTitle('Metakocka sales dashboard'),
    });
    await world.graphql('mutation($id: UUID!) { destroyDashboard(id: $id) { id } }', {
      id: byTitle('Metakocka stock dashboard'),
    });
    expect((await listed()).map((dashboard) => dashboard.title)).toEqual([
      'Metakocka receivables dashboard',
      'Metakocka trends dashboard',
    ]);

    const upgrade = await world.harness.install({ previousVersion: '0.4.0' });

    expect(upgrade).toMatchObject({
      ok: true,
      value: { dashboards: { ok: true, created: 1, restored: 1, listed: 4 } },
    });
    const after = await listed();
    expect(after.map((dashboard) => dashboard.title)).toEqual(before.map((dashboard) => dashboard.title));
    // The one from the trash is the member's record again; the trash holds no second copy.
    expect(after.find((dashboard) => dashboard.title === 'Metakocka sales dashboard')!.id).toBe(
      byTitle('Metakocka sales dashboard'),
    );
    expect(dashboards()).toHaveLength(4);

    const again = await world.harness.install({ previousVersion: '0.4.0' });
    expect(again).toMatchObject({ value: { dashboards: { ok: true, created: 0, restored: 0 } } });
    expect(dashboards()).toHaveLength(4);
  });

  it('when Twenty refuses, installs anyway, keeps the sidebar pages and names the failure in the health check', async () => {
    world.standIn.metadata.onOperation('getPageLayouts', () => {
      throw new TwentyApiError('Forbidden resource', 'FORBIDDEN', undefined, 'You do not have access.');
    });

    const install = await world.harness.install();

    expect(install).toMatchObject({ ok: true, value: { dashboards: { ok: false, step: 'layouts' } } });
    expect(dashboards()).toEqual([]);
    const manifest = await loadBuiltManifest();
    const sidebarPages = manifest.navigationMenuItems
      .filter((item: any) => item.type === 'PAGE_LAYOUT')
      .map((item: any) =>
        manifest.pageLayouts.find((l: any) => l.universalIdentifier === item.pageLayoutUniversalIdentifier),
      )
      .map((layout: any) => [layout?.name, layout?.type]);
    expect(sidebarPages).toEqual(
      expect.arrayContaining([
        ['Metakocka sales', 'STANDALONE_PAGE'],
        ['Metakocka receivables', 'STANDALONE_PAGE'],
        ['Metakocka stock', 'STANDALONE_PAGE'],
        ['Metakocka trends', 'STANDALONE_PAGE'],
      ]),
    );

    const banner = (await world.harness.healthCheck()) as { status: string; description: string };
    expect(banner.status).not.toBe('SUCCESS');
    expect(banner.description).toContain(
      "The Metakocka dashboards could not be added to Twenty's Dashboards list (reading the installed page layouts): Forbidden resource",
    );
    const health = await world.harness.route(`/s${CREDENTIAL_ROUTES.health}`, { method: 'POST', body: {}, as: MEMBER });
    expect(health.body).toMatchObject({
      dashboards: {
        code: 'DASHBOARDS_NOT_LISTED',
        detail: expect.stringContaining('reading the installed page layouts'),
      },
    });
  });
});
