// A Twenty sales document (or an opportunity with chosen product lines) → the put_document body (API.md §2.5, §8.3).
// Pure. The partner goes by mk_id + mk_address_id only, never inline data (API.md §6 item 10); dates as dd.mm.yyyy
// (§1.5); every line has a tax code (§6 item 14); buyer_order is deterministic so a lost answer can be resolved by
// looking the document up (§6 item 9). Authentication fields are the client's business, not this body's.
import { createHash } from 'node:crypto';

import { parseDecimal, toPlainString } from 'server/money/decimal';
import { KNOWN_TAX_CODES, normaliseTaxCode } from 'server/money/tax-codes';

import { MappingError, type MappingProblem } from '../../errors';
import { parseDiscounts } from '../model/line-figures';
import { formatDocumentDate } from '../../mk-port';

export type PushableDocType = 'sales_offer' | 'sales_order';

export interface PushLineInput {
  /** Product code (šifra): the join key Metakocka matches lines on (API.md §3.2, §6 item 13). */
  code: string;
  productMkId?: string | null;
  /** Decimal strings, dot or comma. */
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
  taxCode: string;
}

export interface PushDocumentInput {
  docType: PushableDocType;
  /** Present for a full resend of an existing document: put_document with mk_id replaces it whole (§6 item 6). */
  mkId?: string | null;
  buyerOrder: string;
  /** Calendar date in Ljubljana, 'YYYY-MM-DD'. */
  documentDate: string;
  currency: string;
  title?: string | null;
  partner: { mkId: string | null; mkAddressId: string | null };
  lines: PushLineInput[];
}

export interface MkPutDocumentLineWire {
  code: string;
  mk_id?: string;
  amount: string;
  price: string;
  discount: string;
  tax: string;
}

export interface MkPutDocumentWire {
  doc_type: PushableDocType;
  mk_id?: string;
  doc_date: string;
  buyer_order: string;
  title?: string;
  currency_code: string;
  partner: { mk_id: string; mk_address_id: string };
  product_list: MkPutDocumentLineWire[];
}

/** Buyer orders the app gives documents made in Twenty (buyerOrderFor). */
export const isTwentyBuyerOrder = (buyerOrder: string | null | undefined): buyerOrder is string =>
  /^TW-[0-9A-F]{16}$/.test(buyerOrder ?? '');

/** `TW-` + 16 hex digits of the Twenty record id's SHA-256: the same record always gets the same buyer order. */
export function buyerOrderFor(twentyRecordId: string): string {
  return `TW-${createHash('sha256').update(twentyRecordId).digest('hex').slice(0, 16).toUpperCase()}`;
}

const refuse = (problem: MappingProblem, params: Record<string, string | number> = {}): never => {
  throw new MappingError(problem, params);
};

function putLine(line: PushLineInput, index: number): MkPutDocumentLineWire {
  // The line is named by its number, and by its product code when it has one (the catalogue's `where` terms).
  const where = { where: line.code ? 'lineCode' : 'line', line: index + 1, code: line.code };
  if (!line.code.trim()) refuse('lineNoCode', where);
  const parse = (column: 'quantity' | 'unitPrice', raw: string) => {
    try {
      return parseDecimal(raw);
    } catch {
      return refuse('lineNotNumber', { ...where, column, value: raw });
    }
  };
  const quantity = parse('quantity', line.quantity);
  if (quantity.units <= 0n) refuse('lineQuantity', { ...where, value: line.quantity });
  const price = parse('unitPrice', line.unitPrice);
  const taxCode = normaliseTaxCode(line.taxCode);
  if (!KNOWN_TAX_CODES.includes(taxCode)) {
    refuse('lineTaxCode', { ...where, taxCode: line.taxCode, codes: KNOWN_TAX_CODES.join(', ') });
  }
  const discounts = parseDiscounts(line.discountPercent ?? undefined);
  return {
    code: line.code.trim(),
    ...(line.productMkId ? { mk_id: line.productMkId } : {}),
    amount: toPlainString(quantity),
    price: toPlainString(price),
    discount: discounts.length ? discounts.map(toPlainString).join(';') : '0',
    tax: taxCode,
  };
}

export function toPutDocumentBody(input: PushDocumentInput): MkPutDocumentWire {
  const { partner } = input;
  if (!partner.mkId || !partner.mkAddressId) refuse('customerNotLinked');
  if (input.lines.length === 0) refuse('noLines');
  if (!/^[A-Z]{3}$/.test(input.currency)) refuse('currency', { currency: input.currency });
  if (!input.buyerOrder.trim()) refuse('noBuyerOrder');
  return {
    doc_type: input.docType,
    ...(input.mkId ? { mk_id: input.mkId } : {}),
    doc_date: formatDocumentDate(input.documentDate),
    buyer_order: input.buyerOrder,
    ...(input.title ? { title: input.title } : {}),
    currency_code: input.currency,
    partner: { mk_id: partner.mkId!, mk_address_id: partner.mkAddressId! },
    product_list: input.lines.map(putLine),
  };
}
