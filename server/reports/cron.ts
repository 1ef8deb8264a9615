// The reports' tick every 5 minutes (plugin/functions/reports-cron.logic-function.ts). Twenty's cron runs in UTC, while
// the day an invoice becomes overdue is Ljubljana's, so the daily work runs once, on the first tick of each Ljubljana
// day (a day the app could not run is caught up on the next tick). Scheduled reports are delivered on the first tick
// at or after their slot, so within 5 minutes of the time a manager chose.
import { ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { enqueueDelivery } from 'server/alerts/delivery';
import { alertPassDeps, workspaceLanguageOf } from 'server/alerts/entry-points';
import type { AlertEvent } from 'server/alerts/webhook';
import { readAlertSettings, type AlertSettings } from 'server/alerts/settings';
import { exportStoreFor } from 'server/exports/runtime';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';
import { languageForMember } from 'server/language/choice';
import { refreshDocumentChartFields, type RefreshOutcome } from 'server/sync/documents/pull/chart-refresh';

import { ljubljanaDate } from './calendar';
import { deliverDueReports, type DeliveryDeps } from './delivery';
import { kpiAlertPass } from './kpi-alerts';
import { createSavedReportsRepo } from './saved-reports';

export const CHART_REFRESH_KV_KEY = 'reports:chart-refresh';

interface LastRefresh extends RefreshOutcome {
  day: string;
  at: string;
}

export type ChartRefreshTick = { ran: false; day: string } | ({ ran: true } & LastRefresh);

/** Recomputes the receivables' overdue flags and amounts once per Ljubljana day. */
export async function dailyChartRefresh(runtime: AppRuntime): Promise<ChartRefreshTick> {
  const now = runtime.clock.now();
  const day = ljubljanaDate(now);
  const last = await runtime.kv.get<LastRefresh>(CHART_REFRESH_KV_KEY);
  if (last?.day === day) return { ran: false, day };
  const outcome = await refreshDocumentChartFields(crmGatewayFor(runtime, 'application'), day, 'receivables');
  const record: LastRefresh = { day, at: now.toISOString(), ...outcome };
  await runtime.kv.set(CHART_REFRESH_KV_KEY, record);
  runtime.log.info('Refreshed the overdue flags of open invoices', { ...record });
  return { ran: true, ...record };
}

/** A message to the alert webhook as a delivery job (server/alerts), or null when no webhook address is set. */
async function webhookSender(runtime: AppRuntime, event: AlertEvent) {
  const { webhookUrl } = await readAlertSettings(runtime.kv);
  if (webhookUrl === null) return null;
  return (deliveryId: string, text: string, reportIds?: string[]) =>
    enqueueDelivery(runtime.jobs, ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER, {
      deliveryId,
      attempt: 0,
      payload: { event, text, ...(reportIds ? { reportIds } : {}), sentAt: runtime.clock.now().toISOString() },
    });
}

const languagesOf = (runtime: AppRuntime) => {
  const variables = { get: (key: string) => runtime.variables[key] };
  return (member: string) => languageForMember({ kv: runtime.kv, variables }, member);
};

/** Whom the reports' alerts go to: the alert recipients, or the default one, as the sync's alerts do. */
const alertRecipients = (runtime: AppRuntime, settings: AlertSettings) => async () =>
  settings.recipients.length > 0 ? settings.recipients : alertPassDeps(runtime).defaultRecipients();

async function deliveryDeps(runtime: AppRuntime): Promise<DeliveryDeps> {
  const gateway = crmGatewayFor(runtime, 'application');
  const settings = await readAlertSettings(runtime.kv);
  return {
    gateway,
    saved: createSavedReportsRepo(gateway),
    store: exportStoreFor(runtime),
    now: runtime.clock.now(),
    languageFor: languagesOf(runtime),
    workspaceLanguage: workspaceLanguageOf(runtime),
    webhook: await webhookSender(runtime, 'report.delivered'),
    log: runtime.log,
    failures: {
      kv: runtime.kv,
      gateway,
      // A schedule alerts after as many failed deliveries in a row as a sync stream after failed runs.
      threshold: settings.failingRunsInARow,
      recipients: alertRecipients(runtime, settings),
      languageFor: languagesOf(runtime),
      workspaceLanguage: workspaceLanguageOf(runtime),
      webhook: await webhookSender(runtime, 'report.failing'),
      log: runtime.log,
    },
  };
}

/** Missed KPIs go to the alert recipients (or the default one, as alerts do), by the app's token. */
async function kpiAlerts(runtime: AppRuntime) {
  const gateway = crmGatewayFor(runtime, 'application');
  const settings = await readAlertSettings(runtime.kv);
  return kpiAlertPass({
    kv: runtime.kv,
    gateway,
    report: { gateway, now: () => runtime.clock.now() },
    now: runtime.clock.now(),
    recipients: alertRecipients(runtime, settings),
    languageFor: languagesOf(runtime),
    workspaceLanguage: workspaceLanguageOf(runtime),
    webhook: await webhookSender(runtime, 'kpi.missed'),
  });
}

export async function reportsCron(_payload: unknown, runtime: AppRuntime) {
  const chartRefresh = await dailyChartRefresh(runtime);
  const deliveries = await deliverDueReports(await deliveryDeps(runtime));
  return { chartRefresh, deliveries, kpiAlerts: await kpiAlerts(runtime) };
}
