// The health route (the settings page's status header) and the defineHealthCheck banner (APPS.md §1.2) share one
// computation; the banner is Twenty's, so its words are English and its times are Europe/Ljubljana.
import { computeHealth, type Health } from 'server/credentials/health';
import type { RouteRequest } from 'server/host/route';
import type { HealthAnswer } from 'server/routes/contracts';
import type { CredentialDeps, CredentialRouteDeps } from 'server/routes/route-context';

export async function healthStatus(_request: RouteRequest, deps: CredentialRouteDeps): Promise<HealthAnswer> {
  return computeHealth(deps.ports, deps);
}

/** ApplicationHealthCheckResult of twenty-sdk/define, restated so server code stays free of the SDK. */
export type HealthBanner =
  | { status: 'OK' }
  | {
      status: 'SUCCESS' | 'INFO' | 'WARNING' | 'ERROR' | 'NEUTRAL';
      title: string;
      description?: string;
      action?: { label: string; location?: string };
    };

const ljubljana = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Ljubljana',
  dateStyle: 'medium',
  timeStyle: 'short',
});
export const inLjubljana = (iso: string): string => `${ljubljana.format(new Date(iso))} (Europe/Ljubljana)`;

const OPEN_SETTINGS = { label: 'Open Metakocka settings' };
const CRITICAL_FIX =
  'The sync cannot go on for these until someone acts: open "Open sync issues" in Metakocka, filter by severity CRITICAL and follow each issue\'s suggested action.';

/** Dashboards the install could not list among Twenty's turn a good banner into a warning naming the failed step; the
 *  sidebar pages work regardless (D80). */
export function healthBanner(health: Health): HealthBanner {
  const banner = webhookBanner(health);
  if (!health.dashboards || banner.status === 'OK') return banner;
  const dashboards = `${health.dashboards.detail} ${health.dashboards.fix}`;
  if (banner.status === 'ERROR' || banner.status === 'WARNING')
    return { ...banner, description: `${banner.description ?? ''} ${dashboards}`.trim() };
  return {
    ...banner,
    status: 'WARNING',
    title: "The Metakocka dashboards are not in Twenty's Dashboards list",
    description: [dashboards, `${banner.title}.`, banner.description ?? ''].join(' ').trim(),
  };
}

/** A refused stock webhook turns a good banner into a warning; a banner that already reports an error keeps it and says both. */
function webhookBanner(health: Health): HealthBanner {
  const banner = stateBanner(health);
  if (!health.webhook) return banner;
  const webhook = `${health.webhook.detail} ${health.webhook.fix}`;
  if (banner.status === 'ERROR') return { ...banner, description: `${banner.description ?? ''} ${webhook}`.trim() };
  return {
    ...banner,
    status: 'WARNING',
    title: "Metakocka's stock webhook refuses every call",
    description: [webhook, `${banner.title}.`, banner.description ?? ''].join(' ').trim(),
  };
}

function stateBanner(health: Health): Exclude<HealthBanner, { status: 'OK' }> {
  const finished = health.lastSync?.finishedAt ? ` ${inLjubljana(health.lastSync.finishedAt)}` : '';
  const running = health.runningSince ? ` A sync is running (started ${inLjubljana(health.runningSince)}).` : '';
  const outside = health.changedOutsideAppAt
    ? ` The credentials were changed outside the app on ${inLjubljana(health.changedOutsideAppAt)}.`
    : '';
  switch (health.state) {
    case 'NOT_CONFIGURED':
      return {
        status: 'WARNING',
        title: 'Metakocka is not connected',
        description: `Missing: ${health.missing.join(', ')}. Enter the company id and secret key, then test the connection.`,
        action: OPEN_SETTINGS,
      };
    case 'CREDENTIALS_REFUSED':
      return {
        status: 'ERROR',
        title: 'Metakocka refused the credentials',
        description: `${health.detail ?? 'The connection check failed.'} ${health.fix ?? ''}${outside}`.trim(),
        action: OPEN_SETTINGS,
      };
    case 'CRITICAL_ISSUES': {
      const count = health.alerts?.openCritical ?? 0;
      return {
        status: 'ERROR',
        title: `${count} open CRITICAL sync ${count === 1 ? 'issue' : 'issues'}`,
        description: `${CRITICAL_FIX}${finished ? ` Last sync finished${finished}.` : ''}${running}${outside}`,
      };
    }
    case 'STREAM_FAILING': {
      const streams = (health.alerts?.failingStreams ?? []).map((stream) => stream.toLowerCase()).join(', ');
      return {
        status: 'ERROR',
        title: `The ${streams} sync failed ${health.alerts?.failingRunsInARow ?? 0} times in a row`,
        description: `${health.detail ?? 'See the sync runs for details.'}${running}${outside}`,
      };
    }
    case 'SYNC_FAILED':
      return {
        status: 'ERROR',
        title: 'The last sync failed',
        description: `${health.detail ?? 'See the sync run for details.'}${finished ? ` Finished${finished}.` : ''}${running}${outside}`,
      };
    case 'SYNC_ISSUES':
      return {
        status: 'WARNING',
        title: `The last sync${finished} finished with issues`,
        description: `${health.detail} ${health.fix}${running}${outside}`,
      };
    case 'NEVER_SYNCED':
      return {
        status: 'INFO',
        title: `Connected to Metakocka; ${health.runningSince ? 'the first sync is running' : 'no sync has run yet'}`,
        description:
          `${health.runningSince ? `It started ${inLjubljana(health.runningSince)}.` : 'The first scheduled sync starts on its own.'}${outside}`.trim(),
      };
    case 'HEALTHY': {
      const description = `${running}${outside}`.trim();
      return {
        status: 'SUCCESS',
        title: `Connected to Metakocka${finished ? `; last sync${finished}` : ''}`,
        ...(description ? { description } : {}),
      };
    }
  }
}

export async function healthCheck(deps: CredentialDeps): Promise<HealthBanner> {
  return healthBanner(await computeHealth(deps.ports, deps));
}
