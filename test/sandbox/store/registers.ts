/**
 * The company's registers: tax codes, units, statuses, payment types, profit centres, currencies, countries.
 * Real registers are per company and cannot be listed through the API (API.md §3.3, §3.5, §6 item 8).
 */
import { dec, type Dec } from '../values/decimal';

/** Tax codes are codes, not rates (API.md §3.5). EX1 and EX2 rates are company-specific; here EX1 = 0 %, EX2 = 5 % (UNCONFIRMED). */
export const TAX_CODES: Record<string, { rate: Dec; desc: string }> = {
  EX4: { rate: dec('0.22'), desc: '22' },
  EX3: { rate: dec('0.095'), desc: '9.5' },
  EX2: { rate: dec('0.05'), desc: '5' },
  EX1: { rate: 0n, desc: '0' },
  '220': { rate: dec('0.22'), desc: '22' },
  '200': { rate: dec('0.2'), desc: '20' },
  '095': { rate: dec('0.095'), desc: '9.5' },
  '085': { rate: dec('0.085'), desc: '8.5' },
  '000': { rate: 0n, desc: '0' },
  // "0" is accepted and silently gives 0 % VAT (API.md §6 item 14).
  '0': { rate: 0n, desc: '0' },
};

/** Display order for "Valid values" texts (object keys that look like integers would otherwise sort first). */
export const TAX_CODE_NAMES = ['EX4', 'EX3', 'EX2', 'EX1', '220', '200', '095', '085', '000', '0'];

export const UNITS = ['kos', 'kom', 'kpl', 'kg', 'g', 'l', 'm', 'm2', 'm3', 'ura', 'stor', 'dan', 'pak'];

export interface StatusEntry {
  name: string;
  key: string;
  reserves: boolean;
}

/** Sales-order statuses as a company might name them; keys as seen on input (API.md §3.3). */
export const ORDER_STATUSES: StatusEntry[] = [
  { name: 'Novo naročilo', key: 'new_order', reserves: true },
  { name: 'Osnutek', key: 'draft', reserves: true },
  { name: 'Izdelan', key: 'created', reserves: true },
  { name: 'Pripravljeno za odpremo', key: 'ready_to_ship', reserves: true },
  { name: 'Odpremljen', key: 'shipped', reserves: false },
  { name: 'Preklican', key: 'canceled', reserves: false },
  { name: 'Izgubljen', key: 'lost', reserves: false },
  { name: 'Poškodovan', key: 'damaged', reserves: false },
  { name: 'Napaka pri odpremi', key: 'shipped_error', reserves: true },
  { name: 'Težava', key: 'problem', reserves: true },
];
export const OFFER_STATUSES: StatusEntry[] = [
  { name: 'Odprta', key: 'open', reserves: false },
  { name: 'Sprejeta', key: 'accepted', reserves: false },
  { name: 'Zavrnjena', key: 'rejected', reserves: false },
];
export const BILL_STATUSES: StatusEntry[] = [
  { name: 'Osnutek', key: 'draft', reserves: false }, // the docs' bill update sets "draft" (documents_update_document_bill.md)
  { name: 'Odprt', key: 'open', reserves: false },
  { name: 'Opomin poslan', key: 'reminder_sent', reserves: false },
  { name: 'Tožba', key: 'lawsuit', reserves: false },
];

/**
 * Warehouse-document statuses: the refusal example lists "active,finished,deleted" (OFF/docs/documents_concept.md
 * "Error example 2"); the put and search examples use "aktiven" and "delno_aktiven" (documents_put_document_whdocs.md).
 */
export const WAREHOUSE_STATUSES: StatusEntry[] = ['active', 'finished', 'deleted', 'aktiven', 'delno_aktiven'].map(
  (name) => ({ name, key: name, reserves: false }),
);

export function statusRegister(docType: string): StatusEntry[] {
  if (docType === 'sales_order') return ORDER_STATUSES;
  if (docType === 'sales_offer') return OFFER_STATUSES;
  if (docType.startsWith('warehouse_')) return WAREHOUSE_STATUSES;
  return BILL_STATUSES;
}

/** Payment-type register ("Vrsta plačila"); cash and card need fiscal cash registers (API.md §6 item 8). */
export const PAYMENT_TYPES = ['Transakcijski račun', 'Gotovina', 'Kartica BA', 'Prenos preplačila', 'PayPal'];
export const FISCAL_PAYMENT_TYPES = ['Gotovina', 'Kartica BA'];

export const PROFIT_CENTERS: Record<string, string> = {
  Splet: 'Spletna prodaja',
  Trgovina: 'Maloprodaja',
  Veleprodaja: 'Veleprodaja',
};
/** Used when a document names none (API.md §6 item 11). */
export const DEFAULT_PROFIT_CENTER = 'Splet';

export const CURRENCIES = ['EUR', 'HRK', 'USD', 'GBP', 'CHF'];

export const COUNTRIES: Record<string, { sl: string; en: string }> = {
  SI: { sl: 'Slovenija', en: 'Slovenia' },
  HR: { sl: 'Hrvaška', en: 'Croatia' },
  AT: { sl: 'Avstrija', en: 'Austria' },
  DE: { sl: 'Nemčija', en: 'Germany' },
  IT: { sl: 'Italija', en: 'Italy' },
  US: { sl: 'Združene države Amerike', en: 'United States' },
};

/** Resolves a country given as a name (Slovenian or English) or ISO-2 (API.md §3.1). Unknown names fall back to SI. */
export function countryIso(name: string | undefined): string {
  if (!name) return 'SI';
  const needle = name.trim().toLowerCase();
  for (const [iso, n] of Object.entries(COUNTRIES)) {
    if (iso.toLowerCase() === needle || n.sl.toLowerCase() === needle || n.en.toLowerCase() === needle) return iso;
  }
  return 'SI';
}

/** Number prefixes per type, after the examples of API.md §3.4 (PP-18495 order, PRD1_493 invoice, PP1_288 offer). */
export const NUMBER_PREFIX: Record<string, string> = {
  sales_offer: 'PP1_',
  sales_order: 'PP-',
  sales_bill_domestic: 'PRD1_',
  sales_bill_foreign: 'PRT1_',
  sales_bill_retail: 'MP1_',
  sales_bill_prepaid: 'AV1_',
  sales_bill_credit_note: 'DOB1_',
  purchase_order: 'NAR1_',
  purchase_bill_domestic: 'PRJ1_',
  purchase_bill_foreign: 'PRJT1_',
  purchase_bill_prepaid: 'PAV1_',
  purchase_bill_credit_note: 'PDOB1_',
  warehouse_delivery_note: 'SK1_', // as in OFF/docs/documents_get_document_whdocs.md ("SK1_2472")
  warehouse_packing_list: 'DOBN1_',
  warehouse_receiving_note: 'NPR1_',
  warehouse_acceptance_note: 'PRE1_',
};
