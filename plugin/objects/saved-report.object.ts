// A saved report (issue 19 items 3-4, D85): a template and its parameters kept for reuse, and optionally a delivery
// schedule. Written only by the app: a schedule runs with the app's token, so it may change only through the audited
// route that checks "Manage Metakocka". Users read them; the delivered files are metakockaReport records.
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import { dateTimeField, jsonField, textField } from 'plugin/fields/field-builders';
import { SAVED_REPORT_FIELDS as F, SAVED_REPORT_OBJECT_NAMES } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

const fromApp = { appOnly: true } as const;

export default defineObject({
  universalIdentifier: ID.SAVED_REPORT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: SAVED_REPORT_OBJECT_NAMES.singular,
  namePlural: SAVED_REPORT_OBJECT_NAMES.plural,
  labelSingular: 'Saved Metakocka report',
  labelPlural: 'Saved Metakocka reports',
  description: 'A report template with its parameters, saved for reuse, and its delivery schedule if it has one.',
  icon: 'IconReportAnalytics',
  isSearchable: true,
  isUICreatable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.SAVED_REPORT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.SAVED_REPORT_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    textField(
      { universalIdentifier: ID.SAVED_REPORT_TEMPLATE_FIELD_UNIVERSAL_IDENTIFIER, name: F.template, label: 'Template' },
      { ...fromApp, description: 'The report template, e.g. sales-by-month.' },
    ),
    jsonField(
      {
        universalIdentifier: ID.SAVED_REPORT_PARAMETERS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.parameters,
        label: 'Parameters',
      },
      { ...fromApp, description: 'The parameters, as the template checked them when the report was saved.' },
    ),
    jsonField(
      { universalIdentifier: ID.SAVED_REPORT_SCHEDULE_FIELD_UNIVERSAL_IDENTIFIER, name: F.schedule, label: 'Schedule' },
      {
        ...fromApp,
        description:
          'Daily, weekly or monthly at a Ljubljana time, to the listed workspace members; empty when not scheduled.',
      },
    ),
    textField(
      { universalIdentifier: ID.SAVED_REPORT_SAVED_BY_FIELD_UNIVERSAL_IDENTIFIER, name: F.savedBy, label: 'Saved by' },
      { ...fromApp, description: 'The workspace member who saved it.' },
    ),
    textField(
      {
        universalIdentifier: ID.SAVED_REPORT_SCHEDULED_BY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.scheduledBy,
        label: 'Scheduled by',
      },
      { ...fromApp, description: 'The manager who last set or changed the schedule.' },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.SAVED_REPORT_SCHEDULED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.scheduledAt,
        label: 'Scheduled at',
      },
      { ...fromApp, description: 'When the schedule was last set; deliveries start with the first slot after it.' },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.SAVED_REPORT_LAST_SLOT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastSlot,
        label: 'Last delivered slot',
      },
      { ...fromApp, description: 'The scheduled time of the last delivery.' },
    ),
    textField(
      {
        universalIdentifier: ID.SAVED_REPORT_LAST_REPORT_ID_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastReportId,
        label: 'Last delivered report',
      },
      { ...fromApp, description: 'The Metakocka report record that holds the last delivered file.' },
    ),
  ],
});
