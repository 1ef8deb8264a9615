/** Lines of put_document / update_document (API.md §2.5 "Line fields", §6 items 13-15). */
import { MkFail } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import { netFromGross } from '../store/totals';
import type { DocLine, Product } from '../store/types';
import { parseDecimal, type Dec } from '../values/decimal';
import { filled, flag, text, type Body } from '../values/body';
import { checkUnit, resolveTax } from './product-write';

const DISCOUNT = /^\s*-?\d+([.,]\d+)?(\s*;\s*-?\d+([.,]\d+)?)*\s*$/;

export interface LineDraft {
  commit(): DocLine;
}

function findProduct(store: SandboxStore, line: Body): Product | undefined {
  const mkId = filled(line, 'mk_id');
  if (mkId !== undefined) return store.products.get(mkId);
  const code = filled(line, 'code');
  if (code !== undefined) return store.products.byCode(code);
  const countCode = filled(line, 'count_code');
  return countCode === undefined ? undefined : store.products.byCountCode(countCode);
}

/** Without a price the line takes the product's price from the document's sales pricelist. */
function catalogueNet(store: SandboxStore, product: Product, pricelistCode: string, tax: string): Dec {
  const row =
    product.prices.find((p) => p.salesPurchase === 'sales' && p.pricelistCountCode === pricelistCode) ??
    product.prices[0];
  const first = row?.breaks[0];
  if (!row || !first) return 0n;
  return store.pricelist(row.pricelistCountCode, row.salesPurchase)?.priceType === 'gross'
    ? netFromGross(first.price, tax)
    : first.price;
}

function amountOf(line: Body, key: string, required: boolean): Dec | undefined {
  const raw = text(line, key);
  if (raw === undefined || raw === '') {
    if (required) throw new MkFail('2', `Paramether ${key} must be valid number`);
    return undefined;
  }
  const v = parseDecimal(raw); // "19,99" and "1.00" are both sent by OFF examples (API.md §1.5)
  if (v === null) throw new MkFail('2', `Paramether ${key} must be valid number`);
  return v;
}

/** Validates one line without side effects; commit creates an unknown product when `unit` allows it. */
export function draftLine(store: SandboxStore, line: Body, pricelistCode: string): LineDraft {
  const code = filled(line, 'code');
  const product = findProduct(store, line);
  let create: Body | undefined;
  if (!product) {
    // A description-only line is not possible (API.md §3.3); a product must be referenced.
    if (code === undefined) {
      const ref = filled(line, 'mk_id') ?? filled(line, 'count_code');
      throw new MkFail(
        '6',
        ref === undefined ? 'Product code must be set for every line.' : `Cannot find product with code = ${ref}`,
      );
    }
    const unit = filled(line, 'unit');
    // Unknown code without unit: opr_code 8; with unit a product is created (API.md §2.5, §6 item 13).
    if (unit === undefined)
      throw new MkFail('8', `Product with code ${code} not found - unit must be set to add new product`);
    checkUnit(unit);
    create = line;
  }
  const name = product?.name ?? filled(line, 'name') ?? code!;
  const tax = resolveTax(text(line, 'tax'), text(line, 'tax_factor')) ?? product?.tax;
  // Every line needs a tax unless the product carries one (API.md §2.5, §6 item 14).
  if (tax === undefined)
    throw new MkFail(
      '6',
      `Attribute 'tax' for product with code '${code ?? product?.code ?? ''}' or name '${name}' must be set.`,
    );
  const discount = text(line, 'discount') ?? '';
  // "10%" is refused; chained "10;5" is fine (API.md §6 item 15).
  if (discount !== '' && !DISCOUNT.test(discount)) {
    throw new MkFail('2', 'Paramether discount must be valid number or numbers separate by semicolon (example: 10;5).');
  }
  const amount = amountOf(line, 'amount', true)!;
  const net = amountOf(line, 'price', false);
  const gross = amountOf(line, 'price_with_tax', false);
  return {
    commit: () => {
      const p = product ?? createLineProduct(store, create!, code!, name, tax);
      return {
        rowId: store.nextRowId(),
        productMkId: p.mkId,
        amount,
        price: net ?? (gross !== undefined ? netFromGross(gross, tax) : catalogueNet(store, p, pricelistCode, tax)),
        priceWithTax: net === undefined ? gross : undefined,
        discount: discount.replace(/\s/g, '').replace(/,/g, '.'),
        tax,
        // A name sent for a known code is overridden by the catalogue name (API.md §6 item 13).
        name: p.name,
        docDesc: filled(line, 'doc_desc'),
      };
    },
  };
}

function createLineProduct(store: SandboxStore, line: Body, code: string, name: string, tax: string): Product {
  return store.products.insert({
    mkId: store.nextRegisterId(),
    countCode: filled(line, 'count_code') ?? store.nextProductCode(),
    code,
    name,
    nameDesc: filled(line, 'name_desc'),
    unit: filled(line, 'unit')!,
    service: flag(line, 'service') ?? false,
    sales: flag(line, 'sales') ?? true,
    purchasing: flag(line, 'purchasing') ?? false,
    work: false,
    activated: true,
    eshopSync: false,
    tax,
    categories: [],
    prices: [],
    changedAt: store.now(),
  });
}
