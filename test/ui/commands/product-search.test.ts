// The offer/order form's product search: what it asks Twenty for and what the user is offered.
import { microsToDecimal, searchProducts } from 'ui/commands/product-search';

import { fakeTwenty } from 'test/ui/commands/fake-twenty';

const product = (id: string, code: string, name: string, amountMicros: number | null) => ({
  id,
  code,
  name,
  netPrice: amountMicros === null ? null : { amountMicros, currencyCode: 'EUR' },
});

describe('product search', () => {
  it('finds active products by code or by name, exact code first, each once, with its net price', async () => {
    const twenty = fakeTwenty((request) => ({
      status: 200,
      body: {
        data: {
          metakockaProducts: request.query.filter!.startsWith('code')
            ? [product('p2', 'KAVA-10', 'Kava 10 kg', 95_000_000), product('p1', 'KAVA', 'Kava 1 kg', 12_500_000)]
            : [product('p1', 'KAVA', 'Kava 1 kg', 12_500_000), product('p3', 'ZRNA', 'Kava v zrnu', null)],
        },
      },
    }));
    const answer = await searchProducts(twenty.client, ' kava ');
    expect(answer).toEqual({
      ok: true,
      data: [
        { id: 'p1', code: 'KAVA', name: 'Kava 1 kg', netPrice: '12.50', currency: 'EUR' },
        { id: 'p2', code: 'KAVA-10', name: 'Kava 10 kg', netPrice: '95.00', currency: 'EUR' },
        { id: 'p3', code: 'ZRNA', name: 'Kava v zrnu', netPrice: null, currency: null },
      ],
    });
    expect(twenty.requests.map((r) => r.query.filter).sort()).toEqual([
      'code[ilike]:"%kava%",isActive[eq]:true',
      'name[ilike]:"%kava%",isActive[eq]:true',
    ]);
  });

  it('asks nothing for an empty text', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: {} }));
    expect(await searchProducts(twenty.client, '  ')).toEqual({ ok: true, data: [] });
    expect(twenty.requests).toHaveLength(0);
  });

  it.each([
    [12_500_000, '12.50'],
    [1_234_567, '1.234567'],
    [500, '0.0005'],
    [0, '0.00'],
    ['9007199254740993000000', '9007199254740993.00'],
  ])('writes %p micros as %s, exactly', (micros, decimal) => {
    expect(microsToDecimal(micros)).toBe(decimal);
  });
});
