import { mkDocumentSchema } from 'server/metakocka/schemas/document.schema';
import { isSuccessEnvelope, mkEnvelopeSchema } from 'server/metakocka/schemas/envelope.schema';
import { mkAddPartnerResultSchema, mkPartnerListSchema } from 'server/metakocka/schemas/partner.schema';
import { parseEach } from 'server/metakocka/parse';
import { mkProductListSchema, mkProductSchema } from 'server/metakocka/schemas/product.schema';
import { mkSearchHitsSchema } from 'server/metakocka/schemas/search.schema';
import { mkStockListSchema } from 'server/metakocka/schemas/stock.schema';
import { decimalToMinorUnits } from 'server/metakocka/values';

import { getDocumentAnswer, getPartnerAnswer, productListAnswer, warehouseStockAnswer } from './fixtures/api-md-8';

describe('partner schema', () => {
  it('reads the two partners of API.md §8.1 with booleans, contacts and both addresses', () => {
    const [alpska, maja] = mkPartnerListSchema.parse(getPartnerAnswer).partner_list;
    expect(alpska).toMatchObject({
      mk_id: '1600481234',
      customer: 'Alpska Tehnika d.o.o.',
      business_entity: true,
      taxpayer: true,
      tax_id_number: 'SI71234560',
    });
    expect(alpska!.partner_delivery_address_list.map((a) => a.address_type)).toEqual(['Račun', 'Dobava']);
    expect(maja).toMatchObject({ customer: 'Maja Kovač', business_entity: false });
    expect(maja!.partner_contact_list[0]!.email).toBe('maja.kovac@example.si');
  });

  it('turns a single partner and a single contact sent as objects into lists (API.md §6, item 4)', () => {
    const single = { partner_list: { mk_id: '1', customer: 'Šola Žiri', partner_contact_list: { name: 'Čop' } } };
    const [partner] = mkPartnerListSchema.parse(single).partner_list;
    expect(partner!.partner_contact_list).toEqual([{ name: 'Čop' }]);
    expect(partner!.partner_delivery_address_list).toEqual([]);
  });

  it("reads add_partner's answer: the first address id is the billing address", () => {
    const answer = mkAddPartnerResultSchema.parse({
      mk_id: '77',
      mk_contact_id: '79',
      mk_address_id_list: { mk_id: '78', street: 'Glavna 1' },
    });
    expect(answer.mk_address_id_list).toEqual([{ mk_id: '78', street: 'Glavna 1' }]);
  });
});

/** product_list as products.ts reads it: the list, then each product on its own. */
const readProducts = (answer: unknown) =>
  parseEach(mkProductSchema, 'product_list', 'product', mkProductListSchema.parse(answer).product_list);

describe('product schema', () => {
  it('reads API.md §8.2 with the comma weight, prices and the one-object price_def as a list', () => {
    const products = readProducts(productListAnswer).items;
    expect(products).toHaveLength(3);
    expect(products[0]!.weight).toBe('0.05');
    expect(products[0]!.pricelist[0]!.price_def).toHaveLength(1);
    expect(decimalToMinorUnits(products[1]!.pricelist[0]!.price_def[0]!.price!)).toBe(2990);
    expect(products[2]!.service).toBe(true);
    expect(products[0]!.amount_detail[0]!.amount).toBe('120');
  });

  it('reads product_list collapsed to a single object when exactly one product matches (API.md §2.3)', () => {
    const single = { ...productListAnswer, product_list_count: '1', product_list: productListAnswer.product_list[0] };
    expect(readProducts(single).items.map((p) => p.code)).toEqual(['KAB-USB-C-1M']);
  });

  it('sets a product whose value is not a number aside, naming its mk_id and the field, and reads the others', () => {
    const broken = {
      product_list: [
        { mk_id: '1', name: 'x', weight: 'težko' },
        { mk_id: '2', name: 'y', amount: '3' },
      ],
    };
    const { items, unreadable } = readProducts(broken);
    expect(items.map((p) => p.mk_id)).toEqual(['2']);
    expect(unreadable.map((u) => [u.mkId, u.error.code])).toEqual([['1', 'MK_ITEM_UNREADABLE']]);
    expect(unreadable[0]!.error.message).toContain('weight: not a number');
    expect(unreadable[0]!.error.message).not.toContain('težko');
  });
});

describe('stock schema', () => {
  it('reads reserved and free amounts, including a decimal comma and a negative amount', () => {
    const rows = mkStockListSchema.parse({
      ...warehouseStockAnswer,
      stock_list: [...warehouseStockAnswer.stock_list, { warehouse_id: '9', mk_id: '5', amount: '-863,75' }],
    }).stock_list;
    expect(rows.map((r) => [r.amount, r.reserved_amount ?? null])).toEqual([
      ['120', '2'],
      ['35', '0'],
      ['-863.75', null],
    ]);
  });
});

describe('document schema', () => {
  it('reads the sales order of API.md §8.3 with exact totals, VAT per code, dates and lines', () => {
    const doc = mkDocumentSchema.parse(getDocumentAnswer);
    expect(doc.doc_date).toEqual({ date: '2026-03-12', zone: 'Europe/Ljubljana' });
    expect(doc.created_ts!.instant).toBe('2026-03-12T07:41:07.000Z');
    expect([doc.sum_basic, doc.sum_all].map((sum) => decimalToMinorUnits(sum!))).toEqual([6200, 7564]);
    expect(doc.vat_by_code).toEqual({ EX4: '13.64' });
    expect(doc.product_list.map((line) => [line.code, line.amount, line.price])).toEqual([
      ['KAB-USB-C-1M', '2', '8.5'],
      ['SVC-INST', '1', '45'],
    ]);
    expect(doc.partner!.mk_address_id).toBe('1600481235');
    expect(doc.sum_paid).toBeUndefined();
  });

  it('reads Slovenian-formatted payments: "1.895,01" on 12.03.2011', () => {
    const doc = mkDocumentSchema.parse({
      mk_id: '1',
      mark_paid: { payment_type: 'Transakcijski račun', date: '12.03.2011', amount: '1.895,01' },
    });
    expect(doc.mark_paid).toEqual([
      {
        payment_type: 'Transakcijski račun',
        date: { date: '2011-03-12', zone: 'Europe/Ljubljana' },
        amount: '1895.01',
      },
    ]);
  });

  it('reads search hits without result_type as ids only', () => {
    const hits = mkSearchHitsSchema.parse({
      opr_code: '0',
      result_all_records: '1',
      result: { mk_id: '400000012345', opr_code: '0', count_code: 'PP-1187' },
    });
    expect(hits.result_all_records).toBe(1);
    expect(hits.result.map((h) => h.mk_id)).toEqual(['400000012345']);
  });
});

describe('envelope schema', () => {
  it('accepts both success shapes: opr_code "0" and no opr_code at all (API.md §1.3)', () => {
    expect(isSuccessEnvelope(mkEnvelopeSchema.parse({ opr_code: '0' }))).toBe(true);
    expect(isSuccessEnvelope(mkEnvelopeSchema.parse({ mk_id: '1' }))).toBe(true);
    expect(isSuccessEnvelope(mkEnvelopeSchema.parse({ opr_code: '2', opr_desc: 'x' }))).toBe(false);
    expect(isSuccessEnvelope(mkEnvelopeSchema.parse({ error_desc: 'java.lang.NullPointerException' }))).toBe(false);
  });
});
