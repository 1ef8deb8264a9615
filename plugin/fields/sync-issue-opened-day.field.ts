// openedDay on sync issues, kept by the sync for the trends page's "issues opened per day" (issue 18 item 2, D79).
import { defineField } from 'twenty-sdk/define';

import { dateField, onObject } from 'plugin/fields/field-builders';
import { SYNC_ISSUE_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
    dateField(
      {
        universalIdentifier: ID.SYNC_ISSUE_OPENED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.openedDay,
        label: 'Opened on',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconCalendar',
        description: 'The day (Europe/Ljubljana) the issue was first seen, or seen again after it was resolved.',
      },
    ),
  ),
);
