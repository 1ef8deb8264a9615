// person records with the app's Metakocka fields (names: CONTRACTS.md "Fields on standard objects").
import {
  EMAILS_SELECTION,
  PHONES_SELECTION,
  SYSTEM_SELECTION,
  type EmailsValue,
  type PhonesValue,
  type SystemFields,
} from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface PersonRecord extends SystemFields {
  name: { firstName: string; lastName: string };
  emails: EmailsValue;
  phones: PhonesValue;
  jobTitle: string;
  companyId: string | null;
  metakockaPartnerId: string | null;
  metakockaContactId: string | null;
  metakockaPartnerCode: string | null;
  metakockaTaxNumber: string | null;
  metakockaDeliveryAddresses: unknown;
  metakockaSyncHash: string | null;
  metakockaSyncExcluded: boolean | null;
  metakockaSyncStatus: string | null;
  metakockaLastSyncedAt: string | null;
}

export type PersonDraft = Partial<Omit<PersonRecord, keyof SystemFields | 'emails' | 'phones' | 'name'>> & {
  id?: string;
  name?: Partial<PersonRecord['name']>;
  emails?: Partial<EmailsValue>;
  phones?: Partial<PhonesValue>;
};

export const PERSON_SELECTION = `${SYSTEM_SELECTION} name { firstName lastName } emails { ${EMAILS_SELECTION} } phones { ${PHONES_SELECTION} }
  jobTitle companyId metakockaPartnerId metakockaContactId metakockaPartnerCode metakockaTaxNumber metakockaDeliveryAddresses
  metakockaSyncHash metakockaSyncExcluded metakockaSyncStatus metakockaLastSyncedAt`;

export type PeopleRepo = RecordRepo<PersonRecord, PersonDraft>;

export const createPeopleRepo = (gateway: CrmGateway): PeopleRepo =>
  createRecordRepo(gateway, { nameSingular: 'person', namePlural: 'people', selection: PERSON_SELECTION });
