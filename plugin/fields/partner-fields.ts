// The Metakocka fields a company and a person share (a Metakocka partner is a business or a private person,
// API.md §2.2). Each company-*.field.ts / person-*.field.ts file places one of these on its object.
// Not an entity file.
import { COMPANY_FIELDS as F, PERSON_FIELDS } from 'plugin/constants/names';
import { RECORD_SYNC_STATUS, RECORD_SYNC_STATUS_SPEC } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';
import {
  booleanField,
  dateTimeField,
  jsonField,
  linksField,
  oneToManyField,
  selectField,
  textField,
  type ObjectFieldManifest,
} from 'plugin/fields/field-builders';

type Spec = (universalIdentifier: string) => ObjectFieldManifest;
type RelationSpec = (universalIdentifier: string, targetField: string) => ObjectFieldManifest;

export const metakockaPartnerId: Spec = (universalIdentifier) =>
  textField(
    { universalIdentifier, name: F.metakockaPartnerId, label: 'Metakocka partner ID' },
    {
      isUnique: true,
      appOnly: true,
      icon: 'IconKey',
      description:
        'mk_id of the Metakocka partner; the binding and upsert key. Set by the sync or "Link to Metakocka partner".',
    },
  );

export const metakockaContactId: Spec = (universalIdentifier) =>
  textField(
    { universalIdentifier, name: PERSON_FIELDS.metakockaContactId, label: 'Metakocka contact ID' },
    {
      isUnique: true,
      appOnly: true,
      icon: 'IconKey',
      description: 'Id of this person as a contact of a business partner (contacts share their partner’s ID).',
    },
  );

export const metakockaPartnerCode: Spec = (universalIdentifier) =>
  textField(
    { universalIdentifier, name: F.metakockaPartnerCode, label: 'Metakocka partner code' },
    { description: 'count_code' },
  );

export const metakockaTaxNumber: Spec = (universalIdentifier) =>
  textField({ universalIdentifier, name: F.metakockaTaxNumber, label: 'Tax number' });

export const metakockaVatPayer: Spec = (universalIdentifier) =>
  booleanField({ universalIdentifier, name: F.metakockaVatPayer, label: 'VAT payer' });

export const metakockaSyncStatus: Spec = (universalIdentifier) =>
  selectField({ universalIdentifier, name: F.metakockaSyncStatus, label: 'Metakocka sync' }, RECORD_SYNC_STATUS_SPEC, {
    defaultValue: RECORD_SYNC_STATUS.NOT_SYNCED,
    notAudited: true,
    uiReadOnly: true,
  });

export const metakockaLastSyncedAt: Spec = (universalIdentifier) =>
  dateTimeField(
    { universalIdentifier, name: F.metakockaLastSyncedAt, label: 'Last synced with Metakocka' },
    { notAudited: true, uiReadOnly: true, description: 'Set only when the sync writes this record.' },
  );

export const metakockaLink: Spec = (universalIdentifier) =>
  linksField({ universalIdentifier, name: F.metakockaLink, label: 'Open in Metakocka' }, { uiReadOnly: true });

export const metakockaDeliveryAddresses: Spec = (universalIdentifier) =>
  jsonField(
    { universalIdentifier, name: F.metakockaDeliveryAddresses, label: 'Delivery addresses' },
    { description: 'Further delivery addresses of the partner (the billing address is the record’s own address).' },
  );

export const metakockaSyncHash: Spec = (universalIdentifier) =>
  textField(
    { universalIdentifier, name: F.metakockaSyncHash, label: 'Metakocka sync hash' },
    {
      notAudited: true,
      appOnly: true,
      description:
        'Hash of what the sync last wrote and the binding it wrote it for; tells its own writes from user edits.',
    },
  );

export const metakockaSyncExcluded: Spec = (universalIdentifier) =>
  booleanField(
    { universalIdentifier, name: F.metakockaSyncExcluded, label: 'Exclude from Metakocka sync' },
    {
      appOnly: true,
      description: 'The sync leaves this record alone in both directions. Set by the Exclude and Include commands.',
    },
  );

export const metakockaSalesDocuments: RelationSpec = (universalIdentifier, targetField) =>
  oneToManyField(
    { universalIdentifier, name: F.metakockaSalesDocuments, label: 'Metakocka documents' },
    { targetObject: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER, targetField },
  );

export const metakockaSyncIssues: RelationSpec = (universalIdentifier, targetField) =>
  oneToManyField(
    { universalIdentifier, name: F.metakockaSyncIssues, label: 'Metakocka sync issues' },
    { targetObject: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER, targetField },
  );
