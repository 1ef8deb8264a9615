/** Records of the in-memory Metakocka company. Fields are camelCase; the wire/ modules turn them into API shapes. */
import type { Dec } from '../values/decimal';
import type { Ymd } from '../values/dates';

export type AddressType = 'Račun' | 'Dobava' | 'Poslovna enota';

export interface Address {
  mkId: string;
  type: AddressType;
  street: string;
  postNumber: string;
  city: string;
  province?: string;
  /** ISO-2; the register shows the Slovenian country name, documents the English one (API.md §8.1 vs §8.3). */
  countryIso2: string;
  paymentDueDays?: string;
  language?: string;
  currency?: string;
}

export interface Contact {
  mkId: string;
  mkAddressId: string;
  name: string;
  email?: string;
  phone?: string;
  gsm?: string;
  fax?: string;
}

export interface Partner {
  mkId: string;
  countCode: string;
  customer: string;
  businessEntity: boolean;
  taxpayer: boolean;
  foreign: boolean;
  buyer: boolean;
  supplier: boolean;
  taxIdNumber?: string;
  registrationNumber?: string;
  addresses: Address[];
  contacts: Contact[];
  /** Wire values sent as they are, over the record's own: a test's malformed record (e.g. { amount: 'abc' }). */
  wireOverride?: Record<string, unknown>;
}

export interface Pricelist {
  countCode: string;
  title: string;
  salesPurchase: 'sales' | 'purchase';
  currencyCode: string;
  /** A pricelist is net or gross by construction (API.md §2.3, §6 item 17). */
  priceType: 'net' | 'gross';
}

export interface PriceBreak {
  amountFrom?: Dec;
  amountTo?: Dec;
  /** Net price on a net list, gross price on a gross list. */
  price: Dec;
  discount?: Dec;
  tax: string;
}

export interface ProductPrice {
  pricelistCountCode: string;
  salesPurchase: 'sales' | 'purchase';
  breaks: PriceBreak[];
}

export interface Product {
  mkId: string;
  countCode: string;
  code: string;
  barcode?: string;
  name: string;
  nameDesc?: string;
  unit: string;
  service: boolean;
  sales: boolean;
  purchasing: boolean;
  work: boolean;
  activated: boolean;
  eshopSync: boolean;
  weight?: Dec;
  /** min_stock (API.md §3.2); 0 or absent sets no minimum. */
  minStock?: Dec;
  /** The product's own tax attribute; lines of a product without one must carry a tax (API.md §2.5). */
  tax?: string;
  /** Category paths, e.g. [['Elektronika', 'Kabli']]. */
  categories: string[][];
  prices: ProductPrice[];
  /** Internal only: products have no change timestamp on the wire (API.md §4). Bumped by writes and touchProduct. */
  changedAt: number;
  /** Wire values sent as they are, over the record's own: a test's malformed record (e.g. { amount: 'abc' }). */
  wireOverride?: Record<string, unknown>;
}

export interface Warehouse {
  mkId: string;
  mark: string;
  name: string;
  street?: string;
  post?: string;
  place?: string;
  country?: string;
  main: boolean;
  active: boolean;
}

export interface StockRow {
  warehouseMkId: string;
  productMkId: string;
  microlocation?: string;
  /** May be negative (API.md §2.4). */
  amount: Dec;
}

export interface PartyRef {
  partnerMkId: string;
  addressMkId: string;
}

export interface DocLine {
  rowId: string;
  productMkId: string;
  amount: Dec;
  /** Net unit price. */
  price: Dec;
  /** Kept when the line was sent gross; Metakocka then shows both (API.md §3.3, live 171.31 / 209). */
  priceWithTax?: Dec;
  /** Raw percentage text, chained with ';' (API.md §6 item 15). */
  discount: string;
  tax: string;
  name: string;
  docDesc?: string;
}

export interface Payment {
  paymentType: string;
  date: Ymd;
  amount: Dec;
  notes?: string;
}

/** Every document type the sandbox keeps: sales, purchase and warehouse documents share one shape (API.md §2.8, §3.3). */
export type SalesDocType =
  | 'sales_offer'
  | 'sales_order'
  | 'sales_bill_domestic'
  | 'sales_bill_foreign'
  | 'sales_bill_retail'
  | 'sales_bill_prepaid'
  | 'sales_bill_credit_note'
  | 'purchase_order'
  | 'purchase_bill_domestic'
  | 'purchase_bill_foreign'
  | 'purchase_bill_prepaid'
  | 'purchase_bill_credit_note'
  | 'warehouse_delivery_note'
  | 'warehouse_packing_list'
  | 'warehouse_receiving_note'
  | 'warehouse_acceptance_note';

export interface SalesDocument {
  mkId: string;
  docType: SalesDocType;
  countCode: string;
  docDate: Ymd;
  partner: PartyRef;
  receiver?: PartyRef;
  currencyCode: string;
  warehouseMark: string;
  profitCenter: string;
  /** Status key (status_desc); the register name is derived. Absent = no status (API.md §3.3). */
  statusKey?: string;
  /** Plain head fields kept as sent (title, notes, buyer_order, ...); replaced wholesale by put_document with mk_id. */
  head: Record<string, string>;
  /** Head dates (duo_payment, delivery_deadline, ...), validated like doc_date. */
  dates: Record<string, Ymd>;
  lines: DocLine[];
  payments: Payment[];
  discountPercent?: Dec;
  discountValue?: Dec;
  offerList: string[];
  salesOrderList: string[];
  extraColumns: Array<{ name: string; value: string }>;
  bankRefNumber: string;
  createdTs: number;
  /** Orders only on the wire via the last_change filters (API.md §4). */
  lastChangeTs: number;
  /** Set when a user issues the invoice in Metakocka; API-created bills are not issued (API.md §6 item 26). */
  publishTs?: number;
  /** Files added with add_attachment (names only; the bytes are not kept). */
  attachments?: string[];
  /** Reservations this document holds, so they can be undone exactly (API.md §2.4 "Item 8"). */
  reserved: Array<{ productMkId: string; warehouseMkId: string; amount: Dec }>;
  /** Wire values sent as they are, over the record's own: a test's malformed record (e.g. { amount: 'abc' }). */
  wireOverride?: Record<string, unknown>;
}

/** A complaint (reclamation, return or replacement) against a sales order (OFF/docs/create_complaint.md, get_complaint.md). */
export interface Complaint {
  mkId: string;
  countCode: string;
  claimType: string;
  status: string;
  orderMkId: string;
  products: Array<{ productMkId: string; amount: Dec }>;
  description?: string;
  note?: string;
  returnTrackingCode?: string;
  createdTs: number;
  lastChangeTs: number;
}
