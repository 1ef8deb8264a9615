// The reports' tick every 5 minutes (plugin/functions/reports-cron.logic-function.ts). Twenty's cron runs in UTC, while
// the day an invoice becomes overdue is Ljubljana's, so the daily work runs once, on the first tick of each Ljubljana
// day (a day the app could not run is caught up on the next tick). Scheduled reports are delivered on the first tick
// at or after their slot, so within 5 minutes of the time a manager chose.
import { ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { enqueueDelivery } from 'server/alerts/delivery';
import { workspaceLanguageOf } from 'server/alerts/entry-points';
import { readAlertSettings } from 'server/alerts/settings';
import { exportStoreFor } from 'server/exports/runtime';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';
import { languageForMember } from 'server/language/choice';
import { refreshDocumentChartFields, type RefreshOutcome } from 'server/sync/documents/pull/chart-refresh';

import { ljubljanaDate } from './calendar';
import { deliverDueReports, type DeliveryDeps } from './delivery';
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

async function deliveryDeps(runtime: AppRuntime): Promise<DeliveryDeps> {
  const gateway = crmGatewayFor(runtime, 'application');
  const now = runtime.clock.now();
  const { webhookUrl } = await readAlertSettings(runtime.kv);
  const variables = { get: (key: string) => runtime.variables[key] };
  return {
    gateway,
    saved: createSavedReportsRepo(gateway),
    store: exportStoreFor(runtime),
    now,
    languageFor: (member) => languageForMember({ kv: runtime.kv, variables }, member),
    workspaceLanguage: workspaceLanguageOf(runtime),
    webhook:
      webhookUrl === null
        ? null
        : (deliveryId, text, reportIds) =>
            enqueueDelivery(runtime.jobs, ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER, {
              deliveryId,
              attempt: 0,
              payload: { event: 'report.delivered', text, reportIds, sentAt: now.toISOString() },
            }),
    log: runtime.log,
  };
}

export async function reportsCron(_payload: unknown, runtime: AppRuntime) {
  const chartRefresh = await dailyChartRefresh(runtime);
  return { chartRefresh, deliveries: await deliverDueReports(await deliveryDeps(runtime)) };
}
