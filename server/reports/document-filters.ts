// Twenty filters for the sales documents a report reads, from its parameters: the period by document date (a DATE,
// so no clock is involved), currency, customer (company or person) and document types.
import type { DocumentType } from 'plugin/constants/select-options';

import { monthsFrom } from './calendar';
import type { Period, ReportParameters } from './parameters';

const lastDayOf = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
};

export const periodFilter = (period: Period) => ({
  documentDate: { gte: `${period.from}-01`, lte: lastDayOf(period.to) },
});

export const monthsOf = (period: Period): string[] => monthsFrom(period.from, period.to);

/** Every condition the parameters set, and'ed with the given ones; deleted-in-Metakocka documents never count. */
export function documentFilter(
  params: ReportParameters,
  types: readonly DocumentType[],
  more: Array<Record<string, unknown>> = [],
): Record<string, unknown> {
  const all: Array<Record<string, unknown>> = [
    { documentType: { in: [...types] } },
    { isDeletedInMetakocka: { eq: false } },
    ...more,
  ];
  if (params.period) all.push(periodFilter(params.period));
  if (params.currency) all.push({ currency: { eq: params.currency } });
  if (params.customer)
    all.push({ or: [{ companyId: { eq: params.customer } }, { personId: { eq: params.customer } }] });
  return { and: all };
}
