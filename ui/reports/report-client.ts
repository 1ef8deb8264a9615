// The report page's calls to its routes (plugin/constants REPORT_ROUTES), answers and refusals as RouteResult values;
// and the customer search, read through Twenty's REST API with the member's own token.
import { ALERT_ROUTES, REPORT_ROUTES } from 'plugin/constants/route-paths';
import type {
  AlertSettingsAnswer,
  DeleteSavedReportAnswer,
  KpisAnswer,
  KpiTargetsSaveAnswer,
  ExportReportAnswer,
  ReportTemplatesAnswer,
  ReportScheduleInput,
  RunReportAnswer,
  SavedReportsAnswer,
  SaveReportAnswer,
  SavedReportView,
} from 'server/routes/contracts';
import type { KpiTargetsDocument } from 'server/reports/kpis';
import { defaultClient, readRest } from 'ui/commands/command-client';
import { callRoute, readRoute } from 'ui/shared/call-route';

export type ReportFormat = 'CSV' | 'XLSX';
export type ParameterValues = Record<string, unknown>;

export const readTemplates = () => readRoute<ReportTemplatesAnswer>(REPORT_ROUTES.templates);

export const runReport = (template: string, parameters: ParameterValues) =>
  callRoute<RunReportAnswer>(REPORT_ROUTES.run, { template, parameters });
/** A background report's progress, then its result. */
export const followReport = (template: string, parameters: ParameterValues, job: string) =>
  callRoute<RunReportAnswer>(REPORT_ROUTES.run, { template, parameters, job });

/** `job`: a background report's file is made from its result rather than by reading everything again. */
export const exportReport = (
  template: string,
  parameters: ParameterValues,
  format: ReportFormat,
  language: string,
  job?: string,
) =>
  callRoute<ExportReportAnswer>(REPORT_ROUTES.export, {
    template,
    parameters,
    format,
    language,
    ...(job ? { job } : {}),
  });

export const listSavedReports = () => readRoute<SavedReportsAnswer>(REPORT_ROUTES.savedList);
export const saveReport = (name: string, template: string, parameters: ParameterValues) =>
  callRoute<SaveReportAnswer>(REPORT_ROUTES.savedSave, { name, template, parameters });
/** A saved report's schedule set (or removed with null); the rest of it as saved. */
export const scheduleReport = (saved: SavedReportView, schedule: ReportScheduleInput | null) =>
  callRoute<SaveReportAnswer>(REPORT_ROUTES.savedSave, {
    id: saved.id,
    name: saved.name,
    template: saved.template,
    parameters: saved.parameters,
    schedule,
  });
export const deleteSavedReport = (id: string) => callRoute<DeleteSavedReportAnswer>(REPORT_ROUTES.savedDelete, { id });

/** Whom a schedule can deliver to, by name: the alert settings' member list (any member may read it). */
export const readMembers = () => callRoute<AlertSettingsAnswer>(ALERT_ROUTES.read);

export const saveKpiTargets = (targets: KpiTargetsDocument) =>
  callRoute<KpiTargetsSaveAnswer>(REPORT_ROUTES.kpiTargetsSave, targets);

export const readKpis = (periods: number) => readRoute<KpisAnswer>(REPORT_ROUTES.kpis, { periods: String(periods) });

export interface CustomerHit {
  id: string;
  name: string;
}

const CUSTOMER_HITS = 20;

/** Companies whose name contains `text` (the customer a sales report can be narrowed to). */
export async function findCustomers(text: string): Promise<CustomerHit[] | null> {
  const pattern = JSON.stringify(`%${text.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  const answer = await readRest<{ data?: { companies?: Array<{ id: string; name: string | null }> } }>(
    defaultClient(),
    '/rest/companies',
    { filter: `name[ilike]:${pattern}`, limit: CUSTOMER_HITS },
  );
  if (!answer.ok) return null;
  return (answer.data.data?.companies ?? []).map((row) => ({ id: row.id, name: row.name ?? row.id }));
}
