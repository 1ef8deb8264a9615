// KPIs (issue 19 item 5, D87): targets a manager sets per month, and the actuals computed by the report engine's own
// templates, so a KPI says what the report page says: revenue per currency (sales by month), new customers (sales by
// customer: first revenue in the month), offer conversion (offers → orders), overdue receivables (aging, buckets past
// due) and sync health (the sync-health report's runs that ended well). Money is compared in minor units per
// currency; currencies never mix.
import { z } from 'zod';

import type { KvPort } from 'server/host/kv';
import type { ErrorParams } from 'server/error-catalogue';
import { catalogued, SyncError } from 'server/errors';
import { schemaProblems, type SchemaIssue } from 'server/schema-problems';
import type { Language } from 'plugin/constants/plural';

import { monthsFrom } from './calendar';
import { runReport, type ReportDeps } from './engine';
import type { ReportRow } from './report';

export const KPI_TARGETS_KV_KEY = 'reports:kpi-targets';
/** The templates the KPIs are computed from: the last completed runs of their streams are the KPIs' "data as of". */
export const KPI_TEMPLATES = ['sales-by-month', 'sales-by-customer', 'conversion', 'sync-health', 'receivables-aging'];

const money = z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, 'an amount such as 12500.00');
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a currency code such as EUR')
  .refine((code) => KNOWN_CURRENCIES.has(code));
const percent = z.number().min(0).max(100);

const targetsSchema = z
  .object({
    /** Monthly revenue at least this, per currency. */
    revenue: z.record(currency, money).default({}),
    newCustomers: z.number().int().min(0).nullable().default(null),
    /** Offers of the month that became orders, % at least. */
    offerConversionRate: percent.nullable().default(null),
    /** Overdue receivables at most this, per currency. */
    overdueCeiling: z.record(currency, money).default({}),
    /** Sync runs of the month that ended well, % at least. */
    syncHealthRate: percent.nullable().default(null),
  })
  .strict();

const NO_TARGETS: z.infer<typeof targetsSchema> = {
  revenue: {},
  newCustomers: null,
  offerConversionRate: null,
  overdueCeiling: {},
  syncHealthRate: null,
};

export const kpiTargetsSchema = z
  .object({
    /** Every month's targets… */
    monthly: targetsSchema.default(NO_TARGETS),
    /** …unless a month (YYYY-MM) has its own. */
    months: z.record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'), targetsSchema).default({}),
  })
  .strict();

export type KpiTargets = z.infer<typeof targetsSchema>;
export type KpiTargetsDocument = z.infer<typeof kpiTargetsSchema>;

export class KpiTargetsInvalidError extends SyncError {
  readonly code = 'KPI_TARGETS_INVALID';
  readonly retryable = false;
  constructor(private readonly issues: SchemaIssue[]) {
    super(
      catalogued('KPI_TARGETS_INVALID', { problems: schemaProblems(issues, 'en', 'targets').join('; ') }),
      'Correct the named targets and save again.',
    );
  }

  protected override paramsIn(lang: Language): ErrorParams {
    return { problems: schemaProblems(this.issues, lang, 'targets').join('; ') };
  }
}

export function parseKpiTargets(input: unknown): KpiTargetsDocument {
  // reportInput: the Slovenian wording names the type it received; targets hold no secret.
  const result = kpiTargetsSchema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw new KpiTargetsInvalidError(result.error.issues);
}

export const readKpiTargets = async (kv: KvPort): Promise<KpiTargetsDocument> =>
  kpiTargetsSchema.parse((await kv.get<unknown>(KPI_TARGETS_KV_KEY)) ?? {});

const anyTarget = (t: KpiTargets): boolean =>
  Object.keys(t.revenue).length > 0 ||
  Object.keys(t.overdueCeiling).length > 0 ||
  [t.newCustomers, t.offerConversionRate, t.syncHealthRate].some((value) => value !== null);

export const hasTargets = (doc: KpiTargetsDocument): boolean =>
  anyTarget(doc.monthly) || Object.values(doc.months).some(anyTarget);

export const targetsFor = (doc: KpiTargetsDocument, month: string): KpiTargets => doc.months[month] ?? doc.monthly;

export type KpiId = 'revenue' | 'newCustomers' | 'offerConversionRate' | 'overdueReceivables' | 'syncHealthRate';

export interface KpiPoint {
  period: string;
  /** Money as a decimal string, counts and percentages as numbers; null when there is nothing to measure. */
  actual: string | number | null;
  target: string | number | null;
  /** null when no target is set or nothing was measured. */
  met: boolean | null;
}

export interface KpiSeries {
  kpi: KpiId;
  currency?: string;
  unit: 'money' | 'count' | 'percent';
  /** Whether the actual should reach the target (atLeast) or stay under it (atMost). */
  direction: 'atLeast' | 'atMost';
  /** Oldest first; the last is the current month. */
  trend: KpiPoint[];
}

const minor = (decimal: string): bigint => {
  const [whole, cents = ''] = decimal.split('.');
  return BigInt(whole!) * 100n + BigInt(cents.padEnd(2, '0'));
};
const formatMinor = (value: bigint): string =>
  `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${String((value < 0n ? -value : value) % 100n).padStart(2, '0')}`;

function metOf(actual: KpiPoint['actual'], target: KpiPoint['target'], direction: KpiSeries['direction']) {
  if (actual === null || target === null) return null;
  const [a, t] =
    typeof actual === 'string'
      ? [minor(actual), minor(String(target))]
      : [BigInt(Math.round(Number(actual) * 10)), BigInt(Math.round(Number(target) * 10))];
  return direction === 'atLeast' ? a >= t : a <= t;
}

const previousMonth = (month: string, back: number): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 - back, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

const sumKey = (rows: ReportRow[], key: string): number => rows.reduce((sum, row) => sum + Number(row[key] ?? 0), 0);

/** How far back "new" looks: a customer with revenue in the ten years before a month is not new in it. */
const HISTORY_MONTHS = 119;

export interface KpiInput {
  /** The current month, YYYY-MM (Ljubljana). */
  month: string;
  /** How many months the trend shows, the current one included. */
  periods: number;
  targets: KpiTargetsDocument;
}

/** Each KPI's actual against its target for the last `periods` months, through the report engine. */
export async function computeKpis(deps: ReportDeps, input: KpiInput): Promise<KpiSeries[]> {
  const months = monthsFrom(previousMonth(input.month, input.periods - 1), input.month);
  const point = (
    period: string,
    actual: KpiPoint['actual'],
    target: KpiPoint['target'],
    direction: KpiSeries['direction'],
  ): KpiPoint => ({
    period,
    actual,
    target,
    met: metOf(actual, target, direction),
  });

  // Revenue: one sales-by-month run over the whole trend.
  const sales = await runReport('sales-by-month', { period: { from: months[0], to: input.month } }, deps);
  const currencies = new Set([
    ...sales.rows.map((row) => String(row.currency)),
    ...months.flatMap((m) => Object.keys(targetsFor(input.targets, m).revenue)),
  ]);
  const revenue: KpiSeries[] = [...currencies].sort().map((code) => ({
    kpi: 'revenue',
    currency: code,
    unit: 'money',
    direction: 'atLeast',
    trend: months.map((m) => {
      const row = sales.rows.find((r) => r.month === m && r.currency === code);
      return point(
        m,
        row ? String(row.revenue) : '0.00',
        targetsFor(input.targets, m).revenue[code] ?? null,
        'atLeast',
      );
    }),
  }));

  // New customers: those with revenue in the month and none in the ten years before it.
  const seen = new Set<string>();
  const history = await runReport(
    'sales-by-customer',
    {
      period: { from: previousMonth(months[0]!, HISTORY_MONTHS - months.length + 1), to: previousMonth(months[0]!, 1) },
    },
    deps,
  );
  history.rows.forEach((row) => seen.add(String(row.customerId)));
  const newCustomers: KpiPoint[] = [];
  for (const m of months) {
    const rows = (await runReport('sales-by-customer', { period: { from: m, to: m } }, deps)).rows;
    const fresh = new Set(rows.map((row) => String(row.customerId)).filter((id) => !seen.has(id)));
    fresh.forEach((id) => seen.add(id));
    newCustomers.push(point(m, fresh.size, targetsFor(input.targets, m).newCustomers, 'atLeast'));
  }

  // Offer conversion and sync health: the month's own conversion and sync-health reports.
  const conversion: KpiPoint[] = [];
  const health: KpiPoint[] = [];
  for (const m of months) {
    const offers = (await runReport('conversion', { period: { from: m, to: m } }, deps)).rows.find(
      (r) => r.stage === 'offers',
    );
    const rate = offers?.rate === null || offers?.rate === undefined ? null : Number(offers.rate);
    conversion.push(point(m, rate, targetsFor(input.targets, m).offerConversionRate, 'atLeast'));
    const runs = (await runReport('sync-health', { period: { from: m, to: m } }, deps)).rows;
    const total = sumKey(runs, 'runs');
    const healthy = total === 0 ? null : Math.round((sumKey(runs, 'succeeded') * 1000) / total) / 10;
    health.push(point(m, healthy, targetsFor(input.targets, m).syncHealthRate, 'atLeast'));
  }

  // Overdue receivables are a state, not a flow: measured now, for the current month only.
  const aging = await runReport('receivables-aging', {}, deps);
  const overdue = new Map<string, bigint>();
  for (const row of aging.rows.filter((r) => r.bucket !== 'not-due'))
    overdue.set(String(row.currency), (overdue.get(String(row.currency)) ?? 0n) + minor(String(row.open)));
  const ceilings = targetsFor(input.targets, input.month).overdueCeiling;
  const overdueSeries: KpiSeries[] = [...new Set([...overdue.keys(), ...Object.keys(ceilings)])].sort().map((code) => ({
    kpi: 'overdueReceivables',
    currency: code,
    unit: 'money',
    direction: 'atMost',
    trend: [point(input.month, formatMinor(overdue.get(code) ?? 0n), ceilings[code] ?? null, 'atMost')],
  }));

  return [
    ...revenue,
    { kpi: 'newCustomers', unit: 'count', direction: 'atLeast', trend: newCustomers },
    { kpi: 'offerConversionRate', unit: 'percent', direction: 'atLeast', trend: conversion },
    ...overdueSeries,
    { kpi: 'syncHealthRate', unit: 'percent', direction: 'atLeast', trend: health },
  ];
}
