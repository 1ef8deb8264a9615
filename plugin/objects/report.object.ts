// A report or export the app produced (issue 19): the file sits in its FILES field, so a front component can link to a
// file it could not hand the browser itself, and scheduled deliveries and tasks point at this record.
// Written only by the app; users read and delete them.
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import {
  dateTimeField,
  filesField,
  integerField,
  jsonField,
  selectField,
  textField,
} from 'plugin/fields/field-builders';
import { REPORT_FIELDS as F, REPORT_OBJECT_NAMES } from 'plugin/constants/names';
import { REPORT_FORMAT_SPEC } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

const fromApp = { appOnly: true } as const;

export default defineObject({
  universalIdentifier: ID.REPORT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: REPORT_OBJECT_NAMES.singular,
  namePlural: REPORT_OBJECT_NAMES.plural,
  labelSingular: 'Metakocka report',
  labelPlural: 'Metakocka reports',
  description: 'A report or export the Metakocka app produced, with its file.',
  icon: 'IconFileSpreadsheet',
  isSearchable: true,
  isUICreatable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.REPORT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.REPORT_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    textField(
      { universalIdentifier: ID.REPORT_SOURCE_FIELD_UNIVERSAL_IDENTIFIER, name: F.source, label: 'Made by' },
      {
        ...fromApp,
        description: 'What produced the file: a report template (report:sales-by-month), an export or a schedule.',
      },
    ),
    selectField(
      { universalIdentifier: ID.REPORT_FORMAT_FIELD_UNIVERSAL_IDENTIFIER, name: F.format, label: 'Format' },
      REPORT_FORMAT_SPEC,
      fromApp,
    ),
    filesField(
      { universalIdentifier: ID.REPORT_FILE_FIELD_UNIVERSAL_IDENTIFIER, name: F.file, label: 'File' },
      { ...fromApp, icon: 'IconPaperclip' },
    ),
    textField(
      { universalIdentifier: ID.REPORT_FILE_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.fileName, label: 'File name' },
      fromApp,
    ),
    dateTimeField(
      {
        universalIdentifier: ID.REPORT_GENERATED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.generatedAt,
        label: 'Generated',
      },
      fromApp,
    ),
    integerField(
      { universalIdentifier: ID.REPORT_ROW_COUNT_FIELD_UNIVERSAL_IDENTIFIER, name: F.rowCount, label: 'Rows' },
      fromApp,
    ),
    jsonField(
      {
        universalIdentifier: ID.REPORT_PARAMETERS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.parameters,
        label: 'Parameters',
      },
      { ...fromApp, description: 'The parameters the report or export ran with.' },
    ),
    textField(
      {
        universalIdentifier: ID.REPORT_REQUESTED_BY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.requestedBy,
        label: 'Requested by',
      },
      { ...fromApp, description: 'The workspace member who asked for it; empty for a scheduled delivery.' },
    ),
    dateTimeField(
      { universalIdentifier: ID.REPORT_DATA_AS_OF_FIELD_UNIVERSAL_IDENTIFIER, name: F.dataAsOf, label: 'Data as of' },
      { ...fromApp, description: 'When the sync last finished reading what the report shows.' },
    ),
  ],
});
