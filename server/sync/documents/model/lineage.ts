// Offer → order → invoice → credit note: which Metakocka document a document came from (API.md §2.5 put_document
// `offer_list[]` / `sales_order_list[]`, §3.3 links). Pure: it reads link lists and resolves them against known ids.

import { DOCUMENT_TYPES, isSalesDocType, type MkSalesDocType } from './document-types';
import { extraLinks, extraText, type MkLinkRefWire } from './mk-extras';
import type { MkDocumentWire } from '../../mk-port';

export interface SourceRef {
  mkId: string | null;
  countCode: string | null;
  /** Null when the link does not say (credit_note_bill is a bare count_code of some invoice). */
  docType: MkSalesDocType | null;
}

/** Position in the sales flow; a source always sits at an earlier stage than the document it begat. */
export function stageOf(docType: MkSalesDocType): number {
  if (docType === 'sales_offer') return 0;
  if (docType === 'sales_order') return 1;
  return docType === 'sales_bill_credit_note' ? 3 : 2;
}

const toRef = (link: MkLinkRefWire, fallbackType: MkSalesDocType | null): SourceRef => ({
  mkId: link.mk_id ?? null,
  countCode: link.count_code ?? null,
  docType: isSalesDocType(link.doc_type) ? link.doc_type : fallbackType,
});

/** Every upstream link a document names, nearest stage first. */
export function sourceReferences(doc: MkDocumentWire): SourceRef[] {
  const refs: SourceRef[] = [
    ...doc.offer_list.map((l) => toRef(l, 'sales_offer')),
    ...doc.sales_order_list.map((l) => toRef(l, 'sales_order')),
    ...extraLinks(doc, 'order_list').map((l) => toRef(l, 'sales_order')),
  ];
  const creditNoteBill = extraText(doc, 'credit_note_bill');
  if (creditNoteBill) refs.push({ mkId: null, countCode: creditNoteBill, docType: null });
  const own = isSalesDocType(doc.doc_type) ? stageOf(doc.doc_type) : 99;
  return refs
    .filter((r) => (r.mkId !== null || r.countCode !== null) && (r.docType === null || stageOf(r.docType) < own))
    .sort((a, b) => (b.docType ? stageOf(b.docType) : 2) - (a.docType ? stageOf(a.docType) : 2));
}

/** Downstream documents a document lists in doc_link_list (its invoices, for an order), as child → this document. */
export function derivedReferences(doc: MkDocumentWire): SourceRef[] {
  if (!isSalesDocType(doc.doc_type)) return [];
  const own = stageOf(doc.doc_type);
  return doc.doc_link_list
    .map((l) => toRef(l, null))
    .filter((r) => r.mkId !== null && r.docType !== null && stageOf(r.docType) > own);
}

export interface KnownDocument {
  id: string;
  metakockaId: string;
  countCode: string | null;
  docType: MkSalesDocType;
}

export type SourceResolution =
  | { kind: 'linked'; sourceId: string; sourceMkId: string }
  | { kind: 'none' }
  | { kind: 'not-yet-synced'; ref: SourceRef }
  | { kind: 'ambiguous'; ref: SourceRef; candidates: string[] };

/**
 * The nearest source that is known in Twenty. By mk_id when the link has one; by count code only when exactly one
 * known document of a matching type has it, because count codes are not unique (API.md §3.4, §6 item 9).
 */
export function resolveSource(refs: SourceRef[], known: KnownDocument[]): SourceResolution {
  const first = refs[0];
  if (!first) return { kind: 'none' };
  for (const ref of refs) {
    const byId = ref.mkId ? known.find((k) => k.metakockaId === ref.mkId) : undefined;
    if (byId) return { kind: 'linked', sourceId: byId.id, sourceMkId: byId.metakockaId };
    if (ref.mkId || !ref.countCode) continue;
    const byCode = known.filter(
      (k) =>
        k.countCode === ref.countCode &&
        (ref.docType ? k.docType === ref.docType : DOCUMENT_TYPES[k.docType].isInvoice),
    );
    if (byCode.length === 1) return { kind: 'linked', sourceId: byCode[0]!.id, sourceMkId: byCode[0]!.metakockaId };
    if (byCode.length > 1) return { kind: 'ambiguous', ref, candidates: byCode.map((k) => k.metakockaId) };
  }
  return { kind: 'not-yet-synced', ref: first };
}

/** Ids and count codes to look up in Twenty for a batch of documents' sources. */
export function lookupKeys(refs: SourceRef[]): { mkIds: string[]; countCodes: string[] } {
  return {
    mkIds: [...new Set(refs.flatMap((r) => (r.mkId ? [r.mkId] : [])))],
    countCodes: [...new Set(refs.flatMap((r) => (!r.mkId && r.countCode ? [r.countCode] : [])))],
  };
}
