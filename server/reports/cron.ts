// The reports' hourly tick (plugin/functions/reports-cron.logic-function.ts). Twenty's cron runs in UTC, while the
// day an invoice becomes overdue is Ljubljana's, so the tick is hourly and the daily work runs once, on the first
// tick of each Ljubljana day (00:05 local in either season; a day the app could not run is caught up on the next tick).
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';
import { refreshDocumentChartFields, type RefreshOutcome } from 'server/sync/documents/chart-refresh';

import { ljubljanaDate } from './calendar';

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

export async function reportsCron(_payload: unknown, runtime: AppRuntime) {
  return { chartRefresh: await dailyChartRefresh(runtime) };
}
