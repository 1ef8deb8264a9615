// Partners and products in the sync's normalised shapes, for tests to put into the sandbox (test/sandbox/shelves.ts).
import type { MetakockaPartner, MetakockaProduct } from 'server/sync/mk-port';

let seq = 0;
export function product(overrides: Partial<MetakockaProduct> = {}): MetakockaProduct {
  seq += 1;
  const stockTotal = overrides.stockTotal === undefined ? '120' : overrides.stockTotal;
  return {
    mkId: String(1_600_390_000 + seq),
    countCode: `PA_${seq}`,
    code: `SKU-${seq}`,
    name: `Product ${seq}`,
    unit: 'kos',
    active: true,
    eshopSync: true,
    service: false,
    categories: [],
    minStock: null,
    priceLists: [
      {
        countCode: '1',
        title: 'Maloprodaja',
        salesPurchase: 'sales',
        currency: 'EUR',
        price: '8.5',
        priceWithTax: null,
        taxCode: 'EX4',
        taxFactor: '0.22',
      },
    ],
    ...overrides,
    stockTotal,
    // Metakocka's total is the sum of the warehouse rows (API.md §2.4): a total alone puts it all in the main one.
    stock: overrides.stock ?? (stockTotal === null ? [] : [{ warehouse: 'glavno', amount: stockTotal }]),
  };
}

export function partner(overrides: Partial<MetakockaPartner> = {}): MetakockaPartner {
  seq += 1;
  const addressId = String(1_600_480_000 + seq * 10);
  return {
    mkId: String(1_600_481_000 + seq * 10),
    countCode: String(1000 + seq),
    name: `Podjetje ${seq} d.o.o.`,
    businessEntity: true,
    taxpayer: true,
    foreign: false,
    buyer: true,
    taxIdNumber: `SI${10000000 + seq}`,
    contacts: [
      {
        mkId: String(1_600_481_000 + seq * 10 + 7),
        addressMkId: addressId,
        name: `Nina Zupan ${seq}`,
        email: `nina${seq}@podjetje.example`,
        gsm: '041 555 666',
        phone: '',
      },
    ],
    addresses: [
      {
        mkId: addressId,
        type: 'Račun',
        street: `Tržaška cesta ${seq}`,
        postNumber: '1000',
        city: 'Ljubljana',
        province: '',
        country: 'Slovenija',
      },
      {
        mkId: String(1_600_480_000 + seq * 10 + 1),
        type: 'Dobava',
        street: 'Industrijska ulica 7',
        postNumber: '4000',
        city: 'Kranj',
        province: '',
        country: 'Slovenija',
      },
    ],
    ...overrides,
  };
}
