// One document line's money recomputed exactly from Metakocka's line data (API.md §2.5 line fields, §6 item 15).
//
// Rounding assumption (Metakocka does not document it; API.md §3.3 only lists the sums): a line's net is
// quantity × net unit price × Π(1 − discount_i / 100), computed exactly and then rounded to the cent,
// half away from zero. VAT is computed per tax code on the sum of the rounded line nets (see totals.ts).
// The §8.3 sample reproduces exactly: 2 × 8.50 = 17.00, 1 × 45.00 = 45.00, net 62.00.
import { add, type Decimal, decimal, divideToUnits, mul, parseDecimal, roundToUnits, sub } from 'server/money/decimal';
import { normaliseTaxCode, taxRatePercent } from 'server/money/tax-codes';

import { MappingError } from '../../errors';
import type { MkDocumentLineWire } from '../../mk-port';

export interface LineFigures {
  taxCode: string;
  /** Null when neither the line's tax_factor nor the code table knows the rate. */
  ratePercent: Decimal | null;
  quantity: Decimal;
  discountsPercent: Decimal[];
  /** Null only when the line has a gross price and an unknown rate (the net cannot be derived). */
  unitNet: Decimal | null;
  netMinor: bigint | null;
  /** What the discounts took off this line, in minor units. */
  discountMinor: bigint | null;
  vatMinor: bigint | null;
  grossMinor: bigint | null;
}

const HUNDRED = parseDecimal('100');
const ONE_HUNDREDTH = parseDecimal('0.01');

/** `"10;5"` = 10 % then 5 % off (chained); `"10%"` is refused by Metakocka and here (API.md §6 item 15). */
export function parseDiscounts(raw: string | undefined): Decimal[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(';')
    .map((part) => {
      if (!/^\s*[+-]?[\d.,]+\s*$/.test(part)) {
        throw new MappingError('discount', { discount: raw });
      }
      return parseDecimal(part);
    })
    .filter((d) => d.units !== 0n);
}

/** Multiplies by Π(1 − d/100) exactly: each factor is (100 − d) / 100, a finite decimal. */
function applyDiscounts(value: Decimal, discounts: Decimal[]): Decimal {
  return discounts.reduce((acc, d) => mul(mul(acc, sub(HUNDRED, d)), ONE_HUNDREDTH), value);
}

/** A gross unit price turned net, rounded to the cent: 209 at 22 % is stored as 171.31 (API.md §3.3, live RH note). */
function netFromGross(gross: Decimal, ratePercent: Decimal): Decimal {
  const divisor = add(parseDecimal('1'), mul(ratePercent, ONE_HUNDREDTH));
  return decimal(divideToUnits(gross, divisor, 2), 2);
}

export function vatOf(netMinor: bigint, ratePercent: Decimal): bigint {
  return roundToUnits(mul(mul(decimal(netMinor, 2), ratePercent), ONE_HUNDREDTH), 2);
}

function unitNetOf(line: MkDocumentLineWire, ratePercent: Decimal | null): Decimal | null {
  if (line.price !== undefined) return parseDecimal(line.price);
  if (line.price_with_tax === undefined) return parseDecimal('0');
  return ratePercent ? netFromGross(parseDecimal(line.price_with_tax), ratePercent) : null;
}

/**
 * `documentDiscountPercent` is the head's `discount_percent` (API.md §2.5). Metakocka does not document how it
 * rounds it; assumed: applied to each rounded line net and rounded again to the cent (the sandbox does the same).
 */
export function lineFigures(line: MkDocumentLineWire, documentDiscountPercent: Decimal | null = null): LineFigures {
  const taxCode = normaliseTaxCode(line.tax ?? '');
  const ratePercent = taxRatePercent(line.tax, line.tax_factor);
  const quantity = parseDecimal(line.amount);
  const discountsPercent = parseDiscounts(line.discount);
  const unitNet = unitNetOf(line, ratePercent);
  if (!unitNet)
    return {
      taxCode,
      ratePercent,
      quantity,
      discountsPercent,
      unitNet,
      netMinor: null,
      discountMinor: null,
      vatMinor: null,
      grossMinor: null,
    };
  const listNet = mul(quantity, unitNet);
  const lineNetMinor = roundToUnits(applyDiscounts(listNet, discountsPercent), 2);
  const netMinor = documentDiscountPercent
    ? roundToUnits(applyDiscounts(decimal(lineNetMinor, 2), [documentDiscountPercent]), 2)
    : lineNetMinor;
  const discountMinor = roundToUnits(listNet, 2) - netMinor;
  const vatMinor = ratePercent ? vatOf(netMinor, ratePercent) : null;
  const grossMinor = vatMinor === null ? null : netMinor + vatMinor;
  return { taxCode, ratePercent, quantity, discountsPercent, unitNet, netMinor, discountMinor, vatMinor, grossMinor };
}
