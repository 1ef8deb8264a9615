import { checkTotals, recomputeTotals } from 'server/sync/documents/model/totals';
import { document, line, sampleOrder } from './builders';

describe('recomputeTotals', () => {
  it('reproduces the API.md §8.3 sales order to the cent: 62.00 net, 13.64 VAT, 75.64 gross', () => {
    const totals = recomputeTotals(sampleOrder());
    expect(totals.netMinor).toBe(6200n);
    expect(totals.vatMinor).toBe(1364n);
    expect(totals.grossMinor).toBe(7564n);
    expect(totals.buckets).toEqual([
      { taxCode: 'EX4', sumKey: 'sum_tax_ex4', ratePercent: '22', baseMinor: 6200n, vatMinor: 1364n },
    ]);
  });

  it('gives an 8.00 line at EX3 0.76 VAT, as API.md §3.5 reports', () => {
    const totals = recomputeTotals(document({ product_list: [line({ amount: '1', price: '8.00', tax: 'EX3' })] }));
    expect(totals.buckets[0]?.vatMinor).toBe(76n);
  });

  it('chains "10;5" discounts as 10 % then 5 % off, not 15 %', () => {
    const totals = recomputeTotals(document({ product_list: [line({ amount: '1', price: '100', discount: '10;5' })] }));
    expect(totals.lines[0]?.netMinor).toBe(8550n);
    expect(totals.lines[0]?.discountMinor).toBe(1450n);
  });

  it('rounds each line half up to the cent before summing', () => {
    // 3 × 0.335 = 1.005 → 1.01; two such lines give 2.02, not round(2.01) = 2.01.
    const totals = recomputeTotals(
      document({
        product_list: [line({ amount: '3', price: '0.335' }), line({ mk_row_id: '2', amount: '3', price: '0.335' })],
      }),
    );
    expect(totals.netMinor).toBe(202n);
  });

  it('reads Slovenian decimal commas in quantities and prices', () => {
    const totals = recomputeTotals(document({ product_list: [line({ amount: '1,5', price: '1.200,10' })] }));
    expect(totals.netMinor).toBe(180015n);
  });

  it('derives a net unit price from a gross one the way Metakocka stores it (209 at 22 % → 171.31)', () => {
    const totals = recomputeTotals(
      document({ product_list: [line({ price: undefined, price_with_tax: '209', tax: 'EX4' })] }),
    );
    expect(totals.lines[0]?.netMinor).toBe(17131n);
  });

  it('refuses a "10%" discount the way Metakocka does', () => {
    expect(() => recomputeTotals(document({ product_list: [line({ discount: '10%' })] }))).toThrow(/10%/);
  });
});

describe('checkTotals', () => {
  it('finds nothing wrong with the §8.3 order', () => {
    expect(checkTotals(sampleOrder()).findings).toEqual([]);
  });

  it('reports a gross that is a cent off, naming the document and both figures', () => {
    const { findings } = checkTotals(document({ sum_all: '75.65' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'TOTALS_MISMATCH',
      documentMkId: '400000012345',
      figure: 'sum_all',
      metakockaValue: '75.65',
      recomputedValue: '75.64',
    });
    expect(findings[0]?.params).toMatchObject({ document: 'PP-1187', shown: '75.65', recomputed: '75.64' });
  });

  it('reports a VAT sum for a tax code no line uses', () => {
    const { findings } = checkTotals(document({ sum_tax_ex3: '1.00' }));
    expect(findings.map((f) => f.figure)).toEqual(['sum_tax_ex3']);
  });

  it('reads Metakocka sums written with a decimal comma ("75,64")', () => {
    expect(checkTotals(document({ sum_all: '75,64', sum_basic: '62,00', sum_tax_ex4: '13,64' })).findings).toEqual([]);
  });

  it('accepts an emptied document with no sums at all (API.md §3.3)', () => {
    const empty = document({
      product_list: undefined,
      sum_basic: undefined,
      sum_tax_ex4: undefined,
      sum_all: undefined,
    });
    expect(checkTotals(empty).findings).toEqual([]);
  });

  it('says the VAT could not be checked when a tax code has no known rate', () => {
    const { findings } = checkTotals(
      document({
        product_list: [line({ tax: 'EX2', amount: '1', price: '62' })],
        sum_tax_ex4: undefined,
        sum_tax_ex2: '3.10',
        sum_all: '65.10',
      }),
    );
    expect(findings.map((f) => f.kind)).toEqual(['UNKNOWN_TAX_CODE']);
  });

  it('with a document-level discount_value checks only that net plus VAT makes the gross', () => {
    expect(
      checkTotals(document({ discount_value: '2', sum_basic: '60', sum_tax_ex4: '13.20', sum_all: '73.20' })).findings,
    ).toEqual([]);
    expect(
      checkTotals(document({ discount_value: '2', sum_basic: '60', sum_tax_ex4: '13.20', sum_all: '73.21' })).findings,
    ).toHaveLength(1);
  });

  it('takes a single line sent as an object rather than a one-element list (API.md §6 item 4)', () => {
    const single = document({ product_list: line({ amount: '2', price: '31' }) });
    expect(checkTotals(single).findings).toEqual([]);
  });
});

describe('recomputeTotals with a document-level discount_percent', () => {
  it('takes the percentage off each rounded line net and rounds again (assumed, as the sandbox does)', () => {
    // 3 × 0.335 = 1.01 (rounded); 10 % off → 0.909 → 0.91 per line.
    const doc = document({
      discount_percent: '10',
      product_list: [line({ amount: '3', price: '0.335' }), line({ mk_row_id: '2', amount: '3', price: '0.335' })],
    });
    expect(recomputeTotals(doc).netMinor).toBe(182n);
  });
});
