// Sales documents as get_document and search (result_type "doc") return them (API.md §3.3, §8.3).
import { z } from 'zod';

import type { Decimal } from '../values';
import { mkBoolean, mkDate, mkDecimal, mkId, mkList, mkText, mkTimestamp, optional } from './fields';

export const mkEmbeddedPartnerSchema = z.looseObject({
  mk_id: optional(mkId),
  mk_address_id: optional(mkId),
  count_code: optional(mkText),
  customer: optional(mkText),
  tax_id_number: optional(mkText),
  business_entity: optional(mkBoolean),
  taxpayer: optional(mkBoolean),
  foreign_county: optional(mkBoolean),
  street: optional(mkText),
  post_number: optional(mkText),
  place: optional(mkText),
  country: optional(mkText),
  country_iso_2: optional(mkText),
});

export const mkDocumentLineSchema = z.looseObject({
  mk_id: optional(mkId),
  mk_row_id: optional(mkId),
  count_code: optional(mkText),
  code: optional(mkText),
  name: optional(mkText),
  name_desc: optional(mkText),
  unit: optional(mkText),
  amount: mkDecimal,
  price: optional(mkDecimal),
  price_with_tax: optional(mkDecimal),
  // A percentage, possibly chained ("10;5"), so it stays text (API.md §6, item 15).
  discount: optional(mkText),
  tax: optional(mkText),
  tax_factor: optional(mkDecimal),
  tax_desc: optional(mkText),
  doc_desc: optional(mkText),
});

export const mkPaymentSchema = z.looseObject({
  payment_type: optional(mkText),
  // mark_paid dates are dd.mm.yyyy and amounts Slovenian-formatted ("1.895,01") (API.md §1.5).
  date: optional(mkDate),
  amount: mkDecimal,
  notes: optional(mkText),
});

export const mkDocumentLinkSchema = z.looseObject({
  mk_id: optional(mkId),
  count_code: optional(mkText),
  doc_type: optional(mkText),
});

const documentHead = z.looseObject({
  mk_id: mkId,
  doc_type: optional(mkText),
  count_code: optional(mkText),
  doc_date: optional(mkDate),
  partner: optional(mkEmbeddedPartnerSchema),
  receiver: optional(mkEmbeddedPartnerSchema),
  currency_code: optional(mkText),
  status_code: optional(mkText),
  status_desc: optional(mkText),
  title: optional(mkText),
  buyer_order: optional(mkText),
  warehouse: optional(mkText),
  notes: optional(mkText),
  method_of_payment: optional(mkText),
  created_ts: optional(mkTimestamp),
  order_create_ts: optional(mkTimestamp),
  publish_ts: optional(mkTimestamp),
  last_change_ts: optional(mkTimestamp),
  duo_payment: optional(mkDate),
  valid_to: optional(mkDate),
  product_list: mkList(mkDocumentLineSchema),
  mark_paid: mkList(mkPaymentSchema),
  offer_list: mkList(mkDocumentLinkSchema),
  sales_order_list: mkList(mkDocumentLinkSchema),
  doc_link_list: mkList(mkDocumentLinkSchema),
  sum_basic: optional(mkDecimal),
  sum_discount: optional(mkDecimal),
  sum_all: optional(mkDecimal),
  sum_paid: optional(mkDecimal),
  sum_prepayment: optional(mkDecimal),
});

const SUM_TAX_KEY = /^sum_tax_(.+)$/;

/** Adds `vat_by_code`: the per-tax-code totals Metakocka spreads over sum_tax_<code> keys (API.md §3.3). */
export const mkDocumentSchema = documentHead.transform((doc, ctx) => {
  const vatByCode: Record<string, Decimal> = {};
  for (const [key, raw] of Object.entries(doc)) {
    const code = SUM_TAX_KEY.exec(key)?.[1];
    if (!code) continue;
    const parsed = mkDecimal.safeParse(raw);
    if (parsed.success) vatByCode[code.toUpperCase()] = parsed.data;
    else ctx.addIssue({ code: 'custom', path: [key], message: 'not a valid number' });
  }
  return { ...doc, vat_by_code: vatByCode };
});
export type MkDocumentWire = z.infer<typeof mkDocumentSchema>;
export type MkDocumentLineWire = z.infer<typeof mkDocumentLineSchema>;
