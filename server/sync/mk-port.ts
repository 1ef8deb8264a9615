// What the sync needs from Metakocka, in normalised form (arrays always arrays, decimals as strings), named
// Metakocka<Thing> beside the wire shapes Mk<Thing>Wire they are read from (D48);
// metakocka-adapter.ts fills it from server/metakocka. Field meanings: API.md §3.1, §3.2.
import type { MetakockaClient, UnreadableItem } from 'server/metakocka';

export type { UnreadableItem };

// The documents stream maps Metakocka's documents itself from their wire shape (D48); what it needs of the client's
// modules besides the port's methods (wire types, errors, value helpers) it takes from here, like the other streams.
export type { MkDocumentWire, MkDocumentLineWire } from 'server/metakocka';
export {
  MetakockaItemUnreadableError,
  MetakockaNotFoundError,
  MetakockaRefusedError,
  MetakockaUnknownError,
  MetakockaValidationError,
  MetakockaWriteUncertainError,
} from 'server/metakocka/errors';
export { mkDocumentSchema } from 'server/metakocka/schemas/document.schema';
export { SEARCH_PAGE_MAX, type SearchRequest } from 'server/metakocka/search';
export { asArray, formatDocumentDate, ljubljanaDateOf } from 'server/metakocka/values';

/** What the documents stream needs from the Metakocka client (server/metakocka): its own document methods, unchanged. */
export type DocumentsMk = Pick<
  MetakockaClient,
  | 'searchDocuments'
  | 'getDocument'
  | 'putDocument'
  | 'updateDocument'
  | 'deleteDocument'
  | 'changeDocumentStatus'
  | 'report'
  | 'findDocumentAfterUncertainWrite'
  | 'callCounts'
>;

export interface MetakockaAddress {
  mkId: string;
  type: string; // "Račun" (billing), "Dobava" (delivery), "Poslovna enota" (API.md §3.1)
  street: string;
  postNumber: string;
  city: string;
  province: string;
  country: string;
}

export interface MetakockaContact {
  mkId: string;
  addressMkId: string;
  name: string;
  email: string;
  gsm: string;
  phone: string;
}

export interface MetakockaPartner {
  mkId: string;
  countCode: string;
  name: string; // `customer` on the wire
  businessEntity: boolean;
  taxpayer: boolean;
  foreign: boolean;
  /** Metakocka's `buyer` role (API.md §3.1); a partner read without it counts as a buyer. */
  buyer: boolean;
  taxIdNumber: string;
  contacts: MetakockaContact[];
  addresses: MetakockaAddress[];
}

export interface MetakockaContactDraft {
  mkId?: string; // present → updated in place; absent → added (API.md §2.2 update_partner)
  addressMkId?: string;
  name: string;
  email: string;
  gsm: string;
  phone: string;
}

export interface MetakockaPartnerDraft {
  mkId?: string;
  name: string;
  businessEntity: boolean;
  taxpayer: boolean;
  taxIdNumber: string;
  street: string;
  postNumber: string;
  city: string;
  country: string;
  contacts?: MetakockaContactDraft[];
}

export interface MetakockaPriceList {
  countCode: string;
  title: string;
  salesPurchase: string;
  currency: string;
  price: string | null; // net, decimal string
  priceWithTax: string | null; // gross, decimal string
  taxCode: string;
  taxFactor: string | null; // e.g. "0.22"
}

export interface MetakockaStockRow {
  warehouse: string; // warehouse mark or id
  /** The warehouse's name where Metakocka sends one (amount_detail's warehouse_name, API.md §2.4). */
  warehouseName?: string;
  amount: string; // decimal string, can be negative (API.md §2.4)
}

export interface MetakockaProduct {
  mkId: string;
  countCode: string;
  code: string;
  name: string;
  unit: string;
  active: boolean;
  eshopSync: boolean;
  service: boolean;
  categories: string[];
  priceLists: MetakockaPriceList[];
  stockTotal: string | null;
  stock: MetakockaStockRow[];
  /** min_stock (API.md §3.2), a decimal string; null when Metakocka sends none. */
  minStock: string | null;
}

export interface MetakockaPartnerQuery {
  taxNumber?: string;
  email?: string;
  name?: string;
  mkId?: string;
}

export interface MkPort {
  /**
   * One page of the partner register; `complete` once the register is exhausted (API.md §2.2 get_partner paging caveat).
   * `unreadable`: partners that do not have the documented shape (sync issues, not a failed page), on the first page.
   */
  partnersPage(
    offset: number,
    limit: number,
  ): Promise<{ partners: MetakockaPartner[]; unreadable: UnreadableItem[]; complete: boolean }>;
  findPartners(query: MetakockaPartnerQuery): Promise<MetakockaPartner[]>;
  addPartner(
    draft: MetakockaPartnerDraft,
  ): Promise<{ mkId: string; contactMkId: string | null; addressMkIds: string[] }>;
  updatePartner(draft: MetakockaPartnerDraft & { mkId: string }): Promise<MetakockaPartner>;
  /**
   * product_list with prices and stock, 1000 rows at most; a shorter page is the last (API.md §2.3, §4). Rows that do not
   * have the documented shape are in `unreadable`; they count as rows of the page.
   */
  productsPage(
    offset: number,
    limit: number,
    filter: { eshopOnly: boolean; category?: string },
  ): Promise<{ products: MetakockaProduct[]; unreadable: UnreadableItem[] }>;
  /** An unreadable product fails the call: "not found" would deactivate it. */
  productsByMkIds(mkIds: string[]): Promise<MetakockaProduct[]>;
  /** The client's own document methods, for the documents stream. */
  documents: DocumentsMk;
  callCounts(): Record<string, number>;
}

export const MK_PRODUCT_PAGE_MAX = 1000;
