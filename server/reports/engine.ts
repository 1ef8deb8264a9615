// Runs a report (issue 19 step 3): checks the parameters, computes the rows from Twenty with the token it is given
// (the caller's for an on-demand report, so Twenty applies their permissions; the app's for a schedule), and adds
// what the figures rest on: "data as of" and the open sync issues on the records read. Counts every Twenty call.
import { OBJECT_NAMES, SYNC_RUN_FIELDS as R } from 'plugin/constants/names';
import type { CrmGateway } from 'server/crm/gateway';
import { TWENTY_BATCH_CAP } from 'server/crm/records';

import { ljubljanaDate } from './calendar';
import { validateParameters } from './parameters';
import { createReportReader, type ReportReader } from './reader';
import type { ReportResult } from './report';
import type { ReportContext, ReportTemplate } from './template';
import { templateById } from './templates';

export interface ReportDeps {
  gateway: CrmGateway;
  now: () => Date;
  /** Use Twenty's group-by where a template can (default true). */
  groupBy?: boolean;
  onProgress?: (recordsRead: number) => void;
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

/** When each stream the report reads last finished a run; the oldest of them, or null if one never did. */
async function dataAsOf(reader: ReportReader, template: ReportTemplate): Promise<string | null> {
  let oldest: string | null = null;
  for (const stream of template.streams) {
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

const LINK_OF: Record<string, 'salesDocumentId' | 'productId'> = {
  metakockaSalesDocument: 'salesDocumentId',
  metakockaProduct: 'productId',
};

/** Open sync issues on the records the report read (or on its objects, when it read none by id). */
async function openIssues(reader: ReportReader, template: ReportTemplate, recordIds?: string[]): Promise<number> {
  if (template.objects.length === 0) return 0;
  const ids = recordIds ? new Set(recordIds) : null;
  let count = 0;
  await reader.eachPage<{ salesDocumentId: string | null; productId: string | null }>(
    OBJECT_NAMES.syncIssue,
    'salesDocumentId productId',
    { and: [{ status: { eq: 'OPEN' } }, { recordObject: { in: [...template.objects] } }] },
    (page) =>
      page.forEach((issue) => {
        const linked = template.objects.map((object) => issue[LINK_OF[object]!]).find(Boolean);
        if (!ids || (linked && ids.has(linked))) count += 1;
      }),
  );
  return count;
}

const contextFor = (deps: ReportDeps, reader: ReportReader): ReportContext => ({
  reader,
  today: ljubljanaDate(deps.now()),
  groupBy: deps.groupBy ?? true,
});

export async function estimateReport(templateId: unknown, rawParameters: unknown, deps: ReportDeps) {
  const template = templateById(templateId);
  const parameters = validateParameters(template.parameters, rawParameters);
  const records = await template.estimate(contextFor(deps, createReportReader(deps.gateway)), parameters);
  const twentyCalls = Math.ceil(records / TWENTY_BATCH_CAP) + template.streams.length + 1;
  const seconds = twentyCalls * SECONDS_PER_CALL;
  const estimate: ReportEstimate = { records, twentyCalls, seconds, runsAsJob: seconds > INLINE_SECONDS };
  return { template, parameters, estimate };
}

export async function runReport(templateId: unknown, rawParameters: unknown, deps: ReportDeps): Promise<ReportResult> {
  const template = templateById(templateId);
  const parameters = validateParameters(template.parameters, rawParameters);
  const reader = createReportReader(deps.gateway, deps.onProgress);
  const table = await template.run(contextFor(deps, reader), parameters);
  const cost = { twentyCalls: reader.calls(), recordsRead: reader.recordsRead(), path: table.path };
  const [asOf, issues] = [await dataAsOf(reader, template), await openIssues(reader, template, table.recordIds)];
  return {
    template: template.id,
    parameters,
    columns: [...template.columns],
    rows: table.rows,
    chart: template.chart,
    generatedAt: deps.now().toISOString(),
    dataAsOf: asOf,
    openIssues: issues,
    cost,
  };
}
