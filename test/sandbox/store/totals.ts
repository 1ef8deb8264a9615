/**
 * Document sums, computed exactly as Metakocka's do (API.md §3.3 "Totals (calculated by Metakocka; ignored on input)"):
 * each line net is rounded to cents, VAT is computed per tax code on the summed base and rounded once.
 */
import { SCALE, div, mul, parseDecimal, round, sum, type Dec } from '../values/decimal';
import { TAX_CODES } from './registers';
import type { DocLine, SalesDocument } from './types';

const HUNDRED = 100n * SCALE;

/** Applies chained percentages "10;5" (API.md §6 item 15). */
export function discountFactor(discount: string): Dec {
  let factor = SCALE;
  if (discount.trim() === '') return factor;
  for (const part of discount.split(';')) {
    const pct = parseDecimal(part) ?? 0n;
    factor = mul(factor, SCALE - div(pct, HUNDRED));
  }
  return factor;
}

export const lineNet = (line: DocLine): Dec => round(mul(mul(line.amount, line.price), discountFactor(line.discount)));

export const taxRate = (code: string): Dec => TAX_CODES[code]?.rate ?? 0n;

export interface Totals {
  sumBasic: Dec;
  sumDiscount: Dec;
  taxes: Map<string, Dec>;
  sumAll: Dec;
  sumPaid: Dec;
}

export function computeTotals(doc: SalesDocument): Totals {
  const bases = new Map<string, Dec>();
  let gross = 0n;
  for (const line of doc.lines) {
    let net = lineNet(line);
    if (doc.discountPercent) net = round(mul(net, SCALE - div(doc.discountPercent, HUNDRED)));
    gross += net;
    bases.set(line.tax, (bases.get(line.tax) ?? 0n) + net);
  }
  const discountValue = doc.discountValue ?? 0n;
  if (discountValue !== 0n && gross !== 0n) allocateDiscount(bases, gross, discountValue);
  const taxes = new Map<string, Dec>();
  for (const [code, base] of bases) taxes.set(code, round(mul(base, taxRate(code))));
  const sumBasic = sum(bases.values());
  const beforeValue = sum(doc.lines.map(lineNet));
  return {
    sumBasic,
    sumDiscount: beforeValue - sumBasic,
    taxes,
    sumAll: sumBasic + sum(taxes.values()),
    sumPaid: sum(doc.payments.map((p) => p.amount)),
  };
}

/** discount_value is an absolute net amount off the document (API.md §6 item 15); it is spread over the tax bases pro rata. */
function allocateDiscount(bases: Map<string, Dec>, total: Dec, value: Dec): void {
  const codes = [...bases.keys()];
  let left = value;
  codes.forEach((code, i) => {
    const base = bases.get(code) ?? 0n;
    const share = i === codes.length - 1 ? left : round(div(mul(value, base), total));
    left -= share;
    bases.set(code, base - share);
  });
}

/** Net unit price from a gross one: 209 with EX4 gives 171.31 (API.md §3.3, live). */
export const netFromGross = (gross: Dec, tax: string): Dec => round(div(gross, SCALE + taxRate(tax)));
