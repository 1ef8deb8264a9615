/** The product catalogue, seeded lazily (see LazyProducts). */
import type { Product } from './types';

/**
 * Products. A large seed is made lazily: product i is built from (seed, i) the first time anything reads it, so the
 * sandbox starts quickly with 100,000 products (issue #3: "generate lazily or compactly"). Reading order does not change
 * a product: each one has its own PRNG stream.
 */
export interface LazyProducts {
  count: number;
  make(index: number): Product;
  /** The seeded index a code or count_code would belong to, if it has the seeded form. */
  indexOfCode(code: string): number | undefined;
  indexOfCountCode(countCode: string): number | undefined;
  /** mk_id of seeded product 0; product i has firstMkId + i. */
  firstMkId: number;
}

export class ProductRegistry {
  private lazy: LazyProducts | undefined;
  private readonly slots: Array<Product | undefined> = [];
  private readonly added: Product[] = [];
  private readonly byId = new Map<string, Product>();
  private readonly codes = new Map<string, Product>();
  private readonly countCodes = new Map<string, Product>();
  /** Seeded codes that a product_update changed away; they no longer find anything. */
  private readonly retired = new Set<string>();

  seedLazily(lazy: LazyProducts): void {
    if (this.lazy || this.added.length > 0) throw new Error('products can be seeded only once, before any is added');
    this.lazy = lazy;
  }

  private seededCount(): number {
    return this.lazy?.count ?? 0;
  }
  count(): number {
    return this.seededCount() + this.added.length;
  }

  /** The product at a position of the catalogue (seeded first, then added ones). */
  at(index: number): Product {
    const seeded = this.seededCount();
    if (index >= seeded) {
      const p = this.added[index - seeded];
      if (!p) throw new Error(`no product at position ${index}`);
      return p;
    }
    const made = this.slots[index];
    if (made) return made;
    const p = this.lazy!.make(index);
    this.slots[index] = p;
    return p;
  }

  /** Products in [start, end) without building the rest. */
  slice(start: number, end: number): Product[] {
    const out: Product[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.count()); i++) out.push(this.at(i));
    return out;
  }

  list(): Product[] {
    return this.slice(0, this.count());
  }

  get(mkId: string): Product | undefined {
    if (this.lazy && /^\d+$/.test(mkId)) {
      const i = Number(mkId) - this.lazy.firstMkId;
      if (i >= 0 && i < this.lazy.count) return this.at(i);
    }
    return this.byId.get(mkId);
  }

  byCode(code: string): Product | undefined {
    return this.codes.get(code) ?? this.seededBy(code, this.lazy?.indexOfCode(code), (p) => p.code);
  }

  byCountCode(countCode: string): Product | undefined {
    return (
      this.countCodes.get(countCode) ??
      this.seededBy(countCode, this.lazy?.indexOfCountCode(countCode), (p) => p.countCode)
    );
  }

  private seededBy(value: string, index: number | undefined, field: (p: Product) => string): Product | undefined {
    if (index === undefined || index < 0 || index >= this.seededCount() || this.retired.has(value)) return undefined;
    const p = this.at(index);
    return field(p) === value ? p : undefined;
  }

  insert(p: Product): Product {
    this.added.push(p);
    this.byId.set(p.mkId, p);
    this.codes.set(p.code, p);
    this.countCodes.set(p.countCode, p);
    return p;
  }

  /** Deletes an added product, as a user deleting it in Metakocka would: no listing or lookup finds it again. */
  remove(mkId: string): void {
    const p = this.byId.get(mkId);
    const at = p ? this.added.indexOf(p) : -1;
    if (!p || at < 0) throw new Error(`no added product ${mkId} to delete`);
    this.added.splice(at, 1);
    this.byId.delete(mkId);
    if (this.codes.get(p.code) === p) this.codes.delete(p.code);
    if (this.countCodes.get(p.countCode) === p) this.countCodes.delete(p.countCode);
  }

  /** Keeps the code indexes right after a code or count_code change. */
  recode(p: Product, oldCode: string, oldCountCode: string): void {
    if (oldCode !== p.code) {
      if (this.codes.get(oldCode) === p) this.codes.delete(oldCode);
      this.retired.add(oldCode);
      this.retired.delete(p.code);
    }
    if (oldCountCode !== p.countCode) {
      if (this.countCodes.get(oldCountCode) === p) this.countCodes.delete(oldCountCode);
      this.retired.add(oldCountCode);
      this.retired.delete(p.countCode);
    }
    this.codes.set(p.code, p);
    this.countCodes.set(p.countCode, p);
  }
}
