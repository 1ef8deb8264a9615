import {
  derivedReferences,
  resolveSource,
  sourceReferences,
  type KnownDocument,
} from 'server/sync/documents/model/lineage';
import { document } from './builders';

const known = (
  id: string,
  metakockaId: string,
  docType: KnownDocument['docType'],
  countCode: string | null = null,
): KnownDocument => ({ id, metakockaId, docType, countCode });

describe('sourceReferences', () => {
  it('names the order before the offer for an invoice made from both (nearest stage first)', () => {
    const invoice = document({
      doc_type: 'sales_bill_domestic',
      offer_list: { mk_id: '300', count_code: 'PP1_288' },
      sales_order_list: [{ mk_id: '400', count_code: 'PP-1187' }],
    });
    expect(sourceReferences(invoice)).toEqual([
      { mkId: '400', countCode: 'PP-1187', docType: 'sales_order' },
      { mkId: '300', countCode: 'PP1_288', docType: 'sales_offer' },
    ]);
  });

  it("takes a credit note's credit_note_bill (a bare invoice number) as its source", () => {
    const note = document({ doc_type: 'sales_bill_credit_note', credit_note_bill: '1-MK-1406' });
    expect(sourceReferences(note)).toEqual([{ mkId: null, countCode: '1-MK-1406', docType: null }]);
  });

  it('ignores a link that points downstream (an offer cannot come from an order)', () => {
    const offer = document({ doc_type: 'sales_offer', sales_order_list: { mk_id: '400' } });
    expect(sourceReferences(offer)).toEqual([]);
  });
});

describe('derivedReferences', () => {
  it("reads an order's invoices from doc_link_list, skipping packing lists", () => {
    const order = document({
      doc_link_list: [
        { mk_id: '500', doc_type: 'sales_bill_domestic' },
        { mk_id: '600', doc_type: 'warehouse_packing_list' },
      ],
    });
    expect(derivedReferences(order)).toEqual([{ mkId: '500', countCode: null, docType: 'sales_bill_domestic' }]);
  });
});

describe('resolveSource', () => {
  it('links by mk_id when the source is already in Twenty', () => {
    const refs = [{ mkId: '400', countCode: 'PP-1187', docType: 'sales_order' as const }];
    expect(resolveSource(refs, [known('t-400', '400', 'sales_order')])).toEqual({
      kind: 'linked',
      sourceId: 't-400',
      sourceMkId: '400',
    });
  });

  it('falls back to the offer when the order is not synced yet', () => {
    const refs = [
      { mkId: '400', countCode: null, docType: 'sales_order' as const },
      { mkId: '300', countCode: null, docType: 'sales_offer' as const },
    ];
    expect(resolveSource(refs, [known('t-300', '300', 'sales_offer')])).toMatchObject({
      kind: 'linked',
      sourceMkId: '300',
    });
  });

  it('says "not yet synced" rather than guessing when no source is known', () => {
    const refs = [{ mkId: '400', countCode: null, docType: 'sales_order' as const }];
    expect(resolveSource(refs, [])).toEqual({ kind: 'not-yet-synced', ref: refs[0] });
  });

  it('refuses to pick between two invoices sharing a count code (count codes are not unique, API.md §3.4)', () => {
    const refs = [{ mkId: null, countCode: '1/2026', docType: null }];
    const twins = [
      known('a', '501', 'sales_bill_domestic', '1/2026'),
      known('b', '502', 'sales_bill_foreign', '1/2026'),
    ];
    expect(resolveSource(refs, twins)).toEqual({ kind: 'ambiguous', ref: refs[0], candidates: ['501', '502'] });
    expect(resolveSource(refs, [twins[0]!, known('c', '700', 'sales_order', '1/2026')])).toMatchObject({
      kind: 'linked',
      sourceMkId: '501',
    });
  });
});
