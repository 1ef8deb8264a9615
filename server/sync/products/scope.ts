// Which products the product filters keep (filters.productCategories, filters.eshopOnly). Both are applied after
// reading every product_list page, so a product that leaves the filters is seen and its Twenty record marked
// outOfSyncScope, never deleted (D63). A category name matches a label at any level of the product's tree, without
// case: the tree's shape (one container or nested nodes, docs/sandbox.md) does not change the labels on a path.
import type { SyncSettings } from 'server/settings/schema';
import type { MetakockaProduct } from '../mk-port';

type Filters = Pick<SyncSettings['filters'], 'productCategories' | 'eshopOnly'>;

const fold = (label: string) => label.trim().toLocaleLowerCase('sl-SI');

export function productInScope(filters: Filters, product: Pick<MetakockaProduct, 'eshopSync' | 'categories'>): boolean {
  if (filters.eshopOnly && !product.eshopSync) return false;
  if (filters.productCategories.length === 0) return true;
  const wanted = new Set(filters.productCategories.map(fold));
  return product.categories.some((label) => wanted.has(fold(label)));
}

export const productFiltersActive = (filters: Filters) => filters.eshopOnly || filters.productCategories.length > 0;

/** The labels of a product's category path as Twenty stores it ("Računalnik / Apple / MacBook", mapper.ts). */
export const categoryLabels = (path: string | null | undefined): string[] =>
  (path ?? '')
    .split(' / ')
    .map((label) => label.trim())
    .filter((label) => label !== '');
