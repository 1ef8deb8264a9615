/** Seeds pricelists, warehouses, products and stock (API.md §2.3, §2.4, §3.2, §8.2 for the shapes). */
import type { SandboxStore } from '../store/store';
import type { PriceBreak, Product, ProductPrice } from '../store/types';
import { SCALE, fromInt, type Dec } from '../values/decimal';
import { createPrng, hash32, type Prng } from '../values/prng';
import { PRODUCT_ADJECTIVES, PRODUCT_FAMILIES } from './names';

const cents = (n: number): Dec => (BigInt(n) * SCALE) / 100n;

export function seedRegisters(store: SandboxStore, prng: Prng): void {
  store.pricelists.push(
    { countCode: '1', title: 'Maloprodaja 2026', salesPurchase: 'sales', currencyCode: 'EUR', priceType: 'net' },
    { countCode: '2', title: 'Veleprodaja 2026', salesPurchase: 'sales', currencyCode: 'EUR', priceType: 'net' },
    { countCode: '3', title: 'Spletna trgovina', salesPurchase: 'sales', currencyCode: 'EUR', priceType: 'gross' },
    // Sales and purchase lists number separately, so '1' exists twice (API.md §3.2 note).
    { countCode: '1', title: 'Nabavni cenik', salesPurchase: 'purchase', currencyCode: 'EUR', priceType: 'net' },
  );
  const warehouses = [
    {
      mark: 'glavno',
      name: 'Glavno skladišče',
      place: 'Ljubljana',
      post: '1000',
      street: 'Letališka cesta 16',
      main: true,
      active: true,
    },
    {
      mark: 'mb',
      name: 'Skladišče Maribor',
      place: 'Maribor',
      post: '2000',
      street: 'Tržaška cesta 65',
      main: false,
      active: true,
    },
    {
      mark: 'ce',
      name: 'Skladišče Celje',
      place: 'Celje',
      post: '3000',
      street: 'Mariborska cesta 88',
      main: false,
      active: true,
    },
    {
      mark: 'tranzit',
      name: 'Tranzitno skladišče',
      place: undefined,
      post: undefined,
      street: undefined,
      main: false,
      active: false,
    },
  ];
  const count = prng.int(2, 4); // 2-4 warehouses
  for (const w of warehouses.slice(0, count)) {
    store.warehouses.insert({ mkId: store.nextRegisterId(), ...w, country: w.place ? 'Slovenija' : undefined });
  }
}

/** EAN-13 with the Slovenian 383 prefix and a correct check digit. */
function ean13(prng: Prng): string {
  const body = `383${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return `${body}${(10 - (s % 10)) % 10}`;
}

/** Prices are drawn in whole cents (numbers) and turned into decimals once, to keep seeding 100,000 products cheap. */
function prices(prng: Prng, netCents: number, tax: string, purchasing: boolean): ProductPrice[] {
  const at = (pct: number): Dec => cents(Math.round((netCents * pct) / 100));
  const net = cents(netCents);
  const out: ProductPrice[] = [{ pricelistCountCode: '1', salesPurchase: 'sales', breaks: [{ price: net, tax }] }];
  if (prng.chance(0.3)) {
    // Quantity breaks on the wholesale list (API.md §2.3 price_def amount_from / amount_to).
    const breaks: PriceBreak[] = [
      { amountFrom: ONE, amountTo: NINE, price: net, tax },
      { amountFrom: TEN, amountTo: FORTY_NINE, price: at(95), tax },
      { amountFrom: FIFTY, price: at(90), tax },
    ];
    out.push({ pricelistCountCode: '2', salesPurchase: 'sales', breaks });
  }
  if (prng.chance(0.2))
    out.push({ pricelistCountCode: '3', salesPurchase: 'sales', breaks: [{ price: at(122), tax }] });
  if (purchasing) out.push({ pricelistCountCode: '1', salesPurchase: 'purchase', breaks: [{ price: at(60), tax }] });
  return out;
}

const [ONE, NINE, TEN, FORTY_NINE, FIFTY] = [1, 9, 10, 49, 50].map(fromInt) as [Dec, Dec, Dec, Dec, Dec];

/** Seeds `count` products lazily: each is built from (seed, index) when first read (store.ts ProductRegistry). */
export function seedProducts(store: SandboxStore, seed: number, count: number): void {
  const warehouses = store.warehouses.list().filter((w) => w.active);
  const firstMkId = store.reserveRegisterIds(count);
  const firstNumber = store.reserveProductCodes(count);
  const createdAt = store.now();
  store.products.seedLazily({
    count,
    firstMkId,
    make: (i) => {
      const prng = createPrng(hash32(`${seed}:product:${i}`));
      const product = buildProduct(prng, i, String(firstMkId + i), `PA_${firstNumber + i}`, createdAt);
      if (!product.service) seedStock(store, prng, product, warehouses);
      return product;
    },
    indexOfCode: (code) => {
      const m = /^[A-Z]{3}-(\d{6})$/.exec(code);
      return m ? Number(m[1]) - 1 : undefined;
    },
    indexOfCountCode: (cc) => {
      const m = /^PA_(\d+)$/.exec(cc);
      return m ? Number(m[1]) - firstNumber : undefined;
    },
  });
}

function buildProduct(prng: Prng, i: number, mkId: string, countCode: string, changedAt: number): Product {
  const family = prng.pick(PRODUCT_FAMILIES);
  const service = family.service === true;
  const tax = family.tax;
  const netCents = prng.int(50, 50_000);
  return {
    mkId,
    countCode,
    code: `${family.category[1].slice(0, 3).toUpperCase()}-${String(i + 1).padStart(6, '0')}`,
    barcode: service ? undefined : ean13(prng),
    name: `${prng.pick(family.nouns)} ${prng.pick(PRODUCT_ADJECTIVES)} ${i + 1}`,
    nameDesc: prng.chance(0.1) ? '<p>Opis izdelka z <b>HTML</b> oznakami.</p>' : undefined, // name_desc may hold HTML (API.md §1.4)
    unit: family.unit,
    service,
    sales: true,
    purchasing: !service,
    work: false,
    activated: prng.chance(0.95),
    eshopSync: prng.chance(0.6),
    weight: service ? undefined : cents(prng.int(1, 2500)),
    // Every third stocked product has a minimum; derived from the index so the seed's random sequence is unchanged.
    minStock: service || i % 3 !== 0 ? undefined : fromInt(10 + (i % 7) * 20),
    tax: prng.chance(0.97) ? tax : undefined, // a few products lack their own tax attribute (API.md §2.5)
    categories: [family.category], // shared between products; writes replace the array, never mutate it
    prices: prices(prng, netCents, tax, !service),
    changedAt,
  };
}

function seedStock(
  store: SandboxStore,
  prng: Prng,
  product: Product,
  warehouses: ReturnType<SandboxStore['warehouses']['list']>,
): void {
  const rows = prng.chance(0.3) ? 2 : 1;
  for (const w of warehouses.slice(0, rows)) {
    const negative = prng.chance(0.03); // stock can be negative (API.md §2.4)
    const base = product.unit === 'kg' ? cents(prng.int(0, 50_000)) : fromInt(prng.int(0, 500));
    store.stock.add({
      productMkId: product.mkId,
      warehouseMkId: w.mkId,
      amount: negative ? -fromInt(prng.int(1, 5)) : base,
    });
    // Several rows per product and warehouse, one per microlocation (API.md §2.4).
    if (prng.chance(0.1))
      store.stock.add({
        productMkId: product.mkId,
        warehouseMkId: w.mkId,
        microlocation: `R${prng.int(1, 9)}-P${prng.int(1, 5)}`,
        amount: fromInt(prng.int(1, 40)),
      });
  }
}
