/**
 * The sandbox's partners and products as the sync sees them. Reads go through the sandbox's own wire shape and the
 * app's parser and mapper (so a test inspects what the sync would read); writes turn a sync-shaped record into the
 * store's, as a user editing in Metakocka would. One store, two views: never a second copy of the data.
 */
import { mkPartnerSchema } from 'server/metakocka/schemas/partner.schema';
import { mkProductSchema } from 'server/metakocka/schemas/product.schema';
import { partnerFromWire, productFromWire } from 'server/sync/metakocka-adapter';
import type { MetakockaPartner, MetakockaProduct } from 'server/sync/mk-port';
import { countryIso } from './store/registers';
import type { SandboxStore } from './store/store';
import type { AddressType, Partner, Product, Warehouse } from './store/types';
import { dec } from './values/decimal';
import { partnerWire } from './wire/partner-wire';
import { productWire } from './wire/product-wire';

const EVERYTHING = { stock: true, freeAmount: false, pricelist: true, taxFactor: true, category: true };

function toStorePartner(p: MetakockaPartner): Partner {
  return {
    mkId: p.mkId,
    countCode: p.countCode,
    customer: p.name,
    businessEntity: p.businessEntity,
    taxpayer: p.taxpayer,
    foreign: p.foreign,
    buyer: p.buyer,
    supplier: false,
    taxIdNumber: p.taxIdNumber || undefined,
    addresses: p.addresses.map((a) => ({
      mkId: a.mkId,
      type: a.type as AddressType,
      street: a.street,
      postNumber: a.postNumber,
      city: a.city,
      province: a.province || undefined,
      countryIso2: countryIso(a.country),
    })),
    contacts: p.contacts.map((c) => ({
      mkId: c.mkId,
      mkAddressId: c.addressMkId,
      name: c.name,
      email: c.email || undefined,
      gsm: c.gsm || undefined,
      phone: c.phone || undefined,
    })),
  };
}

function toStoreProduct(p: MetakockaProduct): Product {
  return {
    mkId: p.mkId,
    countCode: p.countCode,
    code: p.code,
    name: p.name,
    unit: p.unit,
    service: p.service,
    sales: true,
    purchasing: false,
    work: false,
    activated: p.active,
    eshopSync: p.eshopSync,
    minStock: p.minStock === null ? undefined : dec(p.minStock),
    categories: p.categories.map((label) => [label]),
    prices: p.priceLists.map((list) => ({
      pricelistCountCode: list.countCode,
      salesPurchase: list.salesPurchase === 'purchase' ? 'purchase' : 'sales',
      breaks: [{ price: dec(list.price ?? list.priceWithTax ?? '0'), tax: list.taxCode }],
    })),
    changedAt: 0,
  };
}

export class PartnerShelf {
  constructor(private readonly store: SandboxStore) {}

  get(mkId: string): MetakockaPartner | undefined {
    const p = this.store.partners.get(mkId);
    return p && partnerFromWire(mkPartnerSchema.parse(partnerWire(p)));
  }
  /** Adds the partner, or replaces the one with that id in place (its addresses and contacts with it). */
  set(mkId: string, partner: MetakockaPartner): this {
    const record = toStorePartner({ ...partner, mkId });
    const existing = this.store.partners.get(mkId);
    if (existing) {
      Object.assign(existing, record);
      this.store.partners.reindex(existing);
    } else this.store.partners.insert(record);
    return this;
  }
  has(mkId: string): boolean {
    return this.store.partners.get(mkId) !== undefined;
  }
  keys(): string[] {
    return this.store.partners.list().map((p) => p.mkId);
  }
  values(): MetakockaPartner[] {
    return this.keys().map((mkId) => this.get(mkId)!);
  }
  get size(): number {
    return this.store.partners.list().length;
  }
}

export class ProductShelf {
  constructor(private readonly store: SandboxStore) {}

  private read(p: Product): MetakockaProduct {
    return productFromWire(mkProductSchema.parse(productWire(this.store, p, EVERYTHING)));
  }
  private warehouse(mark: string): Warehouse {
    const known = this.store.warehouses.list().find((w) => w.mark === mark);
    if (known) return known;
    return this.store.warehouses.insert({
      mkId: this.store.nextRegisterId(),
      mark,
      name: mark,
      main: false,
      active: true,
    });
  }
  private writeStock(p: MetakockaProduct): void {
    for (const row of this.store.stock.forProduct(p.mkId)) row.amount = 0n;
    for (const row of p.stock) this.store.stock.setAmount(p.mkId, this.warehouse(row.warehouse).mkId, dec(row.amount));
  }

  get length(): number {
    return this.store.products.count();
  }
  at(index: number): MetakockaProduct | undefined {
    return index < this.length ? this.read(this.store.products.at(index)) : undefined;
  }
  get(mkId: string): MetakockaProduct | undefined {
    const p = this.store.products.get(mkId);
    return p && this.read(p);
  }
  list(): MetakockaProduct[] {
    return this.store.products.list().map((p) => this.read(p));
  }
  push(...products: MetakockaProduct[]): void {
    for (const p of products) {
      this.store.products.insert(toStoreProduct(p));
      this.writeStock(p);
    }
  }
  /** A change made in Metakocka: `change` edits the product as the sync would read it. */
  update(mkId: string, change: (p: MetakockaProduct) => void): void {
    const stored = this.store.products.get(mkId);
    if (!stored) throw new Error(`no sandbox product ${mkId}`);
    const next = this.read(stored);
    change(next);
    const { code, countCode } = stored;
    Object.assign(stored, toStoreProduct(next), { changedAt: this.store.now() });
    this.store.products.recode(stored, code, countCode);
    this.writeStock(next);
  }
  /** A product deleted in Metakocka: gone from every listing. */
  remove(mkId: string): void {
    this.store.products.remove(mkId);
  }
}
