// Property: for documents whose sums follow Metakocka's rounding (line nets rounded half up to the cent, VAT per tax
// code on the summed nets; see server/sync/documents/line-figures.ts), the recomputation agrees to the cent; changing
// one figure of one document raises a mismatch for exactly that document. The oracle below uses plain fractions,
// independent of the decimal module under test.
import fc from 'fast-check';

import { checkTotals } from 'server/sync/documents/model/totals';
import { parse, type WireDocument } from './builders';

const RATES: Record<string, [bigint, bigint]> = { EX4: [22n, 100n], EX3: [95n, 1000n], '000': [0n, 1n] };

interface GenLine {
  qtyMilli: bigint;
  priceE4: bigint;
  discountsE2: bigint[];
  tax: keyof typeof RATES;
}
interface GenDoc {
  mkId: string;
  currency: string;
  lines: GenLine[];
  comma: boolean;
}

const roundHalfUp = (num: bigint, den: bigint): bigint => {
  const negative = num < 0n;
  const n = negative ? -num : num;
  const q = (2n * n + den) / (2n * den);
  return negative ? -q : q;
};

/** units / 10^scale as Metakocka writes it, with a decimal comma when asked (API.md §1.5). */
function show(units: bigint, scale: number, comma: boolean): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}${comma ? ',' : '.'}${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

function lineNetCents(line: GenLine): bigint {
  let num = line.qtyMilli * line.priceE4;
  let den = 1000n * 10000n;
  for (const d of line.discountsE2) {
    num *= 10000n - d;
    den *= 10000n;
  }
  return roundHalfUp(num * 100n, den);
}

function toWire(doc: GenDoc): WireDocument {
  const base = new Map<string, bigint>();
  doc.lines.forEach((l) => base.set(l.tax, (base.get(l.tax) ?? 0n) + lineNetCents(l)));
  const sums: Record<string, string> = {};
  let net = 0n;
  let vat = 0n;
  for (const [code, cents] of base) {
    const [rn, rd] = RATES[code]!;
    const tax = roundHalfUp(cents * rn, rd);
    sums[`sum_tax_${code.toLowerCase()}`] = show(tax, 2, doc.comma);
    net += cents;
    vat += tax;
  }
  return {
    mk_id: doc.mkId,
    doc_type: 'sales_order',
    currency_code: doc.currency,
    product_list: doc.lines.map((l, i) => ({
      mk_row_id: String(i + 1),
      code: `P${i}`,
      amount: show(l.qtyMilli, 3, doc.comma),
      price: show(l.priceE4, 4, doc.comma),
      discount: l.discountsE2.length ? l.discountsE2.map((d) => show(d, 2, false)).join(';') : '0',
      tax: l.tax,
    })),
    sum_basic: show(net, 2, doc.comma),
    ...sums,
    sum_all: show(net + vat, 2, doc.comma),
  };
}

const lineArb: fc.Arbitrary<GenLine> = fc.record({
  qtyMilli: fc.bigInt({ min: 1n, max: 500_000n }),
  priceE4: fc.bigInt({ min: 0n, max: 50_000_000n }),
  discountsE2: fc.array(fc.bigInt({ min: 0n, max: 5000n }), { maxLength: 3 }),
  tax: fc.constantFrom<keyof typeof RATES>('EX4', 'EX3', '000'),
});

const docArb = (mkId: string): fc.Arbitrary<GenDoc> =>
  fc.record({
    mkId: fc.constant(mkId),
    currency: fc.constantFrom('EUR', 'HRK', 'USD', 'CHF'),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }),
    comma: fc.boolean(),
  });

const batchArb = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => docArb(`4000000${i}`))));

const FIGURES = ['sum_basic', 'sum_all', 'sum_tax'] as const;

describe('checkTotals over generated documents', () => {
  it('agrees with Metakocka to the cent on every consistent document (zero mismatch findings)', () => {
    fc.assert(
      fc.property(batchArb, (docs) => {
        for (const doc of docs) expect(checkTotals(parse(toWire(doc))).findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('flags exactly the one document whose figure was changed, and only that figure', () => {
    fc.assert(
      fc.property(
        batchArb,
        fc.nat(),
        fc.constantFrom(...FIGURES),
        fc.bigInt({ min: 1n, max: 100_000n }),
        fc.boolean(),
        (docs, pick, figure, deltaCents, up) => {
          const victim = pick % docs.length;
          const wires = docs.map(toWire);
          const wire = wires[victim]!;
          const key = figure === 'sum_tax' ? Object.keys(wire).find((k) => k.startsWith('sum_tax_'))! : figure;
          const cents = BigInt(String(wire[key]).replace(/[.,]/, ''));
          wire[key] = show(cents + (up ? deltaCents : -deltaCents), 2, false);
          const flagged = wires.map((w) => checkTotals(parse(w)).findings);
          flagged.forEach((findings, i) => {
            if (i !== victim) expect(findings).toEqual([]);
          });
          expect(flagged[victim]!.map((f) => [f.documentMkId, f.figure, f.kind])).toEqual([
            [wire.mk_id, key, 'TOTALS_MISMATCH'],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
