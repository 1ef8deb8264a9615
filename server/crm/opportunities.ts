// The standard opportunity (contract/standard-objects-fields.json): its customer, contact and currency seed a document.
import { CURRENCY_SELECTION, selectionOf, type CurrencyValue, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface OpportunityRecord extends SystemFields {
  name: string;
  companyId: string | null;
  pointOfContactId: string | null;
  amount: CurrencyValue | null;
}

export type OpportunitiesRepo = RecordRepo<OpportunityRecord, Partial<OpportunityRecord>>;

export const createOpportunitiesRepo = (gateway: CrmGateway): OpportunitiesRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'opportunity',
    namePlural: 'opportunities',
    selection: selectionOf<OpportunityRecord>({
      name: true,
      companyId: true,
      pointOfContactId: true,
      amount: CURRENCY_SELECTION,
    }),
  });
