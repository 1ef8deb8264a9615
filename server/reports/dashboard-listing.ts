// Lists the app's dashboards among Twenty's own (issue 19 item 1, UI-SURFACES.md §1.6, D80): the SDK has no
// defineDashboard, and a DASHBOARD layout without a `dashboard` record is not listed. At install the app finds its
// installed DASHBOARD layouts by universal identifier (metadata `getPageLayouts`) and creates the records that are
// missing (core `createDashboards`), so a second install or an upgrade creates none; a record a member deleted is
// restored from the trash (`restoreDashboards`), never doubled, one destroyed for good is created again (D99). A
// failure changes nothing else: the sidebar pages are separate layouts. The outcome is kept in kv, where the health
// check reads it.
import { LISTED_DASHBOARD_LAYOUTS } from 'plugin/constants/listed-dashboards';
import { ANY_DELETION_STATE } from 'server/crm/records';
import type { CrmGateway } from 'server/crm/gateway';
import { renderAction, renderError, type ErrorLanguage } from 'server/error-catalogue';
import type { KvPort } from 'server/host/kv';
import type { MetadataAnswer } from 'server/host/metadata';

export const DASHBOARD_LISTING_KV_KEY = 'dashboard-listing';

type Step = 'layouts' | 'missing' | 'records';

export type DashboardListing =
  | { ok: true; at: string; created: number; restored: number; listed: number }
  | { ok: false; at: string; step: Step; detail: string };

interface PageLayoutRow {
  id: string;
  name: string;
  universalIdentifier: string;
}

export interface DashboardListingDeps {
  metadata: <T>(query: string, variables?: Record<string, unknown>) => Promise<MetadataAnswer<T>>;
  gateway: CrmGateway;
  kv: KvPort;
  now: () => Date;
}

const LAYOUTS_QUERY = `query AppDashboardLayouts { getPageLayouts(pageLayoutType: DASHBOARD) { id name universalIdentifier } }`;
const RECORDS_QUERY = `query ListedDashboards($filter: DashboardFilterInput) {
  dashboards(first: 200, filter: $filter) { edges { node { id pageLayoutId deletedAt } } } }`;
const CREATE_MUTATION = `mutation ListDashboards($data: [DashboardCreateInput!]!) {
  createDashboards(data: $data) { id pageLayoutId } }`;
const RESTORE_MUTATION = `mutation RelistDashboards($filter: DashboardFilterInput!) {
  restoreDashboards(filter: $filter) { id } }`;

interface DashboardRow {
  id: string;
  pageLayoutId: string;
  deletedAt: string | null;
}

class ListingFailed extends Error {
  constructor(
    readonly step: Step,
    readonly detail: string,
  ) {
    super(detail);
  }
}

async function installedLayouts(deps: DashboardListingDeps): Promise<PageLayoutRow[]> {
  const answer = await deps.metadata<{ getPageLayouts: PageLayoutRow[] }>(LAYOUTS_QUERY);
  if (!answer.ok) throw new ListingFailed('layouts', answer.errors.map((error) => error.message).join('; '));
  const byUid = new Map(answer.data.getPageLayouts.map((layout) => [layout.universalIdentifier, layout]));
  return LISTED_DASHBOARD_LAYOUTS.map((uid) => {
    const layout = byUid.get(uid);
    if (!layout) throw new ListingFailed('missing', uid);
    return layout;
  });
}

/** Lists every layout: restores its deleted record, or creates one where it has none at all. */
async function relist(
  deps: DashboardListingDeps,
  layouts: PageLayoutRow[],
): Promise<{ created: number; restored: number }> {
  const ids = layouts.map((layout) => layout.id);
  const existing = await deps.gateway.request<{ dashboards: { edges: Array<{ node: DashboardRow }> } }>(RECORDS_QUERY, {
    filter: { and: [{ pageLayoutId: { in: ids } }, ANY_DELETION_STATE] },
  });
  const records = existing.dashboards.edges.map((edge) => edge.node);
  const live = new Set(records.filter((record) => !record.deletedAt).map((record) => record.pageLayoutId));
  // One record per layout: the first deleted one of a layout without a live one comes back, any others stay deleted.
  const toRestore = new Map<string, string>();
  for (const record of records)
    if (record.deletedAt && !live.has(record.pageLayoutId) && !toRestore.has(record.pageLayoutId))
      toRestore.set(record.pageLayoutId, record.id);
  const missing = layouts.filter((layout) => !live.has(layout.id) && !toRestore.has(layout.id));
  if (toRestore.size > 0)
    await deps.gateway.request(RESTORE_MUTATION, { filter: { id: { in: [...toRestore.values()] } } });
  if (missing.length > 0)
    await deps.gateway.request(CREATE_MUTATION, {
      data: missing.map((layout) => ({ title: layout.name, pageLayoutId: layout.id })),
    });
  return { created: missing.length, restored: toRestore.size };
}

/** Never throws: the install goes on whatever happens here, and the outcome is in kv for the health check. */
export async function listDashboards(deps: DashboardListingDeps): Promise<DashboardListing> {
  const at = deps.now().toISOString();
  let outcome: DashboardListing;
  try {
    const layouts = await installedLayouts(deps);
    let changed: { created: number; restored: number };
    try {
      changed = await relist(deps, layouts);
    } catch (error) {
      throw new ListingFailed('records', error instanceof Error ? error.message : String(error));
    }
    outcome = { ok: true, at, ...changed, listed: layouts.length };
  } catch (error) {
    const failed = error instanceof ListingFailed ? error : new ListingFailed('layouts', String(error));
    outcome = { ok: false, at, step: failed.step, detail: failed.detail };
  }
  // An upgrade that finds every dashboard listed already keeps the stored outcome: nothing changed, nothing to write.
  const stored = await deps.kv.get<DashboardListing>(DASHBOARD_LISTING_KV_KEY);
  const unchanged =
    outcome.ok && outcome.created + outcome.restored === 0 && stored?.ok === true && stored.listed === outcome.listed;
  if (!unchanged) await deps.kv.set(DASHBOARD_LISTING_KV_KEY, outcome);
  return outcome;
}

/** What the health check shows while the last listing failed: the catalogue's sentence and next step, and the failed
 *  step and Twenty's own words for screens that word the sentence in the member's language. */
export async function dashboardListingProblem(
  kv: KvPort,
  lang: ErrorLanguage = 'en',
): Promise<{
  code: 'DASHBOARDS_NOT_LISTED';
  step: Step;
  reason: string;
  detail: string;
  fix: string;
  at: string;
} | null> {
  const listing = await kv.get<DashboardListing>(DASHBOARD_LISTING_KV_KEY);
  if (!listing || listing.ok) return null;
  const params = { step: listing.step, detail: listing.detail };
  return {
    code: 'DASHBOARDS_NOT_LISTED',
    step: listing.step,
    reason: listing.detail,
    detail: renderError('DASHBOARDS_NOT_LISTED', params, lang),
    fix: renderAction('DASHBOARDS_NOT_LISTED', params, lang),
    at: listing.at,
  };
}
