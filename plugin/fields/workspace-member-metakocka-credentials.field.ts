// metakockaCredentials on workspaceMember: the list side of metakockaCredential.workspaceMember.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import { WORKSPACE_MEMBER_FIELDS } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';
import { oneToManyField, onObject } from 'plugin/fields/field-builders';

export default defineField(
  onObject(
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
    oneToManyField(
      {
        universalIdentifier: ID.WORKSPACE_MEMBER_METAKOCKA_CREDENTIALS_FIELD_UNIVERSAL_IDENTIFIER,
        name: WORKSPACE_MEMBER_FIELDS.metakockaCredentials,
        label: 'Metakocka credentials',
      },
      {
        targetObject: ID.CREDENTIAL_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.CREDENTIAL_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
  ),
);
