// The health route (the settings page's status header) and the defineHealthCheck banner (APPS.md §1.2) share one
// computation. The banner is Twenty's and reads one language for everyone, the workspace's; the settings page's status
// is worded in the member's. Times are Europe/Ljubljana.
import { computeHealth, type Health } from 'server/credentials/health';
import { healthText, inLjubljana, type HealthTextId } from 'server/credentials/health-texts';
import { streamWord } from 'server/language/stream-words';
import type { Language } from 'server/language/choice';
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

/** Dashboards the install could not list among Twenty's turn a good banner into a warning naming the failed step; the
 *  sidebar pages work regardless (D80). */
export function healthBanner(health: Health, lang: Language = 'en'): HealthBanner {
  const banner = webhookBanner(health, lang);
  if (!health.dashboards || banner.status === 'OK') return banner;
  const dashboards = `${health.dashboards.detail} ${health.dashboards.fix}`;
  if (banner.status === 'ERROR' || banner.status === 'WARNING')
    return { ...banner, description: `${banner.description ?? ''} ${dashboards}`.trim() };
  return {
    ...banner,
    status: 'WARNING',
    title: healthText(lang, 'banner.dashboards.title'),
    description: [dashboards, `${banner.title}.`, banner.description ?? ''].join(' ').trim(),
  };
}

/** A refused stock webhook turns a good banner into a warning; a banner that already reports an error keeps it and says both. */
function webhookBanner(health: Health, lang: Language): HealthBanner {
  const banner = stateBanner(health, lang);
  if (!health.webhook) return banner;
  const webhook = `${health.webhook.detail} ${health.webhook.fix}`;
  if (banner.status === 'ERROR') return { ...banner, description: `${banner.description ?? ''} ${webhook}`.trim() };
  return {
    ...banner,
    status: 'WARNING',
    title: healthText(lang, 'banner.webhook.title'),
    description: [webhook, `${banner.title}.`, banner.description ?? ''].join(' ').trim(),
  };
}

/** Sentences joined with a space, the empty ones left out. */
const sentences = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' ');

function stateBanner(health: Health, lang: Language): Exclude<HealthBanner, { status: 'OK' }> {
  const say = (id: HealthTextId, values?: Record<string, string | number>) => healthText(lang, id, values);
  const at = (iso: string) => ({ time: inLjubljana(iso, lang) });
  const finishedAt = health.lastSync?.finishedAt ?? null;
  const running = health.runningSince ? say('banner.running', at(health.runningSince)) : null;
  const outside = health.changedOutsideAppAt ? say('banner.outside', at(health.changedOutsideAppAt)) : null;
  const openSettings = { label: say('banner.openSettings') };
  switch (health.state) {
    case 'NOT_CONFIGURED':
      return {
        status: 'WARNING',
        title: say('banner.NOT_CONFIGURED.title'),
        description: say('banner.NOT_CONFIGURED.description', {
          missing: health.missing.map((missing) => say(`missing.${missing}`)).join(', '),
        }),
        action: openSettings,
      };
    case 'CREDENTIALS_REFUSED':
      return {
        status: 'ERROR',
        title: say('banner.CREDENTIALS_REFUSED.title'),
        description: sentences(health.detail ?? say('banner.CREDENTIALS_REFUSED.detail'), health.fix, outside),
        action: openSettings,
      };
    case 'CRITICAL_ISSUES':
      return {
        status: 'ERROR',
        title: say('banner.CRITICAL_ISSUES.title', { count: health.alerts?.openCritical ?? 0 }),
        description: sentences(
          say('banner.criticalFix'),
          finishedAt ? say('banner.lastFinished', at(finishedAt)) : null,
          running,
          outside,
        ),
      };
    case 'STREAM_FAILING': {
      const streams = (health.alerts?.failingStreams ?? []).map((stream) => streamWord(lang, stream));
      return {
        status: 'ERROR',
        title: say('banner.STREAM_FAILING.title', {
          streams: streams.join(', '),
          count: health.alerts?.failingRunsInARow ?? 0,
        }),
        description: sentences(health.detail ?? say('banner.STREAM_FAILING.detail'), running, outside),
      };
    }
    case 'SYNC_FAILED':
      return {
        status: 'ERROR',
        title: say('banner.SYNC_FAILED.title'),
        description: sentences(
          health.detail ?? say('banner.SYNC_FAILED.detail'),
          finishedAt ? say('banner.finished', at(finishedAt)) : null,
          running,
          outside,
        ),
      };
    case 'SYNC_ISSUES':
      return {
        status: 'WARNING',
        title: finishedAt ? say('banner.SYNC_ISSUES.titleAt', at(finishedAt)) : say('banner.SYNC_ISSUES.title'),
        description: sentences(health.detail, health.fix, running, outside),
      };
    case 'NEVER_SYNCED':
      return {
        status: 'INFO',
        title: say(health.runningSince ? 'banner.NEVER_SYNCED.runningTitle' : 'banner.NEVER_SYNCED.title'),
        description: sentences(
          health.runningSince
            ? say('banner.NEVER_SYNCED.runningDescription', at(health.runningSince))
            : say('banner.NEVER_SYNCED.description'),
          outside,
        ),
      };
    case 'HEALTHY': {
      const description = sentences(running, outside);
      return {
        status: 'SUCCESS',
        title: finishedAt ? say('banner.HEALTHY.titleAt', at(finishedAt)) : say('banner.HEALTHY.title'),
        ...(description ? { description } : {}),
      };
    }
  }
}

/** Twenty's banner reads one language for everyone: the workspace's. */
export async function healthCheck(deps: CredentialDeps): Promise<HealthBanner> {
  return healthBanner(await computeHealth(deps.ports, deps), await deps.language());
}
