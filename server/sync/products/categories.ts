// The category names on the products Twenty holds, for the product filter's picker: Metakocka has no call that lists
// categories (API.md §2.3), and the products stream writes each product's path ("Računalnik / Apple / MacBook").
// Only the category field is read, 200 products a call, up to a bound; each label of a path is a name the filter
// matches (scope.ts), so every level is offered.
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo } from 'server/crm/records';
import type { ProductCategoriesAnswer } from 'server/routes/contracts';
import { categoryLabels } from './scope';

/** 50 reads at most; a larger catalogue is summarised from its first products and says so (typed entry still works). */
export const CATEGORY_SCAN_LIMIT = 10_000;
const PAGE = 200;

const WITH_CATEGORY = { and: [{ category: { is: 'NOT_NULL' } }, { category: { neq: '' } }] };

export async function productCategories(gateway: CrmGateway): Promise<ProductCategoriesAnswer> {
  const repo = createRecordRepo<{ id: string; category: string | null }, never>(gateway, {
    nameSingular: 'metakockaProduct',
    namePlural: 'metakockaProducts',
    selection: 'id category',
  });
  const counts = new Map<string, { name: string; products: number }>();
  let after: string | null = null;
  let read = 0;
  for (;;) {
    const page = await repo.page(after, PAGE, WITH_CATEGORY);
    for (const product of page.records) {
      // The same name in another case is one category to the filter, so it is offered once.
      for (const label of new Set(categoryLabels(product.category))) {
        const key = label.toLocaleLowerCase('sl-SI');
        const entry = counts.get(key) ?? { name: label, products: 0 };
        entry.products += 1;
        counts.set(key, entry);
      }
    }
    read += page.records.length;
    after = page.endCursor;
    if (!page.hasNextPage || !after) return answer(counts, read, false);
    if (read >= CATEGORY_SCAN_LIMIT) return answer(counts, read, true);
  }
}

const answer = (counts: Map<string, { name: string; products: number }>, read: number, truncated: boolean) => ({
  categories: [...counts.values()].sort((a, b) => b.products - a.products || a.name.localeCompare(b.name, 'sl')),
  productsRead: read,
  truncated,
});
