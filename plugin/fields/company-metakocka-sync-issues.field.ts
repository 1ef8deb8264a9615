// metakockaSyncIssues on company: the list side of syncIssue.company.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSyncIssues } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaSyncIssues(
      ID.COMPANY_METAKOCKA_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
    ),
  ),
);
