// Runs a report (issue 19 step 3): checks the parameters, computes the rows from Twenty with the token it is given
// (the caller's for an on-demand report, so Twenty applies their permissions; the app's for a schedule), and adds
// what the figures rest on: "data as of" and the open sync issues on the records read. Counts every Twenty call.
import { OBJECT_NAMES, SYNC_RUN_FIELDS as R } from 'plugin/constants/names';
import type { SyncStream } from 'plugin/constants/select-options';
import type { CrmGateway } from 'server/crm/gateway';
import { TWENTY_BATCH_CAP } from 'server/crm/records';

import { ljubljanaDate } from './calendar';
import { validateParameters, type ReportParameters } from './parameters';
import { advancePass, beginPass, finishPass, issuesOn, openIssueLinks } from './pass';
import { createReportReader, type ReportReader } from './reader';
import type { ReportCost, ReportResult, ReportTable } from './report';
import type { AnyPass, ReportContext, ReportTemplate } from './template';
import { templateById } from './templates';

export interface ReportDeps {
  gateway: CrmGateway;
  now: () => Date;
  /** Use Twenty's group-by where a template can (default true). */
  groupBy?: boolean;
  onProgress?: (recordsRead: number) => void;
  /** Longer than this runs as a job; tests lower it to reach the job path on small data. */
  inlineSeconds?: number;
}

/** A Twenty call as measured in the bench with the stand-in's latency; what decides a run in a job (300 s cap). */
export const SECONDS_PER_CALL = 0.5;
/** A function run lasts at most 300 s (APPS.md §3.1); a report expected to take more than this runs as a job. */
export const INLINE_SECONDS = 240;

export interface ReportEstimate {
  records: number;
  twentyCalls: number;
  seconds: number;
  runsAsJob: boolean;
}

const ENDED = ['SUCCEEDED', 'COMPLETED_WITH_ISSUES'];

/** When each of the streams last finished a run; the oldest of them, or null if one never did. */
export async function dataAsOf(reader: ReportReader, streams: readonly SyncStream[]): Promise<string | null> {
  let oldest: string | null = null;
  for (const stream of streams) {
    let newest: string | null = null;
    await reader.eachPage<{ finishedAt: string | null }>(
      OBJECT_NAMES.syncRun,
      R.finishedAt,
      { and: [{ stream: { eq: stream } }, { status: { in: ENDED } }, { isDryRun: { eq: false } }] },
      (page) =>
        page.forEach((run) => {
          if (run.finishedAt && (!newest || run.finishedAt > newest)) newest = run.finishedAt;
        }),
    );
    if (newest === null) return null;
    if (oldest === null || newest < oldest) oldest = newest;
  }
  return oldest;
}

/** "Data as of" for figures drawn from several templates: the oldest last completed run of all their streams. */
export function templatesDataAsOf(deps: ReportDeps, templateIds: readonly string[]): Promise<string | null> {
  const streams = new Set(templateIds.flatMap((id) => templateById(id).streams));
  return dataAsOf(createReportReader(deps.gateway), [...streams]);
}

export const contextFor = (deps: ReportDeps, reader: ReportReader): ReportContext => ({
  reader,
  today: ljubljanaDate(deps.now()),
  groupBy: deps.groupBy ?? true,
});

/** The template and its checked parameters; refuses an unknown template or a bad parameter before any read. */
export function checkReport(templateId: unknown, rawParameters: unknown) {
  const template = templateById(templateId);
  return { template, parameters: validateParameters(template.parameters, rawParameters) };
}

export async function estimateReport(templateId: unknown, rawParameters: unknown, deps: ReportDeps) {
  const { template, parameters } = checkReport(templateId, rawParameters);
  const records = await template.estimate(contextFor(deps, createReportReader(deps.gateway)), parameters);
  const twentyCalls = Math.ceil(records / TWENTY_BATCH_CAP) + template.streams.length + 1;
  const seconds = twentyCalls * SECONDS_PER_CALL;
  const estimate: ReportEstimate = {
    records,
    twentyCalls,
    seconds,
    runsAsJob: seconds > (deps.inlineSeconds ?? INLINE_SECONDS),
  };
  return { template, parameters, estimate };
}

/** The rows by the template's own way of reading: group-by where it can and may, else its pass or its run. */
export async function computeTable(template: ReportTemplate, ctx: ReportContext, parameters: ReportParameters) {
  const shortcut = 'pass' in template ? (ctx.groupBy ? template.groupBy : undefined) : template.run;
  if (shortcut) {
    const table = await shortcut(ctx, parameters);
    const { links, total } = await openIssueLinks(ctx.reader, template);
    return { table, openIssues: table.recordIds ? issuesOn(links, table.recordIds) : total };
  }
  const pass = (template as { pass: AnyPass }).pass;
  const done = (await advancePass(pass, ctx, parameters, await beginPass(template, pass, ctx, parameters)))!; // no limits: runs to the end
  return {
    table: { ...(await finishPass(pass, ctx, parameters, done)), path: 'paged' as const },
    openIssues: done.openIssues,
  };
}

/** The answer around a computed table: the template's columns and chart, what it cost, and "data as of". */
export async function reportResult(
  template: ReportTemplate,
  parameters: ReportParameters,
  reader: ReportReader,
  computed: { table: ReportTable & { path: ReportCost['path'] }; openIssues: number },
  generatedAt: Date,
): Promise<ReportResult> {
  const asOf = await dataAsOf(reader, template.streams);
  return {
    template: template.id,
    parameters,
    columns: [...template.columns],
    rows: computed.table.rows,
    chart: template.chart,
    generatedAt: generatedAt.toISOString(),
    dataAsOf: asOf,
    openIssues: computed.openIssues,
    cost: { twentyCalls: reader.calls(), recordsRead: reader.recordsRead(), path: computed.table.path },
  };
}

export async function runReport(templateId: unknown, rawParameters: unknown, deps: ReportDeps): Promise<ReportResult> {
  const { template, parameters } = checkReport(templateId, rawParameters);
  const reader = createReportReader(deps.gateway, deps.onProgress);
  const computed = await computeTable(template, contextFor(deps, reader), parameters);
  return reportResult(template, parameters, reader, computed, deps.now());
}
