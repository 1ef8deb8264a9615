// The Metakocka client as the rest of the app sees it (CONTRACTS.md "Metakocka client (B)").
import { createMetakockaCaller, type MetakockaConfig } from './client';
import { documentsApi, type DocumentsApi } from './documents';
import { partnersApi, type PartnersApi } from './partners';
import { productsApi, type ProductsApi } from './products';
import { searchApi, type SearchApi } from './search';
import { uncertainWriteLookups, type UncertainWriteLookups } from './uncertain';
import { warehousesApi, type WarehousesApi } from './warehouses';

export interface MetakockaClient
  extends PartnersApi, ProductsApi, WarehousesApi, SearchApi, DocumentsApi, UncertainWriteLookups {
  /** HTTP requests sent so far, per Metakocka method (retries included); the sync reports these. */
  callCounts(): Record<string, number>;
}

export function createMetakockaClient(cfg: MetakockaConfig): MetakockaClient {
  const caller = createMetakockaCaller(cfg);
  const api = {
    ...partnersApi(caller),
    ...productsApi(caller),
    ...warehousesApi(caller),
    ...searchApi(caller),
    ...documentsApi(caller),
  };
  return { ...api, ...uncertainWriteLookups(api), callCounts: caller.callCounts };
}

export type { MetakockaConfig, MkFile } from './client';
export * from './errors';
export type { MkDocumentWire, MkDocumentLineWire } from './schemas/document.schema';
export type {
  MkPartnerWire,
  MkPartnerAddressWire,
  MkPartnerContactWire,
  MkAddPartnerResultWire,
} from './schemas/partner.schema';
export type { MkProductWire, MkPriceListWire, MkWriteResultWire } from './schemas/product.schema';
export type { MkSearchHitWire } from './schemas/search.schema';
export type { MkStockRowWire } from './schemas/stock.schema';
export type { MkWarehouseWire } from './schemas/warehouse.schema';
export type { ParsedItems, UnreadableItem } from './parse';
export type { ProductPage, ProductPageRequest } from './products';
export type { SearchPage, SearchRequest } from './search';
export type { StockPage, StockPageRequest } from './warehouses';
export * from './values';
