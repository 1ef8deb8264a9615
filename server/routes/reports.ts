// The report page's routes (issue 19): the templates, running one, and exporting one to a file. On-demand reports
// read Twenty with the caller's own token, so Twenty applies their permissions to what the report shows; the file is
// stored with the app's token on a metakockaReport record (server/exports/runtime.ts) and the answer links to it.
// Saved reports (D85) are kept with the app's token too; who may change which is server/reports/saved-reports.ts.
import { audit } from 'server/credentials/audit';
import { credentialPortsFor } from 'server/credentials/runtime-ports';
import { existingMemberIds } from 'server/crm/members';
import { exportStoreFor } from 'server/exports/runtime';
import { reportFile } from 'server/exports/report-files';
import { storeExport } from 'server/exports/store';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { holdsManageMetakocka } from 'server/host/guards';
import { callerLanguage, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import {
  checkReport,
  estimateReport,
  INLINE_SECONDS,
  runReport,
  templatesDataAsOf,
  type ReportDeps,
} from 'server/reports/engine';
import { reportJobPortsFor } from 'server/reports/job-runtime';
import {
  findRunningReportJob,
  parseReportSlicePayload,
  readReportJob,
  REPORT_JOB_POLICY,
  ReportJobNeedsManagerError,
  ReportJobNotFoundError,
  reportJoinKey,
  runReportSlice,
  startReportJob,
  type ReportJobPolicy,
} from 'server/reports/report-jobs';
import { REPORT_LABELS } from 'plugin/constants/report-labels';
import { ljubljanaDate } from 'server/reports/calendar';
import { deliveryFailureView, readDeliveryStreaks } from 'server/reports/delivery-failures';
import { computeKpis, KPI_TARGETS_KV_KEY, KPI_TEMPLATES, parseKpiTargets, readKpiTargets } from 'server/reports/kpis';
import {
  createSavedReportsRepo,
  deleteSavedReport,
  listSavedReports,
  saveReport,
  type SavedReportActor,
  type SavedReportDeps,
} from 'server/reports/saved-reports';
import { ReportRequestError } from 'server/reports/errors';
import { REPORT_TEMPLATES } from 'server/reports/templates';
import {
  deleteSavedReportRequest,
  exportReportRequest,
  kpisQuery,
  runReportRequest,
  saveReportRequest,
  type DeleteSavedReportAnswer,
  type ExportReportAnswer,
  type KpisAnswer,
  type KpiTargetsSaveAnswer,
  type ReportTemplatesAnswer,
  type RunReportAnswer,
  type SavedReportsAnswer,
  type SaveReportAnswer,
  type ScheduleAccess,
} from 'server/routes/contracts';

const callerDeps = (app: AppRuntime, groupBy: boolean | undefined): ReportDeps => ({
  gateway: crmGatewayFor(app, 'user'),
  now: () => app.clock.now(),
  groupBy,
});

/** Each template's title in the caller's language; its columns stay keys, which the page words itself. */
export async function reportTemplatesRoute(request: RouteRequest, app: AppRuntime): Promise<ReportTemplatesAnswer> {
  const { titles } = REPORT_LABELS[await callerLanguage(app, request.caller)];
  return {
    templates: REPORT_TEMPLATES.map((template) => ({
      id: template.id,
      title: titles[template.id],
      parameters: [...template.parameters],
      columns: [...template.columns],
      chart: template.chart,
    })),
  };
}

/** What decides the job path; tests lower the threshold to reach it on small data (the rule stays 300 s a run). */
export interface ReportLimits {
  inlineSeconds: number;
  job: ReportJobPolicy;
}
const REPORT_LIMITS: ReportLimits = { inlineSeconds: INLINE_SECONDS, job: REPORT_JOB_POLICY };

/** A job reads with the app's token, so only a manager starts, joins or follows one (D95). */
async function requireJobManager(request: RouteRequest, app: AppRuntime, records: number): Promise<void> {
  if (!(await holdsManageMetakocka(request.caller!, app))) throw new ReportJobNeedsManagerError(records);
}

async function followedJob(request: RouteRequest, app: AppRuntime, jobId: string, limits: ReportLimits) {
  const view = await readReportJob(
    reportJobPortsFor(app),
    jobId,
    await callerLanguage(app, request.caller),
    limits.job,
  );
  if (!view) throw new ReportJobNotFoundError(jobId);
  await requireJobManager(request, app, view.recordsEstimated);
  return view;
}

/** Runs a report at once, or (longer than a function run) starts or joins its background job; `job` follows one. */
export async function runReportRoute(request: RouteRequest, app: AppRuntime, limits = REPORT_LIMITS) {
  const parsed = runReportRequest.safeParse(request.body ?? {});
  if (!parsed.success) throw new ReportRequestError(parsed.error.issues);
  const { job, groupBy } = parsed.data;
  if (job) return { mode: 'job', job: await followedJob(request, app, job, limits), joined: false } as RunReportAnswer;
  const { template, parameters } = checkReport(parsed.data.template, parsed.data.parameters);
  const ports = reportJobPortsFor(app);
  const joinKey = reportJoinKey(template.id, parameters, groupBy ?? true);
  const language = await callerLanguage(app, request.caller);
  const running = await findRunningReportJob(ports, joinKey, language, limits.job);
  if (running) {
    await requireJobManager(request, app, running.recordsEstimated);
    return { mode: 'job', job: running, joined: true } as RunReportAnswer;
  }
  const deps = { ...callerDeps(app, groupBy), inlineSeconds: limits.inlineSeconds };
  const { estimate } = await estimateReport(template.id, parameters, deps);
  if (!estimate.runsAsJob) {
    const answer: RunReportAnswer = {
      mode: 'inline',
      report: await runReport(template.id, parameters, deps),
      estimate,
    };
    return answer;
  }
  await requireJobManager(request, app, estimate.records);
  const started = await startReportJob(ports, {
    template: template.id,
    parameters,
    groupBy: groupBy ?? true,
    estimate,
  });
  const answer: RunReportAnswer = { mode: 'job', job: started, joined: false };
  return answer;
}

/** One slice of a background report, run by the report-job function on Twenty's queue. */
export const reportJobSlice = (payload: unknown, app: AppRuntime) =>
  runReportSlice(reportJobPortsFor(app), parseReportSlicePayload(payload));

const fileStamp = (iso: string) => iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export async function exportReportRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = exportReportRequest.safeParse(request.body ?? {});
  if (!parsed.success) throw new ReportRequestError(parsed.error.issues);
  const { template, parameters, format, language, groupBy, job } = parsed.data;
  // A background report's file is made from its result: reading it again would take as long as the job did.
  const finished = job ? (await followedJob(request, app, job, REPORT_LIMITS)).report : null;
  if (job && !finished) throw new ReportJobNotFoundError(job);
  const report = finished ?? (await runReport(template, parameters, callerDeps(app, groupBy)));
  const title = REPORT_LABELS[language].titles[report.template as keyof (typeof REPORT_LABELS)['en']['titles']];
  const stored = await storeExport(exportStoreFor(app), {
    name: title,
    source: `report:${report.template}`,
    format,
    fileName: `${title} ${fileStamp(report.generatedAt)}.${format.toLowerCase()}`,
    bytes: await reportFile(report, format, language),
    rowCount: report.rows.length,
    parameters: report.parameters,
    requestedBy: request.caller?.workspaceMemberId ?? null,
    dataAsOf: report.dataAsOf,
  });
  const answer: ExportReportAnswer = {
    ...stored,
    report: { dataAsOf: report.dataAsOf, openIssues: report.openIssues, cost: report.cost },
  };
  return answer;
}

/** The caller as the saved-report rules see them; whether they manage is asked of Twenty at most once per request. */
function savedReportActor(request: RouteRequest, app: AppRuntime): SavedReportActor {
  const caller = request.caller!;
  let manager: Promise<boolean> | null = null;
  return {
    memberId: caller.workspaceMemberId ?? caller.userWorkspaceId,
    isManager: () => (manager ??= holdsManageMetakocka(caller, app)),
  };
}

function savedReportDeps(app: AppRuntime, actor: SavedReportActor): SavedReportDeps {
  const gateway = crmGatewayFor(app, 'application');
  const ports = credentialPortsFor(app);
  return {
    repo: createSavedReportsRepo(gateway),
    now: () => app.clock.now(),
    members: (ids) => existingMemberIds(gateway, ids),
    audit: (detail, change) =>
      audit(ports, actor.memberId, 'reports.schedule-changed', 'scheduled report', detail, change),
  };
}

const scheduleAccess = async (actor: SavedReportActor): Promise<ScheduleAccess> => ({
  runsWith: 'app',
  recipientsSeeEverything: true,
  callerMaySchedule: await actor.isManager(),
});

export async function listSavedReportsRoute(request: RouteRequest, app: AppRuntime): Promise<SavedReportsAnswer> {
  const actor = savedReportActor(request, app);
  const savedReports = await listSavedReports(savedReportDeps(app, actor), actor);
  // A schedule that keeps failing shows its streak and last failure, worded for the reader.
  const [streaks, language] = await Promise.all([readDeliveryStreaks(app.kv), callerLanguage(app, request.caller)]);
  return {
    savedReports: savedReports.map((view) => ({
      ...view,
      deliveryFailure: deliveryFailureView(streaks[view.id], language),
    })),
    scheduleAccess: await scheduleAccess(actor),
  };
}

export async function saveReportRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = saveReportRequest.safeParse(request.body ?? {});
  if (!parsed.success) throw new ReportRequestError(parsed.error.issues);
  const actor = savedReportActor(request, app);
  const savedReport = await saveReport(savedReportDeps(app, actor), actor, parsed.data);
  const answer: SaveReportAnswer = { savedReport, scheduleAccess: await scheduleAccess(actor) };
  return answer;
}

export async function deleteSavedReportRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = deleteSavedReportRequest.safeParse(request.body ?? {});
  if (!parsed.success) throw new ReportRequestError(parsed.error.issues);
  const actor = savedReportActor(request, app);
  await deleteSavedReport(savedReportDeps(app, actor), actor, parsed.data.id);
  const answer: DeleteSavedReportAnswer = { deleted: parsed.data.id };
  return answer;
}

/** Actual against target for each KPI and its trend, computed with the caller's token like any on-demand report. */
export async function kpisRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = kpisQuery.safeParse(request.query ?? {});
  if (!parsed.success) throw new ReportRequestError(parsed.error.issues);
  const month = ljubljanaDate(app.clock.now()).slice(0, 7);
  const targets = await readKpiTargets(app.kv);
  const deps = callerDeps(app, undefined);
  const kpis = await computeKpis(deps, { month, periods: parsed.data.periods, targets });
  const answer: KpisAnswer = {
    month,
    dataAsOf: await templatesDataAsOf(deps, KPI_TEMPLATES),
    targets,
    kpis,
    callerMaySetTargets: await savedReportActor(request, app).isManager(),
  };
  return answer;
}

/** Managers only (the function's guard); the whole document is replaced and audited before → after. */
export async function saveKpiTargetsRoute(request: RouteRequest, app: AppRuntime): Promise<KpiTargetsSaveAnswer> {
  const targets = parseKpiTargets(request.body ?? {});
  const before = await readKpiTargets(app.kv);
  await app.kv.set(KPI_TARGETS_KV_KEY, targets);
  await audit(
    credentialPortsFor(app),
    savedReportActor(request, app).memberId,
    'reports.kpi-targets-saved',
    'KPI targets',
    'The KPI targets were changed.',
    { before: JSON.stringify(before), after: JSON.stringify(targets) },
  );
  return { targets };
}
