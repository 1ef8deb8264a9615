// Metakocka product → Twenty metakockaProduct draft: pure, no clock, no I/O (STYLE.md §2.7).
import type { ProductDraft } from 'server/crm';
import {
  add,
  decimal,
  divideToUnits,
  mul,
  parseDecimal,
  roundToUnits,
  toPlainString,
  type Decimal,
} from 'server/money/decimal';
import { taxRatePercent } from 'server/money/tax-codes';
import { MappingError } from '../errors';
import { stockFlags } from './chart-fields';
import type { MetakockaPriceList, MetakockaProduct } from '../mk-port';

/** The fields a product draft carries; the sync hash covers exactly these. */
export const PRODUCT_SYNCED_FIELDS = [
  'code',
  'name',
  'unit',
  'netPrice',
  'grossPrice',
  'priceLists',
  'vatRate',
  'vatCode',
  'category',
  'eshopSync',
  'stockTotal',
  'stockByWarehouse',
  'isActive',
  'minStock',
  'isBelowMinimum',
  'isEshopWithoutStock',
] as const;

const MICROS = 6;
const CENTS = 2;

const micros = (value: Decimal, currency: string) => ({
  amountMicros: roundToUnits(value, MICROS).toString(),
  currencyCode: currency,
});

/** The main sales price list: the first sales list Metakocka returns (API.md §3.2 `pricelist[]`). */
export const mainPriceList = (lists: MetakockaPriceList[]): MetakockaPriceList | undefined =>
  lists.find((list) => list.salesPurchase !== 'purchase') ?? lists[0];

/** Net and gross of a price list: one is stored, the other derived and rounded to the cent (a list is net or gross, API.md §2.3). */
export function priceListAmounts(list: MetakockaPriceList): { net: Decimal; gross: Decimal } | null {
  const factor = list.taxFactor ? parseDecimal(list.taxFactor) : null;
  if (list.price !== null && list.price !== '') {
    const net = parseDecimal(list.price);
    return { net, gross: factor ? decimal(roundToUnits(add(net, mul(net, factor)), CENTS), CENTS) : net };
  }
  if (list.priceWithTax !== null && list.priceWithTax !== '') {
    const gross = parseDecimal(list.priceWithTax);
    if (!factor) return { net: gross, gross };
    // net = gross / (1 + factor), rounded half up to the cent, in exact decimals
    return { net: decimal(divideToUnits(gross, add(decimal(1n, 0), factor), CENTS), CENTS), gross };
  }
  return null;
}

function priceListEntry(list: MetakockaPriceList) {
  const amounts = priceListAmounts(list);
  return {
    countCode: list.countCode,
    title: list.title,
    salesPurchase: list.salesPurchase,
    currency: list.currency,
    net: amounts ? toPlainString(amounts.net) : null,
    gross: amounts ? toPlainString(amounts.gross) : null,
    vatCode: list.taxCode,
  };
}

export function productToDraft(product: MetakockaProduct): ProductDraft {
  const name = product.name.trim();
  if (name === '')
    throw new MappingError('productNoName', { product: product.code || product.countCode, mkId: product.mkId });
  const main = mainPriceList(product.priceLists);
  const amounts = main ? priceListAmounts(main) : null;
  const rate = main ? taxRatePercent(main.taxCode || undefined, main.taxFactor ?? undefined) : null;
  const stockTotal = product.stockTotal === null ? null : toPlainString(parseDecimal(product.stockTotal));
  const minStock = product.minStock === null ? null : toPlainString(parseDecimal(product.minStock));
  return {
    metakockaId: product.mkId,
    code: product.code.trim(),
    name,
    unit: product.unit,
    netPrice:
      amounts && main ? micros(amounts.net, main.currency || 'EUR') : { amountMicros: null, currencyCode: null },
    grossPrice:
      amounts && main ? micros(amounts.gross, main.currency || 'EUR') : { amountMicros: null, currencyCode: null },
    priceLists: product.priceLists.map(priceListEntry),
    vatRate: rate ? toPlainString(rate) : null,
    vatCode: main?.taxCode ?? '',
    category: product.categories.join(' / '),
    eshopSync: product.eshopSync,
    stockTotal,
    stockByWarehouse: product.stock.map((row) => ({
      warehouse: row.warehouse,
      amount: toPlainString(parseDecimal(row.amount)),
    })),
    isActive: product.active,
    minStock,
    ...stockFlags({ stockTotal, minStock, eshopSync: product.eshopSync }),
  };
}
