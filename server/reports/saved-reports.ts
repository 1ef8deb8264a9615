// Saved reports (issue 19 items 3-4, D85): a template with checked parameters kept for reuse, on the app's
// metakockaSavedReport object. Anyone who may run reports saves an unscheduled one and changes or deletes their own.
// A schedule runs with the app's token, so its recipients see everything the report shows whatever their own
// permissions: creating, changing or removing one, or changing a scheduled report at all, needs "Manage Metakocka"
// and is audited naming the manager.
import { SAVED_REPORT_FIELDS as F, SAVED_REPORT_OBJECT_NAMES } from 'plugin/constants/names';
import { SYSTEM_SELECTION, type SystemFields } from 'server/crm/composites';
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo, type RecordRepo } from 'server/crm/records';
import { catalogued, SyncError } from 'server/errors';
import { reportRecordPath } from 'server/exports/store';

import type { DeliveryFailureView } from './delivery-failures';
import { validateParameters, type ReportParameters } from './parameters';
import {
  checkSchedule,
  latestSlotAtOrBefore,
  nextSlotAfter,
  ScheduleRecipientUnknownError,
  type ReportSchedule,
} from './schedules';
import { templateById } from './templates';

export interface SavedReportRecord extends SystemFields {
  name: string;
  template: string;
  parameters: ReportParameters | null;
  schedule: ReportSchedule | null;
  savedBy: string | null;
  scheduledBy: string | null;
  scheduledAt: string | null;
  lastSlot: string | null;
  lastReportId: string | null;
}

export type SavedReportDraft = Partial<Omit<SavedReportRecord, keyof SystemFields>> & { id?: string };
export type SavedReportsRepo = RecordRepo<SavedReportRecord, SavedReportDraft>;

const SELECTION = `${SYSTEM_SELECTION} ${Object.values(F).join(' ')}`;

export const createSavedReportsRepo = (gateway: CrmGateway): SavedReportsRepo =>
  createRecordRepo(gateway, {
    nameSingular: SAVED_REPORT_OBJECT_NAMES.singular,
    namePlural: SAVED_REPORT_OBJECT_NAMES.plural,
    selection: SELECTION,
  });

export class SavedReportNotFoundError extends SyncError {
  readonly code = 'REPORT_SAVED_NOT_FOUND';
  readonly retryable = false;
  readonly httpStatus = 404;
  constructor(id: string) {
    super(catalogued('REPORT_SAVED_NOT_FOUND', { id }), 'Reload the list of saved reports.');
  }
}

export class ScheduleNeedsManagerError extends SyncError {
  readonly code = 'REPORT_SCHEDULE_NEEDS_MANAGER';
  readonly retryable = false;
  readonly httpStatus = 403;
  constructor() {
    super(
      catalogued('REPORT_SCHEDULE_NEEDS_MANAGER'),
      'Save the report without a schedule, or ask a member with "Manage Metakocka" to schedule it.',
    );
  }
}

export class SavedReportNotYoursError extends SyncError {
  readonly code = 'REPORT_SAVED_NOT_YOURS';
  readonly retryable = false;
  readonly httpStatus = 403;
  constructor(name: string) {
    super(
      catalogued('REPORT_SAVED_NOT_YOURS', { name }),
      'Save it under a new name, or ask the member who saved it or a manager.',
    );
  }
}

export interface SavedReportActor {
  memberId: string;
  isManager: () => Promise<boolean>;
}

export interface SavedReportDeps {
  repo: SavedReportsRepo;
  now: () => Date;
  /** The ids among these that are workspace members. */
  members: (ids: readonly string[]) => Promise<Set<string>>;
  /** An audit entry naming the actor (server/credentials/audit). */
  audit: (detail: string, change: { before: string | null; after: string | null }) => Promise<void>;
}

export interface SaveReportInput {
  id?: string;
  name: string;
  template: string;
  parameters: Record<string, unknown>;
  schedule: ReportSchedule | null;
}

export interface SavedReportView {
  id: string;
  name: string;
  template: string;
  parameters: ReportParameters;
  schedule: ReportSchedule | null;
  savedBy: string | null;
  scheduledBy: string | null;
  updatedAt: string;
  /** The next delivery, ISO; null when not scheduled. */
  nextDeliveryAt: string | null;
  lastDelivery: { slot: string; reportId: string; recordPath: string } | null;
  /** The failed deliveries in a row since the last one that worked (./delivery-failures.ts); null when none. */
  deliveryFailure: DeliveryFailureView | null;
  /** Whether the caller may change or delete it. */
  canChange: boolean;
}

/** Where deliveries start: the newer of the last delivered slot and the last slot before the schedule was set, so a
 *  new schedule first delivers at its next slot, not at once. */
export function deliveredThrough(record: SavedReportRecord): Date | null {
  if (!record.schedule) return null;
  const since = record.scheduledAt ?? record.createdAt;
  const before = latestSlotAtOrBefore(record.schedule, new Date(since));
  const last = record.lastSlot ? new Date(record.lastSlot) : null;
  return last && last > before ? last : before;
}

async function mayChange(record: SavedReportRecord, actor: SavedReportActor): Promise<boolean> {
  if (record.schedule) return actor.isManager();
  return record.savedBy === actor.memberId || actor.isManager();
}

export async function viewOf(record: SavedReportRecord, actor: SavedReportActor): Promise<SavedReportView> {
  const through = deliveredThrough(record);
  return {
    id: record.id,
    name: record.name,
    template: record.template,
    parameters: record.parameters ?? {},
    schedule: record.schedule,
    savedBy: record.savedBy,
    scheduledBy: record.scheduledBy,
    updatedAt: record.updatedAt,
    nextDeliveryAt: record.schedule && through ? nextSlotAfter(record.schedule, through).toISOString() : null,
    lastDelivery:
      record.lastSlot && record.lastReportId
        ? { slot: record.lastSlot, reportId: record.lastReportId, recordPath: reportRecordPath(record.lastReportId) }
        : null,
    deliveryFailure: null,
    canChange: await mayChange(record, actor),
  };
}

async function existing(deps: SavedReportDeps, id: string): Promise<SavedReportRecord> {
  const [record] = await deps.repo.findByIds([id]);
  if (!record) throw new SavedReportNotFoundError(id);
  return record;
}

const auditShape = (record: Pick<SavedReportRecord, 'name' | 'template' | 'parameters' | 'schedule'> | null) =>
  record
    ? JSON.stringify({
        name: record.name,
        template: record.template,
        parameters: record.parameters,
        schedule: record.schedule,
      })
    : null;

/** Creates or changes a saved report. The parameters are the template's own checks (a wrong one refused naming it);
 *  recipients must be workspace members. */
export async function saveReport(
  deps: SavedReportDeps,
  actor: SavedReportActor,
  input: SaveReportInput,
): Promise<SavedReportView> {
  const template = templateById(input.template);
  const parameters = validateParameters(template.parameters, input.parameters);
  const schedule = input.schedule ? checkSchedule(input.schedule) : null;
  if (schedule) {
    const members = await deps.members(schedule.recipients);
    const stranger = schedule.recipients.find((id) => !members.has(id));
    if (stranger) throw new ScheduleRecipientUnknownError(stranger);
  }
  const before = input.id ? await existing(deps, input.id) : null;
  const scheduled = schedule !== null || Boolean(before?.schedule);
  if (scheduled && !(await actor.isManager())) throw new ScheduleNeedsManagerError();
  if (before && !(await mayChange(before, actor))) throw new SavedReportNotYoursError(before.name);

  const scheduleChanged = JSON.stringify(schedule) !== JSON.stringify(before?.schedule ?? null);
  const nowIso = deps.now().toISOString();
  const draft: SavedReportDraft = {
    ...(before ? { id: before.id } : { savedBy: actor.memberId }),
    name: input.name.trim(),
    template: template.id,
    parameters,
    schedule,
    ...(scheduleChanged && schedule ? { scheduledBy: actor.memberId, scheduledAt: nowIso } : {}),
    ...(scheduleChanged && !schedule ? { scheduledBy: null, scheduledAt: null } : {}),
  };
  const [saved] = await deps.repo.upsertMany([draft]);
  if (!saved) throw new Error('Twenty did not answer the saved report it was asked to write.');
  if (scheduled) {
    const detail = !before?.schedule
      ? `The report "${saved.name}" was scheduled for delivery.`
      : schedule
        ? `The scheduled report "${saved.name}" was changed.`
        : `The schedule of the report "${saved.name}" was removed.`;
    await deps.audit(detail, { before: auditShape(before), after: auditShape(saved) });
  }
  return viewOf(saved, actor);
}

export async function listSavedReports(deps: SavedReportDeps, actor: SavedReportActor): Promise<SavedReportView[]> {
  const records = await deps.repo.findWhere({});
  const views = await Promise.all(records.map((record) => viewOf(record, actor)));
  return views.sort((a, b) => a.name.localeCompare(b.name, 'sl'));
}

/** Deletes (soft: Twenty keeps it restorable) a saved report; a scheduled one only by a manager, audited. */
export async function deleteSavedReport(deps: SavedReportDeps, actor: SavedReportActor, id: string): Promise<void> {
  const record = await existing(deps, id);
  if (record.schedule && !(await actor.isManager())) throw new ScheduleNeedsManagerError();
  if (!(await mayChange(record, actor))) throw new SavedReportNotYoursError(record.name);
  await deps.repo.softDeleteByIds([record.id]);
  if (record.schedule)
    await deps.audit(`The scheduled report "${record.name}" was deleted; its deliveries stop.`, {
      before: auditShape(record),
      after: null,
    });
}
