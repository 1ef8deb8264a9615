// Recomputes a document's net, VAT per tax code and gross from its lines and compares them with Metakocka's
// own sums (sum_basic, sum_tax_<code>, sum_all; API.md §3.3). A difference becomes a finding; the document is
// still stored with Metakocka's figures (issue #6, "Exactness"), so a finding never blocks a write.
//
// Assumption (UNCONFIRMED in API.md): VAT per tax code = round half away from zero of (Σ rounded line nets of
// that code × rate), to the cent. §8.3: 62.00 × 22 % = 13.64, gross 75.64; §3.5: 8.00 at EX3 gives 0.76.
import { exactMinor, isZero, minorToString, parseDecimal, toPlainString } from 'server/money/decimal';
import { taxSumKey } from 'server/money/tax-codes';

import type { TotalsFindingParams } from './errors';
import { lineFigures, vatOf, type LineFigures } from './line-figures';
import { extraText } from './mk-extras';
import type { MkDocumentWire } from '../../mk-port';

export interface TaxBucket {
  taxCode: string;
  sumKey: string;
  ratePercent: string | null;
  baseMinor: bigint;
  /** Null when the rate is unknown. */
  vatMinor: bigint | null;
}

export interface RecomputedTotals {
  lines: LineFigures[];
  buckets: TaxBucket[];
  /** Null when a line's net cannot be derived (gross price with unknown rate). */
  netMinor: bigint | null;
  vatMinor: bigint | null;
  grossMinor: bigint | null;
}

export type TotalsFindingKind = 'TOTALS_MISMATCH' | 'UNKNOWN_TAX_CODE';

export interface TotalsFinding {
  kind: TotalsFindingKind;
  documentMkId: string;
  /** The Metakocka figure concerned: `sum_basic`, `sum_tax_ex4`, `sum_all`, or the line's tax code. */
  figure: string;
  metakockaValue: string | null;
  recomputedValue: string | null;
  /** What the TOTALS_MISMATCH issue tells of it (errors.ts TotalsMismatchError). */
  params: TotalsFindingParams;
}

function bucketsOf(lines: LineFigures[]): TaxBucket[] {
  const byCode = new Map<string, { lines: LineFigures[] }>();
  for (const line of lines) {
    const entry = byCode.get(line.taxCode) ?? { lines: [] };
    entry.lines.push(line);
    byCode.set(line.taxCode, entry);
  }
  return [...byCode.entries()].map(([taxCode, { lines: group }]) => {
    const rate = group[0]?.ratePercent ?? null;
    const baseMinor = group.reduce((sum, l) => sum + (l.netMinor ?? 0n), 0n);
    return {
      taxCode,
      sumKey: taxSumKey(taxCode),
      ratePercent: rate ? toPlainString(rate) : null,
      baseMinor,
      vatMinor: rate ? vatOf(baseMinor, rate) : null,
    };
  });
}

const sumOrNull = (values: Array<bigint | null>): bigint | null =>
  values.some((v) => v === null) ? null : values.reduce<bigint>((a, v) => a + (v as bigint), 0n);

export function recomputeTotals(doc: MkDocumentWire): RecomputedTotals {
  const documentDiscount = extraText(doc, 'discount_percent');
  const documentDiscountPercent = documentDiscount === undefined ? null : parseDecimal(documentDiscount);
  const lines = doc.product_list.map((line) =>
    lineFigures(line, documentDiscountPercent?.units ? documentDiscountPercent : null),
  );
  const buckets = bucketsOf(lines);
  const netMinor = sumOrNull(lines.map((l) => l.netMinor));
  const vatMinor = sumOrNull(buckets.map((b) => b.vatMinor));
  const grossMinor = netMinor === null || vatMinor === null ? null : netMinor + vatMinor;
  return { lines, buckets, netMinor, vatMinor, grossMinor };
}

/** Metakocka's figure in minor units; an absent sum reads as zero, as Metakocka drops sums at zero (API.md §3.3). */
function metakockaMinor(raw: string | undefined): { minor: bigint | null; shown: string | null } {
  if (raw === undefined) return { minor: 0n, shown: null };
  const value = parseDecimal(raw);
  return { minor: exactMinor(value), shown: toPlainString(value) };
}

/** Metakocka's figure for `sum_basic`, `sum_all` or `sum_tax_<code>` (the client collects the latter in vat_by_code). */
function metakockaFigure(doc: MkDocumentWire, figure: string): string | undefined {
  if (figure === 'sum_basic') return doc.sum_basic;
  if (figure === 'sum_all') return doc.sum_all;
  return doc.vat_by_code[figure.replace(/^sum_tax_/, '').toUpperCase()];
}

function compareFigure(
  doc: MkDocumentWire,
  figure: string,
  recomputed: bigint | null,
  findings: TotalsFinding[],
): void {
  if (recomputed === null) return;
  const mk = metakockaMinor(metakockaFigure(doc, figure));
  if (mk.minor === recomputed) return;
  const label = doc.count_code ?? doc.mk_id;
  findings.push({
    kind: 'TOTALS_MISMATCH',
    documentMkId: doc.mk_id,
    figure,
    metakockaValue: mk.shown,
    recomputedValue: minorToString(recomputed),
    params: {
      finding: 'mismatch',
      document: label,
      mkId: doc.mk_id,
      figure,
      shown: mk.shown ?? '',
      recomputed: minorToString(recomputed),
    },
  });
}

function unknownRateFindings(doc: MkDocumentWire, buckets: TaxBucket[]): TotalsFinding[] {
  return buckets
    .filter((b) => b.ratePercent === null)
    .map((b) => ({
      kind: 'UNKNOWN_TAX_CODE' as const,
      documentMkId: doc.mk_id,
      figure: b.taxCode || '(none)',
      metakockaValue: null,
      recomputedValue: null,
      params: {
        finding: 'unknownTax' as const,
        document: doc.count_code ?? doc.mk_id,
        mkId: doc.mk_id,
        figure: b.taxCode,
      },
    }));
}

/**
 * Checks a document's sums against its lines. With a document-level `discount_value` (an absolute amount off the
 * total, API.md §6 item 15) Metakocka's split of that amount over tax codes is not documented, so only the
 * internal invariant sum_basic + Σ sum_tax = sum_all is checked.
 */
export function checkTotals(doc: MkDocumentWire): { totals: RecomputedTotals; findings: TotalsFinding[] } {
  const totals = recomputeTotals(doc);
  const findings = unknownRateFindings(doc, totals.buckets);
  const discountValue = extraText(doc, 'discount_value');
  if (discountValue !== undefined && !isZero(parseDecimal(discountValue))) {
    const net = metakockaMinor(doc.sum_basic).minor;
    const vat = sumOrNull(Object.values(doc.vat_by_code).map((v) => metakockaMinor(v).minor));
    compareFigure(doc, 'sum_all', net === null || vat === null ? null : net + vat, findings);
    return { totals, findings };
  }
  compareFigure(doc, 'sum_basic', totals.netMinor, findings);
  const bucketKeys = new Set(totals.buckets.map((b) => b.sumKey));
  for (const bucket of totals.buckets) compareFigure(doc, bucket.sumKey, bucket.vatMinor, findings);
  for (const code of Object.keys(doc.vat_by_code)) {
    const key = taxSumKey(code);
    if (!bucketKeys.has(key)) compareFigure(doc, key, 0n, findings);
  }
  compareFigure(doc, 'sum_all', totals.grossMinor, findings);
  return { totals, findings };
}
