// company records with the app's Metakocka fields (names: CONTRACTS.md "Fields on standard objects").
import {
  ADDRESS_SELECTION,
  LINKS_SELECTION,
  SYSTEM_SELECTION,
  type AddressValue,
  type LinksValue,
  type SystemFields,
} from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface CompanyRecord extends SystemFields {
  name: string;
  domainName: LinksValue;
  address: AddressValue;
  metakockaPartnerId: string | null;
  metakockaPartnerCode: string | null;
  metakockaTaxNumber: string | null;
  metakockaVatPayer: boolean | null;
  metakockaDeliveryAddresses: unknown;
  metakockaSyncHash: string | null;
  metakockaSyncExcluded: boolean | null;
  metakockaSyncStatus: string | null;
  metakockaLastSyncedAt: string | null;
}

export type CompanyDraft = Partial<Omit<CompanyRecord, keyof SystemFields | 'domainName' | 'address'>> & {
  id?: string;
  domainName?: Partial<LinksValue>;
  address?: Partial<AddressValue>;
  metakockaLink?: Partial<LinksValue>;
};

export const COMPANY_SELECTION = `${SYSTEM_SELECTION} name domainName { ${LINKS_SELECTION} } address { ${ADDRESS_SELECTION} }
  metakockaPartnerId metakockaPartnerCode metakockaTaxNumber metakockaVatPayer metakockaDeliveryAddresses
  metakockaSyncHash metakockaSyncExcluded metakockaSyncStatus metakockaLastSyncedAt`;

export type CompaniesRepo = RecordRepo<CompanyRecord, CompanyDraft>;

export const createCompaniesRepo = (gateway: CrmGateway): CompaniesRepo =>
  createRecordRepo(gateway, { nameSingular: 'company', namePlural: 'companies', selection: COMPANY_SELECTION });
