// The Twenty side of sales documents: metakockaSalesDocument and metakockaSalesDocumentLine repositories, built on the
// gateway's generic repository (server/crm/records.ts). Relations are written through their join columns (<name>Id).
import type { DocumentType } from 'plugin/constants/select-options';
import { CURRENCY_SELECTION, SYSTEM_SELECTION, type CurrencyValue, type SystemFields } from 'server/crm/composites';
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo, type RecordRepo } from 'server/crm/records';

import type { DocumentChartFields } from './chart-fields';

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

const money = (field: string) => `${field} { ${CURRENCY_SELECTION} }`;

export const SALES_DOCUMENT_SELECTION = `${SYSTEM_SELECTION} name metakockaId documentType countCode buyerOrder status statusKey documentDate
  dueDate currency ${money('netTotal')} ${money('vatTotal')} ${money('grossTotal')} ${money('paidTotal')} vatBreakdown isIssued
  isDeletedInMetakocka companyId personId opportunityId sourceDocumentId syncHash lastSyncedAt lines { totalCount }`;

export const SALES_DOCUMENT_LINE_SELECTION = `${SYSTEM_SELECTION} name metakockaRowKey salesDocumentId productId code quantity unit
  ${money('unitPrice')} discountPercent vatCode vatRate ${money('lineNet')} ${money('lineGross')} lineNumber`;

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

export interface OpportunityRecord extends SystemFields {
  name: string;
  companyId: string | null;
  pointOfContactId: string | null;
  amount: CurrencyValue | null;
}

export type OpportunitiesRepo = RecordRepo<OpportunityRecord, Partial<OpportunityRecord>>;

/** The standard opportunity (contract/standard-objects-fields.json): its customer, contact and currency seed a document. */
export const createOpportunitiesRepo = (gateway: CrmGateway): OpportunitiesRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'opportunity',
    namePlural: 'opportunities',
    selection: `${SYSTEM_SELECTION} name companyId pointOfContactId ${money('amount')}`,
  });
