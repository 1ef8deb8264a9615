// isOpenCritical on sync issues, kept by the sync for the trends page's "open CRITICAL" number (issue 18 item 2, D79).
import { defineField } from 'twenty-sdk/define';

import { booleanField, onObject } from 'plugin/fields/field-builders';
import { SYNC_ISSUE_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
    booleanField(
      {
        universalIdentifier: ID.SYNC_ISSUE_IS_OPEN_CRITICAL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isOpenCritical,
        label: 'Open and critical',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconAlertOctagon',
        description: 'An open issue of severity CRITICAL; cleared when it is resolved or ignored.',
      },
    ),
  ),
);
