// A user's own Metakocka key (DESIGN.md "Where state lives"): the secret is stored encrypted with the key held in the
// METAKOCKA_CREDENTIAL_ENCRYPTION_KEY secret variable. Only the app reads or writes these rows (through its routes,
// with its own token); users never see the ciphertext.
import {
  defineObject,
  MetadataReadability,
  MetadataWritability,
  OnDeleteAction,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import { dateTimeField, manyToOneField, selectField, textField } from 'plugin/fields/field-builders';
import { CREDENTIAL_FIELDS as F, OBJECT_NAMES } from 'plugin/constants/names';
import { CREDENTIAL_STATUS, CREDENTIAL_STATUS_SPEC } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineObject({
  universalIdentifier: ID.CREDENTIAL_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.credential.singular,
  namePlural: OBJECT_NAMES.credential.plural,
  labelSingular: 'Metakocka credential',
  labelPlural: 'Metakocka credentials',
  description: 'A workspace member’s own Metakocka key, stored encrypted. Managed by the Metakocka app only.',
  icon: 'IconLock',
  isSearchable: false,
  isUICreatable: false,
  isUIEditable: false,
  writability: MetadataWritability.APPLICATION,
  readability: MetadataReadability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.CREDENTIAL_LABEL_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.CREDENTIAL_LABEL_FIELD_UNIVERSAL_IDENTIFIER, name: F.label, label: 'Label' }),
    manyToOneField(
      {
        universalIdentifier: ID.CREDENTIAL_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.workspaceMember,
        label: 'Owner',
      },
      {
        targetObject: STANDARD_OBJECT.workspaceMember.universalIdentifier,
        targetField: ID.WORKSPACE_MEMBER_METAKOCKA_CREDENTIALS_FIELD_UNIVERSAL_IDENTIFIER,
        // A member who leaves takes their key with them.
        onDelete: OnDeleteAction.CASCADE,
      },
    ),
    textField(
      {
        universalIdentifier: ID.CREDENTIAL_OWNER_WORKSPACE_MEMBER_ID_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.ownerWorkspaceMemberId,
        label: 'Owner workspace member ID',
      },
      { isUnique: true, description: 'One credential per member; the upsert key.' },
    ),
    textField({
      universalIdentifier: ID.CREDENTIAL_COMPANY_ID_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.companyId,
      label: 'Metakocka company ID',
    }),
    textField(
      {
        universalIdentifier: ID.CREDENTIAL_ENCRYPTED_SECRET_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.encryptedSecret,
        label: 'Encrypted secret',
      },
      { notAudited: true, description: 'Ciphertext only; never the key itself.' },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.CREDENTIAL_LAST_VERIFIED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastVerifiedAt,
        label: 'Last verified',
      },
      { notAudited: true },
    ),
    selectField(
      { universalIdentifier: ID.CREDENTIAL_STATUS_FIELD_UNIVERSAL_IDENTIFIER, name: F.status, label: 'Status' },
      CREDENTIAL_STATUS_SPEC,
      { defaultValue: CREDENTIAL_STATUS.UNVERIFIED },
    ),
  ],
});
