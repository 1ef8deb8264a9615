/**
 * The in-memory Metakocka company. Repositories hand out the live records: tests may read and edit them, then call
 * touchProduct / touchDocument so that the change is visible the way a user's edit in Metakocka would be.
 */
import { ORDER_STATUSES, NUMBER_PREFIX } from './registers';
import { DocumentBook } from './document-book';
import { ProductRegistry } from './product-registry';
import { StockBook } from './stock-book';
import type { Complaint, Partner, Pricelist, Product, SalesDocument, Warehouse } from './types';

export { DocumentBook } from './document-book';
export { ProductRegistry, type LazyProducts } from './product-registry';
export { StockBook } from './stock-book';

export interface StoreSettings {
  /** get_partner without filters: honour limit/offset or return everything (API.md §2.2: both must be possible). */
  partnerPaging: 'ignored' | 'honoured';
  /** Partner methods answer without opr_code on success as OFF documents them, or with it (API.md §1.3). */
  partnerOprCode: 'omit' | 'include';
  /** warehouse_stock wh_id_list: one integrator saw other warehouses' rows anyway (API.md §2.4, UNCONFIRMED). */
  stockWarehouseFilter: 'honoured' | 'ignored';
  /** Cash/card payment types are refused unless fiscal cash registers are on (API.md §6 item 8). */
  fiscalCashRegisters: boolean;
  /** Processing time a search holds the company's search lane (ms), on top of latency (API.md §4, §6 item 22). */
  searchWorkMs: number;
  /** The company allows calls only from listed IPs and this caller is not one (opr_code 4, API.md §1.2, §5.2 [L]). */
  ipBlocked: boolean;
  /** Users that sync_stock and friends accept as api_user_email (API.md §1.2). */
  apiUserEmails: string[];
}

export const DEFAULT_SETTINGS: StoreSettings = {
  partnerPaging: 'ignored',
  partnerOprCode: 'omit',
  stockWarehouseFilter: 'honoured',
  fiscalCashRegisters: false,
  searchWorkMs: 0,
  ipBlocked: false,
  apiUserEmails: ['api@sandbox.example'],
};

class Registry<T extends { mkId: string }> {
  protected readonly items: T[] = [];
  protected readonly byId = new Map<string, T>();
  list(): T[] {
    return this.items;
  }
  get(mkId: string): T | undefined {
    return this.byId.get(mkId);
  }
  count(): number {
    return this.items.length;
  }
  insert(item: T): T {
    this.items.push(item);
    this.byId.set(item.mkId, item);
    return item;
  }
}

export class PartnerRegistry extends Registry<Partner> {
  private readonly addressOwner = new Map<string, Partner>();
  override insert(p: Partner): Partner {
    super.insert(p);
    this.reindex(p);
    return p;
  }
  /** Call after adding addresses to a partner. */
  reindex(p: Partner): void {
    for (const a of p.addresses) this.addressOwner.set(a.mkId, p);
  }
  ownerOfAddress(addressMkId: string): Partner | undefined {
    return this.addressOwner.get(addressMkId);
  }
}

export class WarehouseRegistry extends Registry<Warehouse> {
  byMark(mark: string): Warehouse | undefined {
    return this.items.find((w) => w.mark === mark);
  }
  main(): Warehouse {
    const w = this.items.find((x) => x.main) ?? this.items[0];
    if (!w) throw new Error('the sandbox company has no warehouse');
    return w;
  }
}

export class SandboxStore {
  readonly partners = new PartnerRegistry();
  readonly products = new ProductRegistry();
  readonly warehouses = new WarehouseRegistry();
  readonly stock = new StockBook();
  readonly documents = new DocumentBook();
  readonly pricelists: Pricelist[] = [];
  readonly complaints: Complaint[] = [];
  readonly settings: StoreSettings;
  private registerSeq = 1600000000;
  private documentSeq = 400000000000;
  private rowSeq = 1200000000000;
  private partnerCode = 1000;
  private productCode = 1000;
  private readonly docNumbers = new Map<string, number>();

  constructor(
    readonly clock: () => Date,
    settings: Partial<StoreSettings> = {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.stock.beforeScan = () => {
      this.products.list();
    };
  }

  /** Reserves a block of register ids for lazily seeded records; returns the first one. */
  reserveRegisterIds(count: number): number {
    const first = this.registerSeq + 1;
    this.registerSeq += count;
    return first;
  }

  /** Reserves product numbers PA_<n> for lazily seeded products; returns the first n. */
  reserveProductCodes(count: number): number {
    const first = this.productCode + 1;
    this.productCode += count;
    return first;
  }

  now(): number {
    return this.clock().getTime();
  }
  nextRegisterId(): string {
    return String(++this.registerSeq);
  }
  nextDocumentId(): string {
    return String(++this.documentSeq);
  }
  nextRowId(): string {
    return String(++this.rowSeq);
  }
  nextPartnerCode(): string {
    return String(++this.partnerCode);
  }
  nextProductCode(): string {
    return `PA_${++this.productCode}`;
  }
  /** Metakocka numbers a document when count_code is absent (API.md §2.5); prefixes after §3.4. */
  nextDocumentNumber(docType: string, prefix = NUMBER_PREFIX[docType] ?? ''): string {
    const key = `${docType}|${prefix}`;
    const n = (this.docNumbers.get(key) ?? 1000) + 1;
    this.docNumbers.set(key, n);
    return `${prefix}${n}`;
  }

  /**
   * Metakocka's own default numbering ("1/2026"), which a document gets when the count_code it was sent is already
   * taken (RH docs/metakocka-verification.md "Finding C", live: sent an existing count_code, got "1/2026").
   */
  nextDefaultNumber(docType: string, year: string): string {
    const key = `${docType}|default|${year}`;
    const n = (this.docNumbers.get(key) ?? 0) + 1;
    this.docNumbers.set(key, n);
    return `${n}/${year}`;
  }

  pricelist(countCode: string, salesPurchase: 'sales' | 'purchase' = 'sales'): Pricelist | undefined {
    // A pricelist count_code is unique only together with sales/purchase (API.md §3.2 note).
    return this.pricelists.find((p) => p.countCode === countCode && p.salesPurchase === salesPurchase);
  }

  /** Marks a product as edited (products have no change feed on the wire, API.md §4; sync must rescan to see this). */
  touchProduct(mkId: string): Product {
    const p = this.products.get(mkId);
    if (!p) throw new Error(`no product ${mkId}`);
    p.changedAt = this.now();
    return p;
  }

  /** Marks a document as changed: its last_change_ts moves, so last_change_from/to searches see it (API.md §4). */
  touchDocument(mkId: string): SalesDocument {
    const d = this.documents.get(mkId);
    if (!d) throw new Error(`no document ${mkId}`);
    d.lastChangeTs = this.now();
    return d;
  }

  /** A user issues an invoice in Metakocka (API-created ones are not issued, API.md §6 item 26). */
  issueDocument(mkId: string): SalesDocument {
    const d = this.touchDocument(mkId);
    d.publishTs = this.now();
    return d;
  }

  /** A user deletes a document in the UI; its mk_id then answers "Cannot find document" (API.md §6 item 25). */
  deleteDocumentAsUser(mkId: string): void {
    const d = this.documents.get(mkId);
    if (d) this.releaseReservations(d);
    this.documents.remove(mkId);
  }

  /** Applies a sales order's reservations when its status reserves stock (API.md §2.4 "Item 8"). */
  applyReservations(doc: SalesDocument): void {
    this.releaseReservations(doc);
    if (doc.docType !== 'sales_order') return;
    const status = ORDER_STATUSES.find((s) => s.key === doc.statusKey);
    if (status && !status.reserves) return;
    const wh = this.warehouses.byMark(doc.warehouseMark) ?? this.warehouses.main();
    for (const line of doc.lines) {
      const product = this.products.get(line.productMkId);
      if (!product || product.service || line.amount <= 0n) continue;
      this.stock.reserve(product.mkId, wh.mkId, line.amount);
      doc.reserved.push({ productMkId: product.mkId, warehouseMkId: wh.mkId, amount: line.amount });
    }
  }

  releaseReservations(doc: SalesDocument): void {
    for (const r of doc.reserved) this.stock.reserve(r.productMkId, r.warehouseMkId, -r.amount);
    doc.reserved = [];
  }
}
