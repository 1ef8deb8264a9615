// A KPI that missed its target raises an alert through the app's alert channels (issue 19 item 5, D87): once a month
// has ended, the first reports-cron tick of the next one measures it against its targets and, if any missed, gives
// each alert recipient a task in their language and the alert webhook one message. A kv ledger names the month
// alerted, so an alert comes once per period, not once per tick; task and webhook ids derive from the month.
import type { CrmGateway } from 'server/crm/gateway';
import { createTasks } from 'server/crm/tasks';
import type { KvPort } from 'server/host/kv';
import type { Language } from 'server/language/choice';
import { uuidFromKey } from 'server/sync/hashing';

import { ljubljanaDate } from './calendar';
import { deliveryText, type DeliveryMessageId } from './delivery-messages';
import type { ReportDeps } from './engine';
import { computeKpis, hasTargets, readKpiTargets, type KpiSeries } from './kpis';

export const KPI_ALERTED_KV_KEY = 'reports:kpi-alerted';

export interface KpiAlertDeps {
  kv: KvPort;
  gateway: CrmGateway;
  report: ReportDeps;
  now: Date;
  recipients: () => Promise<string[]>;
  languageFor: (memberId: string) => Promise<Language>;
  workspaceLanguage: Language;
  webhook: ((deliveryId: string, text: string) => Promise<void>) | null;
}

export type KpiAlertTick =
  { ran: false; period: string } | { ran: true; period: string; missed: number; tasks: number };

const monthBefore = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
};

const missedLine = (language: Language, series: KpiSeries): string => {
  const last = series.trend.at(-1)!;
  return deliveryText(language, `kpi.${series.kpi}` as DeliveryMessageId, {
    currency: series.currency ?? '',
    actual: String(last.actual),
    target: String(last.target),
  });
};

/** Measures the month that ended, once; alerts when a KPI missed. */
export async function kpiAlertPass(deps: KpiAlertDeps): Promise<KpiAlertTick> {
  const period = monthBefore(ljubljanaDate(deps.now).slice(0, 7));
  const ledger = await deps.kv.get<{ period: string }>(KPI_ALERTED_KV_KEY);
  if (ledger?.period === period) return { ran: false, period };
  const targets = await readKpiTargets(deps.kv);
  // Without a target nothing can miss: the month's reports are not run at all.
  const kpis = hasTargets(targets) ? await computeKpis(deps.report, { month: period, periods: 1, targets }) : [];
  const missed = kpis.filter((series) => series.trend.at(-1)?.met === false);
  let tasks = 0;
  if (missed.length > 0) {
    const recipients = await deps.recipients();
    const drafts = await Promise.all(
      recipients.map(async (assigneeId) => {
        const language = await deps.languageFor(assigneeId);
        return {
          id: uuidFromKey(`kpi-task:${period}:${assigneeId}`),
          title: deliveryText(language, 'kpi.title', { count: missed.length, month: period }),
          bodyMarkdown: deliveryText(language, 'kpi.body', {
            month: period,
            lines: missed.map((series) => missedLine(language, series)).join('\n'),
          }),
          assigneeId,
          dueAt: deps.now.toISOString(),
          target: null,
        };
      }),
    );
    await createTasks(deps.gateway, drafts);
    tasks = drafts.length;
    if (deps.webhook)
      await deps.webhook(
        uuidFromKey(`kpi-webhook:${period}`),
        deliveryText(deps.workspaceLanguage, 'webhook.kpi', { count: missed.length, month: period }),
      );
  }
  await deps.kv.set(KPI_ALERTED_KV_KEY, { period, at: deps.now.toISOString(), missed: missed.length });
  return { ran: true, period, missed: missed.length, tasks };
}
