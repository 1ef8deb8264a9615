// A report template as data (issue 19 step 3): its id, title, parameters, columns and chart, which objects and sync
// streams it reads, and how it computes its rows.
import type { ReportTemplateId } from 'plugin/constants/report-labels';
import type { SyncStream } from 'plugin/constants/select-options';

import type { ParameterSpec, ReportParameters } from './parameters';
import type { ReportReader } from './reader';
import type { ReportChart, ReportColumn, ReportCost, ReportTable } from './report';

export type { ReportTemplateId } from 'plugin/constants/report-labels';

export interface ReportContext {
  reader: ReportReader;
  /** Today in Ljubljana, YYYY-MM-DD (aging counts days from it). */
  today: string;
  /** Use `<plural>GroupBy` where the template can; the paged path gives the same figures (test/server/reports). */
  groupBy: boolean;
}

export interface ReportTemplate {
  id: ReportTemplateId;
  /** English title; the report page and the files show it translated (plugin/constants/report-labels.ts). */
  title: string;
  parameters: readonly ParameterSpec[];
  columns: readonly ReportColumn[];
  chart: ReportChart;
  /** Objects whose records the report reads, for the open sync issues it shows. */
  objects: ReadonlyArray<'metakockaSalesDocument' | 'metakockaProduct'>;
  /** Sync streams its data comes from: "data as of" is when all of them last finished. */
  streams: readonly SyncStream[];
  /** Records the report will read, found in a call or two: what decides whether it runs now or as a job. */
  estimate(ctx: ReportContext, params: ReportParameters): Promise<number>;
  run(ctx: ReportContext, params: ReportParameters): Promise<ReportTable & { path: ReportCost['path'] }>;
}
