import { buyerOrderFor, toPutDocumentBody, type PushDocumentInput } from 'server/sync/documents/push/put-body';

const input = (overrides: Partial<PushDocumentInput> = {}): PushDocumentInput => ({
  docType: 'sales_order',
  buyerOrder: 'CRM-2026-0077',
  documentDate: '2026-03-12',
  currency: 'EUR',
  title: 'Oprema za sejno sobo',
  partner: { mkId: '1600481234', mkAddressId: '1600481235' },
  lines: [
    {
      code: 'KAB-USB-C-1M',
      productMkId: '1600390011',
      quantity: '2',
      unitPrice: '8.50',
      discountPercent: null,
      taxCode: 'EX4',
    },
    { code: 'SVC-INST', quantity: '1', unitPrice: '45', taxCode: 'ex4' },
  ],
  ...overrides,
});

describe('toPutDocumentBody', () => {
  it('builds the §8.3 request: partner by ids only, dd.mm.yyyy date, a tax code on every line', () => {
    expect(toPutDocumentBody(input())).toEqual({
      doc_type: 'sales_order',
      doc_date: '12.03.2026',
      buyer_order: 'CRM-2026-0077',
      title: 'Oprema za sejno sobo',
      currency_code: 'EUR',
      partner: { mk_id: '1600481234', mk_address_id: '1600481235' },
      product_list: [
        { code: 'KAB-USB-C-1M', mk_id: '1600390011', amount: '2', price: '8.5', discount: '0', tax: 'EX4' },
        { code: 'SVC-INST', amount: '1', price: '45', discount: '0', tax: 'EX4' },
      ],
    });
  });

  it('never sends inline partner data: a customer without a Metakocka address is refused', () => {
    expect(() => toPutDocumentBody(input({ partner: { mkId: '1600481234', mkAddressId: null } }))).toThrow(
      /not linked to a Metakocka partner address/,
    );
  });

  it('refuses a line without a tax code, naming the line and the codes to use', () => {
    const lines = [{ code: 'X', quantity: '1', unitPrice: '1', taxCode: '' }];
    expect(() => toPutDocumentBody(input({ lines }))).toThrow(/Line 1 \(X\) has tax code "\(none\)"/);
  });

  it('sends chained discounts as Metakocka writes them ("10;5") and refuses a % sign', () => {
    const body = toPutDocumentBody(
      input({ lines: [{ code: 'X', quantity: '1,5', unitPrice: '10', discountPercent: '10;5', taxCode: 'EX3' }] }),
    );
    expect(body.product_list[0]).toEqual({ code: 'X', amount: '1.5', price: '10', discount: '10;5', tax: 'EX3' });
    expect(() =>
      toPutDocumentBody(
        input({ lines: [{ code: 'X', quantity: '1', unitPrice: '10', discountPercent: '10%', taxCode: 'EX4' }] }),
      ),
    ).toThrow(/Discount "10%"/);
  });

  it('refuses an empty document and a zero quantity', () => {
    expect(() => toPutDocumentBody(input({ lines: [] }))).toThrow(/no lines/);
    expect(() =>
      toPutDocumentBody(input({ lines: [{ code: 'X', quantity: '0', unitPrice: '1', taxCode: 'EX4' }] })),
    ).toThrow(/more than zero/);
  });

  it('carries mk_id only for a full resend of an existing document', () => {
    expect(toPutDocumentBody(input()).mk_id).toBeUndefined();
    expect(toPutDocumentBody(input({ mkId: '400000012345' })).mk_id).toBe('400000012345');
  });
});

describe('buyerOrderFor', () => {
  it('gives the same record the same buyer order every time, and different records different ones', () => {
    const id = '2f1c7a7e-2b44-4a53-9a59-7f7d0f6f1e11';
    expect(buyerOrderFor(id)).toBe(buyerOrderFor(id));
    expect(buyerOrderFor(id)).toMatch(/^TW-[0-9A-F]{16}$/);
    expect(buyerOrderFor(id)).not.toBe(buyerOrderFor('another-record'));
  });
});
