// Sync health (issue 19 step 3): per stream, the runs that started in the period (Ljubljana months), how they ended,
// the records they handled and the API calls they made, and the sync issues open now.
import { TZDate } from '@date-fns/tz';

import { OBJECT_NAMES } from 'plugin/constants/names';
import { SYNC_STREAM_SPEC } from 'plugin/constants/select-options';

import { REPORT_ZONE } from './calendar';
import type { Period } from './parameters';
import type { ReportTemplate } from './template';

interface RunRow {
  stream: string;
  status: string;
  recordsDone: number | null;
  failedCount: number | null;
  apiCallsMetakocka: number | null;
  apiCallsTwenty: number | null;
}

/** The instants a period spans: from 00:00 Ljubljana on its first day to 00:00 after its last month. */
function instants(period: Period): { gte: string; lt: string } {
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  return {
    gte: new TZDate(fromYear, fromMonth - 1, 1, REPORT_ZONE).toISOString(),
    lt: new TZDate(toYear, toMonth, 1, REPORT_ZONE).toISOString(),
  };
}

const ENDED_WELL = new Set(['SUCCEEDED', 'COMPLETED_WITH_ISSUES']);

export const syncHealth: ReportTemplate = {
  id: 'sync-health',
  title: 'Sync health',
  parameters: [{ name: 'period', required: true }],
  columns: [
    { key: 'stream', kind: 'text' },
    { key: 'runs', kind: 'count' },
    { key: 'succeeded', kind: 'count' },
    { key: 'failed', kind: 'count' },
    { key: 'records', kind: 'count' },
    { key: 'recordsFailed', kind: 'count' },
    { key: 'metakockaCalls', kind: 'count' },
    { key: 'twentyCalls', kind: 'count' },
    { key: 'openIssues', kind: 'count' },
  ],
  chart: { kind: 'bar', x: 'stream', y: 'runs' },
  objects: [],
  streams: [],
  estimate: (ctx, params) => ctx.reader.count(OBJECT_NAMES.syncRun, { startedAt: instants(params.period!) }),
  async run(ctx, params) {
    const rows = new Map(
      Object.keys(SYNC_STREAM_SPEC).map((stream) => [
        stream,
        {
          stream,
          runs: 0,
          succeeded: 0,
          failed: 0,
          records: 0,
          recordsFailed: 0,
          metakockaCalls: 0,
          twentyCalls: 0,
          openIssues: 0,
        },
      ]),
    );
    await ctx.reader.eachPage<RunRow>(
      OBJECT_NAMES.syncRun,
      'stream status recordsDone failedCount apiCallsMetakocka apiCallsTwenty',
      { and: [{ startedAt: instants(params.period!) }, { isDryRun: { eq: false } }] },
      (page) => {
        for (const run of page) {
          const row = rows.get(run.stream);
          if (!row) continue;
          row.runs += 1;
          if (ENDED_WELL.has(run.status)) row.succeeded += 1;
          if (run.status === 'FAILED') row.failed += 1;
          row.records += run.recordsDone ?? 0;
          row.recordsFailed += run.failedCount ?? 0;
          row.metakockaCalls += run.apiCallsMetakocka ?? 0;
          row.twentyCalls += run.apiCallsTwenty ?? 0;
        }
      },
    );
    await ctx.reader.eachPage<{ stream: string }>(
      OBJECT_NAMES.syncIssue,
      'stream',
      { status: { eq: 'OPEN' } },
      (page) =>
        page.forEach((issue) => {
          const row = rows.get(issue.stream);
          if (row) row.openIssues += 1;
        }),
    );
    return { rows: [...rows.values()], path: 'paged' };
  },
};
