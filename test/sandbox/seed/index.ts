/** Deterministic seed of a whole company from one number (issue #3 item 4). */
import type { SandboxStore } from '../store/store';
import { createPrng } from '../values/prng';
import { seedProducts, seedRegisters } from './catalogue';
import { seedDocuments } from './documents';
import { seedPartners } from './partners';

export interface SeedSizes {
  products: number;
  partners: number;
  documents: number;
}

export const MAX_SIZES: SeedSizes = { products: 100_000, partners: 20_000, documents: 50_000 };

export function seedStore(store: SandboxStore, seed: number, sizes: SeedSizes): void {
  for (const key of Object.keys(MAX_SIZES) as Array<keyof SeedSizes>) {
    const n = sizes[key];
    if (!Number.isInteger(n) || n < 0 || n > MAX_SIZES[key]) {
      throw new Error(`Seed size ${key}=${n} is out of range: use a whole number from 0 to ${MAX_SIZES[key]}.`);
    }
  }
  // Separate streams per part, so adding documents does not change which products are generated.
  seedRegisters(store, createPrng(seed));
  seedProducts(store, seed, sizes.products);
  seedPartners(store, createPrng(seed * 31 + 2), sizes.partners);
  seedDocuments(store, createPrng(seed * 31 + 3), sizes.documents);
}
