// The Twenty side of sales documents: metakockaSalesDocument and metakockaSalesDocumentLine repositories, built on the
// gateway's generic repository (records.ts). Relations are written through their join columns (<name>Id).
import type { DocumentType, PaymentState } from 'plugin/constants/select-options';
import { CURRENCY_SELECTION, selectionOf, type CurrencyValue, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

/** The figures the native charts read, kept by the sync as fields of their own (server/sync/documents/model/chart-fields.ts). */
export interface DocumentChartFields {
  revenueAmount: CurrencyValue | null;
  openAmount: CurrencyValue | null;
  overdueAmount: CurrencyValue | null;
  isOverdue: boolean;
  paymentState: PaymentState | null;
  isOrder: boolean;
  isOpenOffer: boolean;
  openOfferAmount: CurrencyValue | null;
  documentMonth: string | null;
}

export interface SalesDocumentRecord extends SystemFields {
  name: string;
  /** How many live lines point at it (a nested connection, contract d9/b1): the pull's check that all its lines arrived. */
  lines?: { totalCount: number } | null;
  metakockaId: string | null;
  documentType: string | null;
  countCode: string;
  buyerOrder: string;
  status: string;
  statusKey: string;
  documentDate: string | null;
  dueDate: string | null;
  currency: string;
  netTotal: CurrencyValue;
  vatTotal: CurrencyValue;
  grossTotal: CurrencyValue;
  paidTotal: CurrencyValue;
  vatBreakdown: unknown;
  isIssued: boolean | null;
  isDeletedInMetakocka: boolean | null;
  companyId: string | null;
  personId: string | null;
  opportunityId: string | null;
  sourceDocumentId: string | null;
  syncHash: string | null;
  lastSyncedAt: string | null;
}

export interface SalesDocumentLineRecord extends SystemFields {
  name: string;
  metakockaRowKey: string | null;
  salesDocumentId: string | null;
  productId: string | null;
  code: string;
  quantity: number | string | null;
  unit: string;
  unitPrice: CurrencyValue;
  discountPercent: number | string | null;
  vatCode: string;
  vatRate: number | string | null;
  lineNet: CurrencyValue;
  lineGross: CurrencyValue;
  lineNumber: number | null;
}

type Relations = {
  companyId?: string | null;
  personId?: string | null;
  opportunityId?: string | null;
  sourceDocumentId?: string | null;
};

/** `T` with the fields of `N` replaced by `N`'s narrower types. */
type Narrowed<T, N> = Omit<T, keyof N> & N;

/** One entry of a document's vatBreakdown JSON field. */
export interface VatBreakdownEntry {
  taxCode: string;
  ratePercent: string | null;
  /** Decimal strings with two places, Metakocka's VAT figure and the recomputed base. */
  base: string;
  vat: string;
}

/** A document's content as the pull maps it from a Metakocka document (mapper.ts): the record's own fields without its
 *  relations and sync bookkeeping, narrowed where a mapped document always has a value. */
export type SalesDocumentDraft = Narrowed<
  Omit<SalesDocumentRecord, keyof SystemFields | 'lines' | keyof Relations | 'syncHash' | 'lastSyncedAt'>,
  {
    metakockaId: string;
    documentType: DocumentType;
    vatBreakdown: VatBreakdownEntry[];
    isIssued: boolean;
    isDeletedInMetakocka: boolean;
  }
>;

/** A line's content as the pull maps it from a Metakocka document row, narrowed like SalesDocumentDraft. */
export type SalesDocumentLineDraft = Narrowed<
  Omit<SalesDocumentLineRecord, keyof SystemFields | 'salesDocumentId' | 'productId'>,
  {
    metakockaRowKey: string;
    quantity: number;
    discountPercent: number;
    vatRate: number | null;
    lineNet: CurrencyValue | null;
    lineGross: CurrencyValue | null;
    lineNumber: number;
  }
>;

export type SalesDocumentWrite = Partial<SalesDocumentDraft> &
  Partial<DocumentChartFields> &
  Relations & { id?: string; syncHash?: string | null; lastSyncedAt?: string };
export type SalesDocumentLineWrite = Partial<Omit<SalesDocumentLineDraft, 'lineNet' | 'lineGross'>> & {
  id?: string;
  lineNet?: CurrencyValue | null;
  lineGross?: CurrencyValue | null;
  salesDocumentId?: string;
  productId?: string | null;
};

const MONEY = CURRENCY_SELECTION;

export const SALES_DOCUMENT_SELECTION = selectionOf<SalesDocumentRecord>({
  name: true,
  metakockaId: true,
  documentType: true,
  countCode: true,
  buyerOrder: true,
  status: true,
  statusKey: true,
  documentDate: true,
  dueDate: true,
  currency: true,
  netTotal: MONEY,
  vatTotal: MONEY,
  grossTotal: MONEY,
  paidTotal: MONEY,
  vatBreakdown: true,
  isIssued: true,
  isDeletedInMetakocka: true,
  companyId: true,
  personId: true,
  opportunityId: true,
  sourceDocumentId: true,
  syncHash: true,
  lastSyncedAt: true,
  lines: 'totalCount',
});

export const SALES_DOCUMENT_LINE_SELECTION = selectionOf<SalesDocumentLineRecord>({
  name: true,
  metakockaRowKey: true,
  salesDocumentId: true,
  productId: true,
  code: true,
  quantity: true,
  unit: true,
  unitPrice: MONEY,
  discountPercent: true,
  vatCode: true,
  vatRate: true,
  lineNet: MONEY,
  lineGross: MONEY,
  lineNumber: true,
});

export type SalesDocumentsRepo = RecordRepo<SalesDocumentRecord, SalesDocumentWrite>;
export type SalesDocumentLinesRepo = RecordRepo<SalesDocumentLineRecord, SalesDocumentLineWrite>;

export interface DocumentRepos {
  documents: SalesDocumentsRepo;
  lines: SalesDocumentLinesRepo;
}

export function createDocumentRepos(gateway: CrmGateway): DocumentRepos {
  return {
    documents: createRecordRepo(gateway, {
      nameSingular: 'metakockaSalesDocument',
      namePlural: 'metakockaSalesDocuments',
      selection: SALES_DOCUMENT_SELECTION,
    }),
    lines: createRecordRepo(gateway, {
      nameSingular: 'metakockaSalesDocumentLine',
      namePlural: 'metakockaSalesDocumentLines',
      selection: SALES_DOCUMENT_LINE_SELECTION,
    }),
  };
}
