// startedDay on sync runs, kept by the sync for the trends page's runs and API calls per day (issue 18 item 2, D79).
import { defineField } from 'twenty-sdk/define';

import { dateField, onObject } from 'plugin/fields/field-builders';
import { SYNC_RUN_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
    dateField(
      {
        universalIdentifier: ID.SYNC_RUN_STARTED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.startedDay,
        label: 'Started on',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconCalendar',
        description: 'The day (Europe/Ljubljana) the run started.',
      },
    ),
  ),
);
