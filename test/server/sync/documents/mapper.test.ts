import { documentToDrafts, lineRowKey } from 'server/sync/documents/model/mapper';
import { MappingError } from 'server/sync/errors';
import { actionOf, document, line, sampleOrder } from './builders';

describe('documentToDrafts', () => {
  it("maps the §8.3 order with Metakocka's totals in exact micros and its status", () => {
    const { document: draft, findings } = documentToDrafts(sampleOrder());
    expect(findings).toEqual([]);
    expect(draft).toMatchObject({
      metakockaId: '400000012345',
      documentType: 'SALES_ORDER',
      countCode: 'PP-1187',
      buyerOrder: 'CRM-2026-0077',
      status: 'Novo naročilo',
      statusKey: 'new_order',
      documentDate: '2026-03-12',
      currency: 'EUR',
      netTotal: { amountMicros: '62000000', currencyCode: 'EUR' },
      vatTotal: { amountMicros: '13640000', currencyCode: 'EUR' },
      grossTotal: { amountMicros: '75640000', currencyCode: 'EUR' },
      paidTotal: { amountMicros: '0', currencyCode: 'EUR' },
      vatBreakdown: [{ taxCode: 'EX4', ratePercent: '22', base: '62', vat: '13.64' }],
      isIssued: false,
      isDeletedInMetakocka: false,
    });
  });

  it('binds each line by document and row id, with recomputed net and gross', () => {
    const { lines } = documentToDrafts(sampleOrder());
    expect(lines.map((l) => l.draft.metakockaRowKey)).toEqual([
      lineRowKey('400000012345', '5001'),
      '400000012345:5002',
    ]);
    expect(lines[0]).toMatchObject({
      productMkId: '1600390011',
      draft: {
        code: 'KAB-USB-C-1M',
        quantity: 2,
        unit: 'kos',
        unitPrice: { amountMicros: '8500000' },
        vatCode: 'EX4',
        vatRate: 22,
        lineNet: { amountMicros: '17000000' },
        lineGross: { amountMicros: '20740000' },
        lineNumber: 1,
      },
    });
  });

  it("stores Metakocka's figures even when they disagree with the lines, and reports the mismatch", () => {
    const { document: draft, findings } = documentToDrafts(document({ sum_all: '80.00' }));
    expect(draft.grossTotal.amountMicros).toBe('80000000');
    expect(findings.map((f) => f.figure)).toEqual(['sum_all']);
  });

  it('reads the paid amount from sum_paid, or from Slovenian-formatted mark_paid entries when sum_paid is absent', () => {
    expect(documentToDrafts(document({ sum_paid: '75.64' })).document.paidTotal.amountMicros).toBe('75640000');
    const marked = document({
      mark_paid: [{ payment_type: 'Transakcijski račun', date: '12.03.2026', amount: '1.895,01' }, { amount: '4,99' }],
    });
    expect(documentToDrafts(marked).document.paidTotal.amountMicros).toBe('1900000000');
  });

  it('marks an invoice issued once Metakocka has published it, and an unpublished one open', () => {
    const invoice = { doc_type: 'sales_bill_domestic', count_code: '1-MK-1406' };
    expect(documentToDrafts(document(invoice)).document).toMatchObject({
      documentType: 'SALES_BILL_DOMESTIC',
      isIssued: false,
    });
    expect(documentToDrafts(document({ ...invoice, publish_ts: '2026-03-13T08:00:00+01:00' })).document.isIssued).toBe(
      true,
    );
  });

  it.each([
    ['sales_offer', 'SALES_OFFER'],
    ['sales_bill_foreign', 'SALES_BILL_FOREIGN'],
    ['sales_bill_retail', 'SALES_BILL_RETAIL'],
    ['sales_bill_prepaid', 'SALES_BILL_PREPAID'],
    ['sales_bill_credit_note', 'SALES_BILL_CREDIT_NOTE'],
  ])('maps doc_type %s to %s', (docType, selectValue) => {
    expect(documentToDrafts(document({ doc_type: docType })).document.documentType).toBe(selectValue);
  });

  it('refuses a warehouse document with a message naming it', () => {
    const act = () => documentToDrafts(document({ doc_type: 'warehouse_packing_list' }));
    expect(act).toThrow(MappingError);
    expect(act).toThrow(/warehouse_packing_list/);
  });

  it('refuses a line without mk_row_id and says to ask for show_product_detail', () => {
    const act = () => documentToDrafts(document({ product_list: [line({ mk_row_id: undefined })] }));
    expect(act).toThrow(/Line 1 of document PP-1187 has no mk_row_id/);
    expect(actionOf(act)).toMatch(/show_product_detail/);
  });

  it('gives a chained "10;5" discount as an effective 14.5 %', () => {
    const { lines } = documentToDrafts(
      document({ product_list: line({ discount: '10;5', price: '100', amount: '1' }) }),
    );
    expect(lines[0]?.draft.discountPercent).toBe(14.5);
    expect(lines[0]?.draft.lineNet?.amountMicros).toBe('85500000');
  });

  it('names the partner to link, telling a private person from a business', () => {
    expect(documentToDrafts(sampleOrder()).partner).toEqual({ mkId: '1600481234', isBusiness: true });
    const person = document({
      partner: { mk_id: '77', mk_address_id: '78', business_entity: 'false', customer: 'Grega Rotar' },
    });
    expect(documentToDrafts(person).partner).toEqual({ mkId: '77', isBusiness: false });
  });

  it('takes the due date from duo_payment and the document date literally, ignoring the fixed +02:00 (API.md §1.5)', () => {
    const draft = documentToDrafts(document({ doc_date: '2026-01-01+02:00', duo_payment: '31.01.2026' })).document;
    expect(draft.documentDate).toBe('2026-01-01');
    expect(draft.dueDate).toBe('2026-01-31');
  });
});
