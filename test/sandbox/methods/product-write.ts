/** json/product_add and json/product_update (family A; API.md §2.3). */
import { MkFail } from '../store/mk-fail';
import { TAX_CODES, TAX_CODE_NAMES, UNITS } from '../store/registers';
import type { SandboxStore } from '../store/store';
import type { PriceBreak, Product, ProductPrice } from '../store/types';
import { parseDecimal } from '../values/decimal';
import { filled, flag, items, maxLength, text, type Body } from '../values/body';
import type { MethodHandler } from './types';

const REMOVE = '$REMOVE_STRING_VALUE$'; // clears name_desc / barcode (API.md §2.3)
/** Sorted as the live refusal lists them ("000,085,095,200,220,...,EX30"); "0" is a line alias, not a register code. */
const SUPPORTED_TAX_VALUES = Object.keys(TAX_CODES)
  .filter((c) => c !== '0')
  .sort()
  .join(',');

export function checkUnit(unit: string): void {
  if (!UNITS.includes(unit))
    throw new MkFail('2', `Paramether 'unit' has invalid value : ${unit}. Valid values : ${UNITS.join(',')}`);
}

/** A tax given as a code or as a factor such as "0.22" (API.md §3.5). */
export function resolveTax(tax: string | undefined, factor: string | undefined): string | undefined {
  if (tax !== undefined && tax !== '') {
    if (!TAX_CODES[tax])
      throw new MkFail('2', `Paramether 'tax' has invalid value : ${tax}. Valid values : ${TAX_CODE_NAMES.join(',')}`);
    return tax;
  }
  if (factor === undefined || factor === '') return undefined;
  const f = parseDecimal(factor);
  const code = Object.entries(TAX_CODES).find(([c, t]) => t.rate === f && c.startsWith('EX'))?.[0];
  if (!code) throw new MkFail('2', `Paramether 'tax_factor' has invalid value : ${factor}`);
  return code;
}

function decimalField(b: Body, key: string): bigint | undefined {
  const raw = text(b, key);
  if (raw === undefined || raw === '') return undefined;
  const v = parseDecimal(raw);
  if (v === null) throw new MkFail('2', `Paramether ${key} must be valid number`);
  return v;
}

function parsePriceRows(store: SandboxStore, body: Body): ProductPrice[] {
  return items(body, 'pricelist').map((row) => {
    const countCode = filled(row, 'count_code');
    const salesPurchase = text(row, 'sales_purchase') === 'purchase' ? 'purchase' : 'sales';
    const list = countCode === undefined ? undefined : store.pricelist(countCode, salesPurchase);
    // Pricelists cannot be created through the API; rows must name an existing one (API.md §3.2 note).
    if (!list) throw new MkFail('2', `Pricelist '${countCode ?? ''}' does not exist.`);
    const breaks: PriceBreak[] = items(row, 'price_def').map((def) => {
      const net = text(def, 'price');
      const gross = text(def, 'price_with_tax');
      // The wrong price field for the list type is refused (API.md §2.3, §6 item 17).
      // Live wording for a net list (RH src/adapters/metakocka/products.ts); the gross one mirrors it (UNCONFIRMED).
      if (list.priceType === 'net' && gross !== undefined) {
        throw new MkFail(
          '2',
          `Pricelist '${list.countCode}' has 'net' price type. Use 'price' instead of 'price_with_tax' to set the product price on the pricelist.`,
        );
      }
      if (list.priceType === 'gross' && net !== undefined) {
        throw new MkFail(
          '2',
          `Pricelist '${list.countCode}' has 'gross' price type. Use 'price_with_tax' instead of 'price' to set the product price on the pricelist.`,
        );
      }
      // A price line without tax/tax_factor is refused, in words that read as if the code were wrong (T4A's live
      // recording in src/services/pricelistSyncService.js; API.md §2.3).
      const tax = resolveTax(text(def, 'tax'), text(def, 'tax_factor'));
      if (!tax)
        throw new MkFail('2', `Paramether 'tax' is not a valid tax. Supported tax values are: ${SUPPORTED_TAX_VALUES}`);
      const price = decimalField(def, list.priceType === 'net' ? 'price' : 'price_with_tax');
      if (price === undefined) throw new MkFail('2', `Price must be set for pricelist '${list.countCode}'.`);
      return {
        price,
        tax,
        amountFrom: decimalField(def, 'amount_from'),
        amountTo: decimalField(def, 'amount_to'),
        discount: decimalField(def, 'discount'),
      };
    });
    return { pricelistCountCode: list.countCode, salesPurchase, breaks };
  });
}

function parseCategories(body: Body): string[][] {
  return items(body, 'categories').map((c) => {
    const v = c.category;
    return (Array.isArray(v) ? v : [v]).map(String);
  });
}

function checkLengths(body: Body): void {
  maxLength(text(body, 'count_code'), 'count_code', 30);
  maxLength(text(body, 'code'), 'code', 50);
  maxLength(text(body, 'name'), 'name', 200);
  maxLength(text(body, 'name_desc'), 'name_desc', 700);
}

export const productAdd: MethodHandler = ({ store, body }) => {
  checkLengths(body);
  const code = filled(body, 'code');
  const name = filled(body, 'name');
  const unit = filled(body, 'unit');
  // code, name and unit are mandatory (API.md §2.3).
  for (const [k, v] of [
    ['code', code],
    ['name', name],
    ['unit', unit],
  ] as const) {
    if (v === undefined) throw new MkFail('2', `Paramether '${k}' must be set.`);
  }
  checkUnit(unit!);
  const countCode = filled(body, 'count_code') ?? store.nextProductCode();
  // Adding an existing count_code or code is an error (API.md §2.3); the sandbox refuses either.
  if (store.products.byCountCode(countCode))
    throw new MkFail('6', `Product with count_code '${countCode}' already exists.`);
  if (store.products.byCode(code!)) throw new MkFail('6', `Product with code '${code}' already exists.`);
  const product: Product = {
    mkId: store.nextRegisterId(),
    countCode,
    code: code!,
    barcode: filled(body, 'barcode'),
    name: name!,
    nameDesc: filled(body, 'name_desc'),
    unit: unit!,
    // Missing boolean flags default to false (API.md §1.5).
    service: flag(body, 'service') ?? false,
    sales: flag(body, 'sales') ?? false,
    purchasing: flag(body, 'purchasing') ?? false,
    work: flag(body, 'work') ?? false,
    activated: flag(body, 'activated') ?? true,
    eshopSync: flag(body, 'eshop_sync') ?? false,
    weight: decimalField(body, 'weight'),
    tax: resolveTax(text(body, 'tax'), text(body, 'tax_factor')),
    categories: parseCategories(body),
    prices: parsePriceRows(store, body),
    changedAt: store.now(),
  };
  store.products.insert(product);
  return { json: { mk_id: product.mkId, count_code: product.countCode } };
};

function findProduct(store: SandboxStore, body: Body): Product {
  const mkId = filled(body, 'mk_id');
  const countCode = filled(body, 'count_code');
  if (mkId !== undefined) {
    const p = store.products.get(mkId);
    if (!p) throw new MkFail('2', `Product with mk_id '${mkId}' does not exist.`);
    return p;
  }
  if (countCode === undefined) throw new MkFail('2', "Paramether 'count_code' or 'mk_id' must be set.");
  // Live: count_code is the product id, not the SKU (API.md §2.3).
  const p = store.products.byCountCode(countCode);
  if (!p) throw new MkFail('2', `Product with count_code '${countCode}' does not exist.`);
  return p;
}

function usedOnDocuments(store: SandboxStore, mkId: string): boolean {
  return store.documents.list().some((d) => d.lines.some((l) => l.productMkId === mkId));
}

/** Empty or null values leave a field unchanged (API.md §2.3). */
function patchText(p: Product, body: Body, key: string, field: 'name' | 'nameDesc' | 'barcode' | 'code'): void {
  const v = text(body, key);
  if (v === undefined || v === '') return;
  if (v === REMOVE && (field === 'nameDesc' || field === 'barcode')) {
    p[field] = undefined;
    return;
  }
  p[field] = v;
}

export const productUpdate: MethodHandler = ({ store, body }) => {
  checkLengths(body);
  const p = findProduct(store, body);
  const [oldCode, oldCountCode] = [p.code, p.countCode];
  const service = flag(body, 'service');
  if (
    service !== undefined &&
    service !== p.service &&
    usedOnDocuments(store, p.mkId) &&
    flag(body, 'confirm_save_change_product_service') !== true
  ) {
    // Changing the service flag of a used product needs a confirmation flag (API.md §2.3).
    throw new MkFail(
      '6',
      "Product is used on documents. Set 'confirm_save_change_product_service' to change the service flag.",
    );
  }
  const newCode = filled(body, 'code');
  if (newCode !== undefined && newCode !== p.code && store.products.byCode(newCode))
    throw new MkFail('6', `Product with code '${newCode}' already exists.`);
  patchText(p, body, 'name', 'name');
  patchText(p, body, 'name_desc', 'nameDesc');
  patchText(p, body, 'barcode', 'barcode');
  patchText(p, body, 'code', 'code');
  const unit = filled(body, 'unit');
  if (unit !== undefined) {
    checkUnit(unit);
    p.unit = unit;
  }
  for (const [key, field] of [
    ['service', 'service'],
    ['sales', 'sales'],
    ['purchasing', 'purchasing'],
    ['work', 'work'],
    ['activated', 'activated'],
    ['eshop_sync', 'eshopSync'],
  ] as const) {
    const v = flag(body, key);
    if (v !== undefined) p[field] = v;
  }
  const weight = decimalField(body, 'weight');
  if (weight !== undefined) p.weight = weight;
  const tax = resolveTax(text(body, 'tax'), text(body, 'tax_factor'));
  if (tax !== undefined) p.tax = tax;
  const categories = parseCategories(body);
  if (categories.length > 0) p.categories = categories;
  const rows = parsePriceRows(store, body);
  // Pricelist rows update in place unless the caller asks to remove the product from its lists first (API.md §2.3).
  if (flag(body, 'pricelist_remove_product_before_add') === true) p.prices = [];
  for (const row of rows) {
    const i = p.prices.findIndex(
      (x) => x.pricelistCountCode === row.pricelistCountCode && x.salesPurchase === row.salesPurchase,
    );
    if (i >= 0) p.prices[i] = row;
    else p.prices.push(row);
  }
  store.products.recode(p, oldCode, oldCountCode);
  p.changedAt = store.now();
  return { json: { mk_id: p.mkId, count_code: p.countCode } };
};
