// A report template as data (issue 19 step 3): its id, title, parameters, columns and chart, which objects and sync
// streams it reads, and how it computes its rows.
import type { ReportTemplateId } from 'plugin/constants/report-labels';
import type { SyncStream } from 'plugin/constants/select-options';

import type { ParameterSpec, ReportParameters } from './parameters';
import type { ObjectNames, ReportReader } from './reader';
import type { ReportChart, ReportColumn, ReportCost, ReportTable } from './report';

export type { ReportTemplateId } from 'plugin/constants/report-labels';

export interface ReportContext {
  reader: ReportReader;
  /** Today in Ljubljana, YYYY-MM-DD (aging counts days from it). */
  today: string;
  /** Use `<plural>GroupBy` where the template can; the paged path gives the same figures (test/server/reports). */
  groupBy: boolean;
}

export interface PagedPass<S, Saved> {
  object: ObjectNames;
  selection: string;
  filter(params: ReportParameters): Record<string, unknown>;
  /** The figures before the first page (may read what the fold needs, e.g. a category's products). */
  start(ctx: ReportContext, params: ReportParameters): Promise<S>;
  /** Adds a page to the figures; answers the ids of the records it used (the open sync issues are counted on them). */
  fold(ctx: ReportContext, params: ReportParameters, figures: S, page: unknown[]): Promise<string[]>;
  finish(ctx: ReportContext, params: ReportParameters, figures: S): Promise<ReportTable>;
  /** The figures as JSON (money as integer minor units in strings) and back. */
  save(figures: S): Saved;
  revive(saved: Saved): S;
}

/** A template's pass with its figures' type erased, so templates of different figures sit in one list. */
export type AnyPass = PagedPass<unknown, unknown>;
export type ReportRun = (
  ctx: ReportContext,
  params: ReportParameters,
) => Promise<ReportTable & { path: ReportCost['path'] }>;

interface TemplateBase {
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
}

/** A template reads either in one paged pass whose figures can be saved between pages (so it can run as a job in
 * slices), optionally with a group-by shortcut, or any other way in one go. */
export type ReportTemplate = TemplateBase & ({ pass: AnyPass; groupBy?: ReportRun } | { run: ReportRun });
