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

export interface ReadBackDifference {
  what: string;
  sent: string;
  found: string;
}

/** Differences between the body sent and the document read back; empty when Metakocka holds exactly what was sent. */
export function compareReadBack(sent: MkPutDocumentWire, found: MkDocumentWire): ReadBackDifference[] {
  const out: ReadBackDifference[] = [];
  const sentKeys = sent.product_list.map(keyOf).sort();
  const foundKeys = found.product_list.map(keyOf).sort();
  if (JSON.stringify(sentKeys) !== JSON.stringify(foundKeys)) {
    out.push({ what: 'lines', sent: describe(sent.product_list), found: describe(found.product_list) });
  }
  const expected = recomputeTotals(
    mkDocumentSchema.parse({ mk_id: 'sent', doc_type: sent.doc_type, product_list: sent.product_list }),
  );
  const foundNet = found.sum_basic === undefined ? 0n : exactMinor(parseDecimal(found.sum_basic));
  const foundGross = found.sum_all === undefined ? 0n : exactMinor(parseDecimal(found.sum_all));
  if (expected.netMinor !== foundNet)
    out.push({ what: 'net total', sent: show(expected.netMinor), found: show(foundNet) });
  if (expected.grossMinor !== foundGross)
    out.push({ what: 'gross total', sent: show(expected.grossMinor), found: show(foundGross) });
  return out;
}

const show = (minor: bigint | null) => (minor === null ? 'unknown' : minorToString(minor));
const describe = (lines: Array<Pick<MkPutDocumentLineWire, 'code' | 'amount'> | { code?: string; amount?: string }>) =>
  `${lines.length} line(s): ${lines.map((l) => `${l.amount ?? '?'} × ${l.code ?? '?'}`).join(', ')}`;
