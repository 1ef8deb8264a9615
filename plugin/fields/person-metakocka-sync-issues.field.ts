// metakockaSyncIssues on person: the list side of syncIssue.person.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSyncIssues } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaSyncIssues(
      ID.PERSON_METAKOCKA_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_PERSON_FIELD_UNIVERSAL_IDENTIFIER,
    ),
  ),
);
