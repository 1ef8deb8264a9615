// After a write, the document is read back and compared with what was sent: same lines (code, quantity, price,
// discount, tax) and the totals those lines give. put_document with mk_id replaces a whole document and reports
// success even when it dropped lines (API.md §6 item 6), so only a read-back proves nothing was lost.
import { exactMinor, minorToString, parseDecimal, toPlainString } from 'server/money/decimal';
import { normaliseTaxCode } from 'server/money/tax-codes';

import { parseDiscounts } from '../model/line-figures';
import type { MkPutDocumentWire, MkPutDocumentLineWire } from './put-body';
import { recomputeTotals } from '../model/totals';
import { mkDocumentSchema, type MkDocumentWire } from '../../mk-port';

interface LineKey {
  code: string;
  amount: string;
  price: string;
  discount: string;
  tax: string;
}

/** Canonical value text: "8.50", "8,5" and "8.5" are the same price. */
const plain = (raw: string | undefined) => toPlainString(parseDecimal(raw ?? '0'));
const discountKey = (raw: string | undefined) => parseDiscounts(raw).map(toPlainString).join(';');

const keyOf = (l: { code?: string; amount?: string; price?: string; discount?: string; tax?: string }): string =>
  JSON.stringify({
    code: l.code ?? '',
    amount: plain(l.amount),
    price: plain(l.price),
    discount: discountKey(l.discount),
    tax: normaliseTaxCode(l.tax ?? ''),
  } satisfies LineKey);

/** What was sent and what Metakocka holds, as the DOCUMENT_READ_BACK_MISMATCH message shows them: the lines as
 *  "2 × KAVA-1, 1 × CAJ-2" and the totals; empty where there are none or a total is unknown (the catalogue words that). */
export interface ReadBackFigures {
  sentLines: string;
  foundLines: string;
  netSent: string;
  netFound: string;
  grossSent: string;
  grossFound: string;
}

/** The figures when Metakocka holds something other than what was sent (lines or totals); null when it holds exactly
 *  what was sent. */
export function compareReadBack(sent: MkPutDocumentWire, found: MkDocumentWire): ReadBackFigures | null {
  const sentKeys = sent.product_list.map(keyOf).sort();
  const foundKeys = found.product_list.map(keyOf).sort();
  const expected = recomputeTotals(
    mkDocumentSchema.parse({ mk_id: 'sent', doc_type: sent.doc_type, product_list: sent.product_list }),
  );
  const foundNet = found.sum_basic === undefined ? 0n : exactMinor(parseDecimal(found.sum_basic));
  const foundGross = found.sum_all === undefined ? 0n : exactMinor(parseDecimal(found.sum_all));
  const same =
    JSON.stringify(sentKeys) === JSON.stringify(foundKeys) &&
    expected.netMinor === foundNet &&
    expected.grossMinor === foundGross;
  if (same) return null;
  return {
    sentLines: describe(sent.product_list),
    foundLines: describe(found.product_list),
    netSent: show(expected.netMinor),
    netFound: show(foundNet),
    grossSent: show(expected.grossMinor),
    grossFound: show(foundGross),
  };
}

const show = (minor: bigint | null) => (minor === null ? '' : minorToString(minor));
const describe = (lines: Array<Pick<MkPutDocumentLineWire, 'code' | 'amount'> | { code?: string; amount?: string }>) =>
  lines.map((l) => `${l.amount ?? '?'} × ${l.code ?? '?'}`).join(', ');
