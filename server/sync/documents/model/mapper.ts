// Metakocka sales document → Twenty sales document and line drafts (pure). The reverse direction, a Twenty
// document → put_document body, is in put-body.ts. Figures stored are Metakocka's own sums (issue #6 "Exactness");
// line nets and grosses, which Metakocka does not send, are the exact recomputation of totals.ts.
import { decimal, type Decimal, exactMinor, mul, parseDecimal, sub, toPlainString } from 'server/money/decimal';

import { DOCUMENT_TYPES, isSalesDocType, type DocumentTypeRules } from './document-types';
import { MappingError } from '../../errors';
import { sourceReferences, type SourceRef } from './lineage';
import type { LineFigures } from './line-figures';
import { extraText } from './mk-extras';
import { decimalToCurrency, minorToCurrency } from './money';
import type { SalesDocumentDraft, SalesDocumentLineDraft, VatBreakdownEntry } from 'server/crm/sales-documents';
import { checkTotals, type TotalsFinding } from './totals';
import type { MkDocumentLineWire, MkDocumentWire } from '../../mk-port';

/** Metakocka's default company currency when a document names none (a Slovenian company books in EUR). */
const DEFAULT_CURRENCY = 'EUR';

export interface MappedDocument {
  document: SalesDocumentDraft;
  lines: Array<{ draft: SalesDocumentLineDraft; productMkId: string | null }>;
  partner: { mkId: string; isBusiness: boolean } | null;
  sources: SourceRef[];
  findings: TotalsFinding[];
}

/** The line binding: the document's mk_id and Metakocka's row id (CONTRACTS.md `metakockaRowKey`). */
export const lineRowKey = (docMkId: string, rowId: string): string => `${docMkId}:${rowId}`;

function rulesOf(doc: MkDocumentWire): DocumentTypeRules {
  if (!isSalesDocType(doc.doc_type)) {
    throw new MappingError('documentType', { mkId: doc.mk_id, docType: doc.doc_type ?? '' });
  }
  return DOCUMENT_TYPES[doc.doc_type];
}

/** Money Metakocka writes must be whole cents; anything else is refused rather than rounded (issue #6). */
function minorOf(doc: MkDocumentWire, field: string, value: Decimal): bigint {
  const minor = exactMinor(value);
  if (minor === null) {
    throw new MappingError('subCent', {
      document: doc.count_code ?? doc.mk_id,
      figure: field,
      amount: toPlainString(value),
    });
  }
  return minor;
}

const figure = (doc: MkDocumentWire, field: string, raw: string | undefined): bigint =>
  raw === undefined ? 0n : minorOf(doc, field, parseDecimal(raw));

/** sum_paid when Metakocka sends it (it vanishes at zero, API.md §3.3); else the mark_paid entries ("1.895,01", §6 item 2). */
function paidMinor(doc: MkDocumentWire): bigint {
  if (doc.sum_paid !== undefined) return figure(doc, 'sum_paid', doc.sum_paid);
  return doc.mark_paid.reduce((sum, p) => sum + figure(doc, 'mark_paid.amount', p.amount), 0n);
}

/** Invoices lock once issued: publish_ts is set on issue, FURS ids on fiscalisation (API.md §3.3, §6 item 26). */
const isIssued = (doc: MkDocumentWire, rules: DocumentTypeRules): boolean =>
  rules.isInvoice &&
  (doc.publish_ts !== undefined ||
    extraText(doc, 'furs_eor') !== undefined ||
    extraText(doc, 'furs_zoi') !== undefined);

function vatBreakdown(
  doc: MkDocumentWire,
  findingsBuckets: ReturnType<typeof checkTotals>['totals']['buckets'],
): VatBreakdownEntry[] {
  const codes = new Set([...findingsBuckets.map((b) => b.taxCode), ...Object.keys(doc.vat_by_code)]);
  return [...codes].sort().map((code) => {
    const bucket = findingsBuckets.find((b) => b.taxCode === code);
    const vat = doc.vat_by_code[code];
    return {
      taxCode: code,
      ratePercent: bucket?.ratePercent ?? null,
      base: toPlainString(decimal(bucket?.baseMinor ?? 0n, 2)),
      vat: toPlainString(decimal(vat === undefined ? 0n : figure(doc, `sum_tax_${code.toLowerCase()}`, vat), 2)),
    };
  });
}

const HUNDRED = parseDecimal('100');

/** Effective single percentage of a chain: "10;5" → 14.5 (Twenty's line has one discount field). */
function effectiveDiscount(discounts: Decimal[]): number {
  const remainingPercent = discounts.reduce((acc, d) => mul(mul(acc, sub(HUNDRED, d)), parseDecimal('0.01')), HUNDRED);
  return Number(toPlainString(sub(HUNDRED, remainingPercent)));
}

function lineDraft(
  doc: MkDocumentWire,
  line: MkDocumentLineWire,
  figures: LineFigures,
  index: number,
  currency: string,
): SalesDocumentLineDraft {
  if (!line.mk_row_id) {
    throw new MappingError('lineNoRowId', { line: index + 1, document: doc.count_code ?? doc.mk_id });
  }
  return {
    metakockaRowKey: lineRowKey(doc.mk_id, line.mk_row_id),
    name: line.name ?? line.code ?? line.count_code ?? '',
    code: line.code ?? '',
    quantity: Number(toPlainString(figures.quantity)),
    unit: line.unit ?? '',
    unitPrice: decimalToCurrency(figures.unitNet ?? parseDecimal('0'), currency),
    discountPercent: effectiveDiscount(figures.discountsPercent),
    vatCode: figures.taxCode,
    vatRate: figures.ratePercent ? Number(toPlainString(figures.ratePercent)) : null,
    lineNet: figures.netMinor === null ? null : minorToCurrency(figures.netMinor, currency),
    lineGross: figures.grossMinor === null ? null : minorToCurrency(figures.grossMinor, currency),
    lineNumber: index + 1,
  };
}

export function documentToDrafts(doc: MkDocumentWire): MappedDocument {
  const rules = rulesOf(doc);
  const { totals, findings } = checkTotals(doc);
  const currency = doc.currency_code ?? DEFAULT_CURRENCY;
  const vatMinor = Object.entries(doc.vat_by_code).reduce(
    (sum, [code, v]) => sum + figure(doc, `sum_tax_${code.toLowerCase()}`, v),
    0n,
  );
  const countCode = doc.count_code ?? '';
  const document: SalesDocumentDraft = {
    metakockaId: doc.mk_id,
    name: [countCode || `${rules.docType} ${doc.mk_id}`, doc.title].filter(Boolean).join(' · '),
    documentType: rules.selectValue,
    countCode,
    buyerOrder: doc.buyer_order ?? '',
    status: doc.status_code ?? '',
    statusKey: doc.status_desc ?? '',
    documentDate: doc.doc_date?.date ?? null,
    dueDate: doc.duo_payment?.date ?? null,
    currency,
    netTotal: minorToCurrency(figure(doc, 'sum_basic', doc.sum_basic), currency),
    vatTotal: minorToCurrency(vatMinor, currency),
    grossTotal: minorToCurrency(figure(doc, 'sum_all', doc.sum_all), currency),
    paidTotal: minorToCurrency(paidMinor(doc), currency),
    vatBreakdown: vatBreakdown(doc, totals.buckets),
    isIssued: isIssued(doc, rules),
    isDeletedInMetakocka: false,
  };
  const lines = doc.product_list.map((line, i) => ({
    draft: lineDraft(doc, line, totals.lines[i]!, i, currency),
    productMkId: line.mk_id ?? null,
  }));
  const partner = doc.partner?.mk_id
    ? { mkId: doc.partner.mk_id, isBusiness: doc.partner.business_entity !== false }
    : null;
  return { document, lines, partner, sources: sourceReferences(doc), findings };
}
