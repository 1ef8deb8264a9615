// Scheduled delivery of saved reports (issue 19 item 4, D86): on each reports-cron tick, every schedule whose newest
// slot is later than the one it last delivered is delivered once, for that newest slot, so a gap of days while the app
// could not run gives one delivery, not one per missed slot. The report runs with the app's token (a manager made the
// schedule knowing that, D85); the XLSX file goes on a metakockaReport record, each recipient gets a task in their
// language linking to it, and the alert webhook is told when the schedule asks for it. Every id derives from the
// schedule and the slot, so a tick that crashes half-way and runs again writes the same records, never a second set.
import type { CrmGateway } from 'server/crm/gateway';
import { createTasks, type TaskDraft } from 'server/crm/tasks';
import type { Language } from 'server/language/choice';
import { reportXlsx } from 'server/exports/report-files';
import { storeExport, type ExportStoreDeps, type StoredExport } from 'server/exports/store';
import { uuidFromKey } from 'server/sync/hashing';

import { endDeliveryStreak, recordDeliveryFailure, type DeliveryFailureDeps } from './delivery-failures';
import { deliveryText, slotLabel } from './delivery-messages';
import { runReport } from './engine';
import type { ReportResult } from './report';
import { deliveredThrough, type SavedReportRecord, type SavedReportsRepo } from './saved-reports';
import { latestSlotAtOrBefore } from './schedules';

export interface DeliveryDeps {
  /** The app's token: what the report reads and where tasks are written. */
  gateway: CrmGateway;
  saved: SavedReportsRepo;
  store: ExportStoreDeps;
  now: Date;
  languageFor: (memberId: string) => Promise<Language>;
  workspaceLanguage: Language;
  /** Posts to the alert webhook (server/alerts); null when no webhook address is set. */
  webhook: ((deliveryId: string, text: string, reportIds: string[]) => Promise<void>) | null;
  log: { warn(message: string, fields?: Record<string, unknown>): void };
  /** Where a failure streak is kept and whom it alerts. */
  failures: DeliveryFailureDeps;
}

export interface Delivery {
  savedReportId: string;
  slot: string;
  reportIds: string[];
  tasks: number;
  webhook: boolean;
}

export interface DeliveryPass {
  scheduled: number;
  delivered: Delivery[];
  /** Schedules whose delivery failed this tick; the next tick tries the same slot again. */
  failed: Array<{ savedReportId: string; slot: string; error: string; failuresInARow: number; alerted: boolean }>;
}

const fileStamp = (slot: Date) => slot.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

async function storeFile(
  deps: DeliveryDeps,
  record: SavedReportRecord,
  slot: Date,
  report: ReportResult,
  language: Language,
): Promise<StoredExport> {
  return storeExport(deps.store, {
    id: uuidFromKey(`report-delivery:${record.id}:${slot.toISOString()}:${language}`),
    name: `${record.name} (${slotLabel(language, slot)})`,
    source: `schedule:${record.id}`,
    format: 'XLSX',
    fileName: `${record.name} ${fileStamp(slot)}.xlsx`,
    bytes: await reportXlsx(report, language),
    rowCount: report.rows.length,
    parameters: { template: report.template, ...report.parameters },
    requestedBy: null,
    dataAsOf: report.dataAsOf,
  });
}

function taskFor(
  record: SavedReportRecord,
  slot: Date,
  report: ReportResult,
  file: StoredExport,
  assigneeId: string,
  language: Language,
  now: Date,
): TaskDraft {
  const name = record.name;
  const date = slotLabel(language, slot);
  return {
    id: uuidFromKey(`report-task:${record.id}:${slot.toISOString()}:${assigneeId}`),
    title: deliveryText(language, 'task.title', { name, date }),
    bodyMarkdown: deliveryText(language, 'task.body', {
      name,
      date,
      recordPath: file.recordPath,
      fileName: file.fileName,
      rows: deliveryText(language, 'task.rows', { count: report.rows.length }),
      dataAsOf: report.dataAsOf
        ? slotLabel(language, new Date(report.dataAsOf))
        : deliveryText(language, 'task.neverSynced'),
    }),
    assigneeId,
    dueAt: now.toISOString(),
    target: { object: 'metakockaReport', id: file.reportId },
  };
}

async function deliverSlot(deps: DeliveryDeps, record: SavedReportRecord, slot: Date): Promise<Delivery> {
  const schedule = record.schedule!;
  const report = await runReport(record.template, record.parameters ?? {}, {
    gateway: deps.gateway,
    now: () => deps.now,
  });
  const languages = new Map<string, Language>();
  for (const member of schedule.recipients) languages.set(member, await deps.languageFor(member));
  // One file per language the recipients read, so headers and month names are theirs.
  const files = new Map<Language, StoredExport>();
  for (const language of new Set(languages.values()))
    files.set(language, await storeFile(deps, record, slot, report, language));
  const tasks = schedule.recipients.map((member) => {
    const language = languages.get(member)!;
    return taskFor(record, slot, report, files.get(language)!, member, language, deps.now);
  });
  await createTasks(deps.gateway, tasks);
  const reportIds = [...files.values()].map((file) => file.reportId);
  const webhook = schedule.webhook && deps.webhook !== null;
  if (webhook) {
    const text = deliveryText(deps.workspaceLanguage, 'webhook.delivered', {
      name: record.name,
      date: slotLabel(deps.workspaceLanguage, slot),
      count: report.rows.length,
    });
    await deps.webhook!(uuidFromKey(`report-webhook:${record.id}:${slot.toISOString()}`), text, reportIds);
  }
  await deps.saved.upsertMany([{ id: record.id, lastSlot: slot.toISOString(), lastReportId: reportIds[0]! }]);
  return { savedReportId: record.id, slot: slot.toISOString(), reportIds, tasks: tasks.length, webhook };
}

/** One tick: each due schedule delivered once for its newest slot; one failing schedule does not hold up the rest,
 *  and lengthens its failure streak (./delivery-failures.ts) until a delivery ends it. */
export async function deliverDueReports(deps: DeliveryDeps): Promise<DeliveryPass> {
  const scheduled = (await deps.saved.findWhere({})).filter((record) => record.schedule);
  const pass: DeliveryPass = { scheduled: scheduled.length, delivered: [], failed: [] };
  for (const record of scheduled) {
    const slot = latestSlotAtOrBefore(record.schedule!, deps.now);
    const through = deliveredThrough(record);
    if (through && slot.getTime() <= through.getTime()) continue;
    let delivered: Delivery;
    try {
      delivered = await deliverSlot(deps, record, slot);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.warn('A scheduled report could not be delivered; the next tick tries again', {
        savedReportId: record.id,
        slot: slot.toISOString(),
        error: message,
      });
      const streak = await recordDeliveryFailure(deps.failures, record, slot, error, deps.now);
      pass.failed.push({
        savedReportId: record.id,
        slot: slot.toISOString(),
        error: message,
        failuresInARow: streak.failures,
        alerted: streak.alertedAt !== null,
      });
      continue;
    }
    pass.delivered.push(delivered);
    await endDeliveryStreak(deps.failures.kv, record.id);
  }
  return pass;
}
