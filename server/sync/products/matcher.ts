// Finds the Twenty product for a Metakocka product: by binding (metakockaId), else by product code on a first sync.
import type { ProductRecord } from 'server/crm';
import { indexBy, isExcluded, matchOne, type MatchResult } from '../bindings';

export interface ProductIndex {
  byMkId: Map<string, ProductRecord[]>;
  unboundByCode: Map<string, ProductRecord[]>;
}

export function indexProducts(bound: ProductRecord[], byCode: ProductRecord[]): ProductIndex {
  return {
    byMkId: indexBy(bound, (p) => p.metakockaId),
    // Product code (šifra) is the practical join key (API.md §6 item 27); only records not bound elsewhere are candidates.
    unboundByCode: indexBy(
      byCode.filter((p) => !p.metakockaId),
      (p) => p.code,
    ),
  };
}

export function matchProduct(index: ProductIndex, mkId: string, code: string): MatchResult<ProductRecord> {
  const bound = index.byMkId.get(mkId)?.[0];
  return matchOne(bound, bound ? [] : (index.unboundByCode.get(code) ?? []), (p) =>
    isExcluded({ ...p, metakockaSyncExcluded: false }),
  );
}
