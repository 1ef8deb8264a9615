// What the post-install hook does on a fresh install and on every upgrade (APPS.md §3.5, shouldRunOnVersionUpgrade):
// seed the default sync settings when none are stored, run the upgrade steps not yet applied, then list the app's
// dashboards among Twenty's (D80; a failure there is reported by the health check and fails nothing).
import { crmGatewayFor } from 'server/host/crm-gateway';
import { SyncError } from 'server/errors';
import { metadataRequest } from 'server/host/metadata';
import type { AppRuntime } from 'server/host/runtime';
import { listDashboards, type DashboardListing } from 'server/reports/dashboard-listing';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { SETTINGS_KV_KEY } from 'server/settings/store';

import { MIGRATIONS } from 'migrations/index';
import type { Migration } from 'migrations/migration';
import { runMigrations, type FailedStep, type MigrationReport } from 'migrations/runner';

export interface InstallPayload {
  previousVersion: string | null;
  newVersion: string | null;
}

export interface PostInstallReport extends InstallPayload {
  seededSettings: boolean;
  migrations: MigrationReport;
  dashboards: DashboardListing;
}

/** A failed step fails the hook: Twenty retries a retryable one (post-install retryLimit 3, APPS.md §3.5). */
export class MigrationFailedError extends SyncError {
  readonly code = 'MIGRATION_FAILED';
  readonly retryable: boolean;
  constructor(readonly failure: FailedStep) {
    super(
      `Upgrade step ${failure.id} failed (${failure.code ?? 'unexpected error'}): ${failure.message}`,
      failure.retryable
        ? 'Nothing to do: Twenty retries the upgrade; later steps wait until this one succeeds.'
        : 'The step runs again on the next app upgrade; if it keeps failing, send the function logs to the app maintainers.',
    );
    this.retryable = failure.retryable;
  }
}

const versionOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

export function parseInstallPayload(payload: unknown): InstallPayload {
  const input = (payload ?? {}) as { previousVersion?: unknown; newVersion?: unknown };
  return { previousVersion: versionOf(input.previousVersion), newVersion: versionOf(input.newVersion) };
}

/** Stores the default settings only when there are none: an upgrade never overwrites what an admin chose. */
export async function seedDefaultSettings(runtime: AppRuntime): Promise<boolean> {
  if ((await runtime.kv.get(SETTINGS_KV_KEY)) !== null) return false;
  await runtime.kv.set(SETTINGS_KV_KEY, DEFAULT_SETTINGS);
  return true;
}

export async function runPostInstall(
  payload: unknown,
  runtime: AppRuntime,
  migrations: Migration[] = MIGRATIONS,
): Promise<PostInstallReport> {
  const versions = parseInstallPayload(payload);
  const seededSettings = await seedDefaultSettings(runtime);
  const report = await runMigrations(migrations, runtime, versions.newVersion);
  const dashboards = await listDashboards({
    metadata: (query, variables) => metadataRequest(runtime, 'application', query, variables),
    gateway: crmGatewayFor(runtime, 'application'),
    kv: runtime.kv,
    now: () => runtime.clock.now(),
  });
  runtime.log.info('Post-install finished', {
    ...versions,
    seededSettings,
    ran: report.ran,
    failed: report.failed?.id ?? null,
    dashboards: dashboards.ok
      ? `${dashboards.created} created, ${dashboards.restored} restored`
      : `not listed (${dashboards.step})`,
  });
  if (report.failed) throw new MigrationFailedError(report.failed);
  return { ...versions, seededSettings, migrations: report, dashboards };
}
