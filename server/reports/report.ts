// The shape every report answers with (issue 19 step 3): columns as data (key, kind), rows of plain cells, a chart the
// page draws from two columns, and what the figures rest on: when the data was last synced, the open sync issues on
// the records read, and what the report cost in Twenty calls.
import type { ReportParameters } from './parameters';

/** money: a decimal string with two places next to its currency column; month: YYYY-MM; date: YYYY-MM-DD. */
export type ColumnKind = 'text' | 'month' | 'date' | 'currency' | 'money' | 'count' | 'quantity' | 'percent' | 'flag';

export interface ReportColumn {
  key: string;
  kind: ColumnKind;
}

export type Cell = string | number | boolean | null;
export type ReportRow = Record<string, Cell>;

export interface ReportChart {
  kind: 'bar' | 'line' | 'pie';
  /** The column along the axis (or the slices). */
  x: string;
  /** The figure drawn. */
  y: string;
  /** One series per value of this column: money charts split by currency, never add currencies up. */
  series?: string;
}

export interface ReportCost {
  twentyCalls: number;
  recordsRead: number;
  path: 'paged' | 'group-by';
}

export interface ReportTable {
  rows: ReportRow[];
  /** Twenty record ids the report read, for counting the open sync issues on them (empty: counted per object). */
  recordIds?: string[];
}

export interface ReportResult {
  template: string;
  parameters: ReportParameters;
  columns: ReportColumn[];
  rows: ReportRow[];
  chart: ReportChart;
  generatedAt: string;
  /** The last time every sync stream the report reads finished; null when one never has. */
  dataAsOf: string | null;
  openIssues: number;
  cost: ReportCost;
}
