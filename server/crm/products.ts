// metakockaProduct records (names: CONTRACTS.md "Object and field API names").
import { CURRENCY_SELECTION, SYSTEM_SELECTION, type CurrencyValue, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface ProductRecord extends SystemFields {
  metakockaId: string;
  code: string;
  name: string;
  unit: string;
  netPrice: CurrencyValue;
  grossPrice: CurrencyValue;
  priceLists: unknown;
  vatRate: number | string | null;
  vatCode: string;
  category: string;
  eshopSync: boolean | null;
  stockTotal: number | string | null;
  stockByWarehouse: unknown;
  isActive: boolean | null;
  minStock: number | string | null;
  isBelowMinimum: boolean | null;
  isEshopWithoutStock: boolean | null;
  /** The product filters leave it out (D63). */
  outOfSyncScope: boolean | null;
  syncHash: string | null;
  lastSyncedAt: string | null;
}

export type ProductDraft = Partial<Omit<ProductRecord, keyof SystemFields>> & { id?: string; metakockaId: string };

export const PRODUCT_SELECTION = `${SYSTEM_SELECTION} metakockaId code name unit netPrice { ${CURRENCY_SELECTION} } grossPrice { ${CURRENCY_SELECTION} }
  priceLists vatRate vatCode category eshopSync stockTotal stockByWarehouse isActive minStock isBelowMinimum
  isEshopWithoutStock outOfSyncScope syncHash lastSyncedAt`;

export type ProductsRepo = RecordRepo<ProductRecord, ProductDraft>;

export const createProductsRepo = (gateway: CrmGateway): ProductsRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'metakockaProduct',
    namePlural: 'metakockaProducts',
    selection: PRODUCT_SELECTION,
  });
