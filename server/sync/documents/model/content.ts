// What the sync writes of a sales document, as one comparable value: its head fields, its relations and its lines in
// order. syncHash is the hash of this content as the sync last wrote it, so the same hash of the record as Twenty holds
// it now tells whether a person changed it since (twenty-edits.ts, issue 12 item 7).
// Changing the fields below changes every hash: each document is written once more, and one a person edited in Twenty
// before the change is no longer recognised as edited (D41).
import type { CurrencyValue } from 'server/crm/composites';
import { decimal, parseDecimal, toPlainString } from 'server/money/decimal';

import { hashValue } from '../../hashing';
import type { SalesDocumentDraft, SalesDocumentLineDraft } from 'server/crm/sales-documents';

const fields = <T>(all: Record<keyof T, true>) => Object.keys(all) as Array<keyof T & string>;

/** Every head field of a document draft (the compiler keeps this list complete). */
export const DOCUMENT_FIELDS = fields<SalesDocumentDraft>({
  metakockaId: true,
  name: true,
  documentType: true,
  countCode: true,
  buyerOrder: true,
  status: true,
  statusKey: true,
  documentDate: true,
  dueDate: true,
  currency: true,
  netTotal: true,
  vatTotal: true,
  grossTotal: true,
  paidTotal: true,
  vatBreakdown: true,
  isIssued: true,
  isDeletedInMetakocka: true,
});

export const RELATION_FIELDS = ['companyId', 'personId', 'sourceDocumentId'] as const;

type LineContentFields = SalesDocumentLineDraft & { salesDocumentId: string; productId: string | null };
/** Every field of a written line but its record id. */
export const LINE_FIELDS = fields<LineContentFields>({
  metakockaRowKey: true,
  name: true,
  code: true,
  quantity: true,
  unit: true,
  unitPrice: true,
  discountPercent: true,
  vatCode: true,
  vatRate: true,
  lineNet: true,
  lineGross: true,
  lineNumber: true,
  salesDocumentId: true,
  productId: true,
});

export interface DocumentContent {
  document: Record<string, unknown>;
  relations: Record<string, unknown>;
  lines: Array<Record<string, unknown>>;
}

const pick = (row: object, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, (row as Record<string, unknown>)[name] ?? null]));
const lineOrder = (a: { lineNumber?: unknown }, b: { lineNumber?: unknown }) =>
  Number(a.lineNumber ?? 0) - Number(b.lineNumber ?? 0);

/** A document's content from its head, relations and lines (Metakocka's mapped version, or Twenty's record and live lines). */
export const documentContent = (head: object, relations: object, lines: readonly object[]): DocumentContent => ({
  document: pick(head, DOCUMENT_FIELDS),
  relations: pick(relations, RELATION_FIELDS),
  lines: [...lines].sort(lineOrder).map((line) => pick(line, LINE_FIELDS)),
});

export const contentHash = (content: DocumentContent): string => hashValue(content);

const isMoney = (value: unknown): value is CurrencyValue =>
  typeof value === 'object' && value !== null && 'amountMicros' in value;

/** "12.5 EUR" for Twenty's micros; other values as they are. */
function shown(value: unknown): unknown {
  if (!isMoney(value)) return value;
  if (value.amountMicros === null || value.amountMicros === undefined || value.amountMicros === '') return null;
  const micros = parseDecimal(String(value.amountMicros));
  return `${toPlainString(decimal(micros.units, micros.scale + 6))} ${value.currencyCode ?? ''}`.trim();
}

const lineText = (line: Record<string, unknown>) =>
  [
    `${line.quantity ?? ''} × ${line.code || line.name || '?'}`,
    shown(line.unitPrice) && `@ ${shown(line.unitPrice)}`,
    Number(line.discountPercent) ? `−${line.discountPercent} %` : '',
    line.vatCode ? `VAT ${line.vatCode}` : '',
  ]
    .filter(Boolean)
    .join(' ');

export interface ContentDifference {
  fields: string[];
  twenty: Record<string, unknown>;
  metakocka: Record<string, unknown>;
}

/** The fields whose values differ between two versions, lines as one field ("lines"), each side's values readable. */
export function contentDifference(twenty: DocumentContent, metakocka: DocumentContent): ContentDifference {
  const out: ContentDifference = { fields: [], twenty: {}, metakocka: {} };
  const heads = [
    [twenty.document, metakocka.document, DOCUMENT_FIELDS],
    [twenty.relations, metakocka.relations, RELATION_FIELDS],
  ] as const;
  for (const [tw, mk, names] of heads) {
    for (const name of names) {
      if (hashValue(tw[name]) === hashValue(mk[name])) continue;
      out.fields.push(name);
      out.twenty[name] = shown(tw[name]);
      out.metakocka[name] = shown(mk[name]);
    }
  }
  const withoutIds = (lines: DocumentContent['lines']) => lines.map(({ salesDocumentId: _d, ...rest }) => rest);
  if (hashValue(withoutIds(twenty.lines)) !== hashValue(withoutIds(metakocka.lines))) {
    out.fields.push('lines');
    out.twenty.lines = twenty.lines.map(lineText);
    out.metakocka.lines = metakocka.lines.map(lineText);
  }
  return out;
}
