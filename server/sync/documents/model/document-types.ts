// The sales document types this stream syncs and what Metakocka's API lets us do with each (API.md §2.8).
import { DOCUMENT_TYPE, type DocumentType } from 'plugin/constants/select-options';

export type MkSalesDocType =
  | 'sales_offer'
  | 'sales_order'
  | 'sales_bill_domestic'
  | 'sales_bill_foreign'
  | 'sales_bill_retail'
  | 'sales_bill_prepaid'
  | 'sales_bill_credit_note';

/** How a pull finds changed documents of the type (API.md §4 "Incremental sync", §2.5 search quirks). */
export type PullStrategy = 'last-change' | 'document-date' | 'mk-id-walk';

export interface DocumentTypeRules {
  docType: MkSalesDocType;
  /** The SELECT value of metakockaSalesDocument.documentType. */
  selectValue: DocumentType;
  pull: PullStrategy;
  /** put_document from Twenty (offers and orders only; invoices are issued in Metakocka). */
  canCreateFromTwenty: boolean;
  /** delete_document works for sales orders only (API.md §2.5 `delete_document`). */
  canDelete: boolean;
  /** change_document_status takes sales_order or warehouse_receiving_note only (API.md §2.5 "Others"). */
  canChangeStatus: boolean;
  /** Invoices lock once issued (publish_ts, API.md §3.3; §6 item 26). */
  isInvoice: boolean;
}

const rules = (
  docType: MkSalesDocType,
  selectValue: DocumentType,
  pull: PullStrategy,
  more: Partial<DocumentTypeRules> = {},
): DocumentTypeRules => ({
  docType,
  selectValue,
  pull,
  canCreateFromTwenty: false,
  canDelete: false,
  canChangeStatus: false,
  isInvoice: false,
  ...more,
});

export const DOCUMENT_TYPES: Readonly<Record<MkSalesDocType, DocumentTypeRules>> = {
  // Offer searches refuse doc_date_from/to (API.md §2.5, §6 item 19), so offers are walked in mk_id order.
  sales_offer: rules('sales_offer', DOCUMENT_TYPE.SALES_OFFER, 'mk-id-walk', { canCreateFromTwenty: true }),
  // Only sales orders have last_change_from/to (API.md §4).
  sales_order: rules('sales_order', DOCUMENT_TYPE.SALES_ORDER, 'last-change', {
    canCreateFromTwenty: true,
    canDelete: true,
    canChangeStatus: true,
  }),
  sales_bill_domestic: rules('sales_bill_domestic', DOCUMENT_TYPE.SALES_BILL_DOMESTIC, 'document-date', {
    isInvoice: true,
  }),
  sales_bill_foreign: rules('sales_bill_foreign', DOCUMENT_TYPE.SALES_BILL_FOREIGN, 'document-date', {
    isInvoice: true,
  }),
  sales_bill_retail: rules('sales_bill_retail', DOCUMENT_TYPE.SALES_BILL_RETAIL, 'document-date', { isInvoice: true }),
  sales_bill_prepaid: rules('sales_bill_prepaid', DOCUMENT_TYPE.SALES_BILL_PREPAID, 'document-date', {
    isInvoice: true,
  }),
  sales_bill_credit_note: rules('sales_bill_credit_note', DOCUMENT_TYPE.SALES_BILL_CREDIT_NOTE, 'document-date', {
    isInvoice: true,
  }),
};

export const SALES_DOC_TYPES = Object.keys(DOCUMENT_TYPES) as MkSalesDocType[];

export function isSalesDocType(value: string | undefined): value is MkSalesDocType {
  return value !== undefined && Object.prototype.hasOwnProperty.call(DOCUMENT_TYPES, value);
}

export function rulesForSelectValue(selectValue: string): DocumentTypeRules | undefined {
  return SALES_DOC_TYPES.map((t) => DOCUMENT_TYPES[t]).find((r) => r.selectValue === selectValue);
}
