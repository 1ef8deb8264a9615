// metakockaWarehouse records: the stock by warehouse a products sync counted (names: plugin/constants/names.ts).
import { SYSTEM_SELECTION, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface WarehouseRecord extends SystemFields {
  name: string;
  mark: string;
  stockUnits: number | string | null;
  productsInStock: number | null;
  lastSyncedAt: string | null;
}

export type WarehouseDraft = Partial<Omit<WarehouseRecord, keyof SystemFields>> & { id?: string; mark: string };

export type WarehousesRepo = RecordRepo<WarehouseRecord, WarehouseDraft>;

export const createWarehousesRepo = (gateway: CrmGateway): WarehousesRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'metakockaWarehouse',
    namePlural: 'metakockaWarehouses',
    selection: `${SYSTEM_SELECTION} name mark stockUnits productsInStock lastSyncedAt`,
  });
