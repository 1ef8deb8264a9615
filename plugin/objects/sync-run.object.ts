// One run of one sync stream: what it did, how far it got and what it cost (DESIGN.md "Where state lives").
// Written only by the app; progress fields change on every step, so none of them is audit-logged.
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import {
  booleanField,
  dateTimeField,
  integerField,
  jsonField,
  oneToManyField,
  selectField,
  textField,
} from 'plugin/fields/field-builders';
import { OBJECT_NAMES, SYNC_RUN_FIELDS as F } from 'plugin/constants/names';
import {
  SYNC_DIRECTION_SPEC,
  SYNC_RUN_STATUS,
  SYNC_RUN_STATUS_SPEC,
  SYNC_STREAM_SPEC,
  SYNC_TRIGGER_SPEC,
} from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

const progress = { notAudited: true } as const;

const counter = (universalIdentifier: string, name: string, label: string) =>
  integerField({ universalIdentifier, name, label }, { ...progress, defaultZero: true });

export default defineObject({
  universalIdentifier: ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.syncRun.singular,
  namePlural: OBJECT_NAMES.syncRun.plural,
  labelSingular: 'Metakocka sync run',
  labelPlural: 'Metakocka sync runs',
  description: 'One run of one sync stream between Twenty and Metakocka.',
  icon: 'IconRefresh',
  isSearchable: false,
  isUICreatable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.SYNC_RUN_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.SYNC_RUN_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    selectField(
      { universalIdentifier: ID.SYNC_RUN_STREAM_FIELD_UNIVERSAL_IDENTIFIER, name: F.stream, label: 'Stream' },
      SYNC_STREAM_SPEC,
    ),
    selectField(
      { universalIdentifier: ID.SYNC_RUN_DIRECTION_FIELD_UNIVERSAL_IDENTIFIER, name: F.direction, label: 'Direction' },
      SYNC_DIRECTION_SPEC,
    ),
    selectField(
      { universalIdentifier: ID.SYNC_RUN_TRIGGER_FIELD_UNIVERSAL_IDENTIFIER, name: F.trigger, label: 'Trigger' },
      SYNC_TRIGGER_SPEC,
    ),
    selectField(
      { universalIdentifier: ID.SYNC_RUN_STATUS_FIELD_UNIVERSAL_IDENTIFIER, name: F.status, label: 'Status' },
      SYNC_RUN_STATUS_SPEC,
      { ...progress, defaultValue: SYNC_RUN_STATUS.QUEUED },
    ),
    dateTimeField({
      universalIdentifier: ID.SYNC_RUN_STARTED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.startedAt,
      label: 'Started',
    }),
    dateTimeField(
      {
        universalIdentifier: ID.SYNC_RUN_FINISHED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.finishedAt,
        label: 'Finished',
      },
      progress,
    ),
    counter(ID.SYNC_RUN_CREATED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.createdCount, 'Created'),
    counter(ID.SYNC_RUN_UPDATED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.updatedCount, 'Updated'),
    counter(ID.SYNC_RUN_UNCHANGED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.unchangedCount, 'Unchanged'),
    counter(ID.SYNC_RUN_DELETED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.deletedCount, 'Deleted'),
    counter(ID.SYNC_RUN_FAILED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.failedCount, 'Failed'),
    counter(ID.SYNC_RUN_SKIPPED_COUNT_FIELD_UNIVERSAL_IDENTIFIER, F.skippedCount, 'Skipped'),
    counter(ID.SYNC_RUN_API_CALLS_METAKOCKA_FIELD_UNIVERSAL_IDENTIFIER, F.apiCallsMetakocka, 'Metakocka API calls'),
    counter(ID.SYNC_RUN_API_CALLS_TWENTY_FIELD_UNIVERSAL_IDENTIFIER, F.apiCallsTwenty, 'Twenty API calls'),
    jsonField(
      {
        universalIdentifier: ID.SYNC_RUN_API_CALLS_BY_METHOD_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.apiCallsByMethod,
        label: 'API calls by method',
      },
      progress,
    ),
    textField(
      {
        universalIdentifier: ID.SYNC_RUN_CHECKPOINT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.checkpoint,
        label: 'Checkpoint reached',
      },
      progress,
    ),
    counter(ID.SYNC_RUN_RECORDS_DONE_FIELD_UNIVERSAL_IDENTIFIER, F.recordsDone, 'Records done'),
    integerField(
      {
        universalIdentifier: ID.SYNC_RUN_RECORDS_ESTIMATED_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.recordsEstimated,
        label: 'Records estimated',
      },
      progress,
    ),
    booleanField({
      universalIdentifier: ID.SYNC_RUN_IS_DRY_RUN_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.isDryRun,
      label: 'Dry run',
    }),
    textField(
      {
        universalIdentifier: ID.SYNC_RUN_ERROR_SUMMARY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.errorSummary,
        label: 'Error summary',
      },
      progress,
    ),
    jsonField(
      { universalIdentifier: ID.SYNC_RUN_PLAN_FIELD_UNIVERSAL_IDENTIFIER, name: F.plan, label: 'Plan' },
      { description: 'What a dry run would change, per record.' },
    ),
    jsonField(
      {
        universalIdentifier: ID.SYNC_RUN_SETTINGS_SNAPSHOT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.settingsSnapshot,
        label: 'Settings',
      },
      { description: 'The sync settings the run started with; a save during the run applies from the next run.' },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.SYNC_RUN_ISSUES_RAISED_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.issuesRaised,
        label: 'Issues raised',
      },
      {
        targetObject: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_ISSUE_FIRST_RUN_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.SYNC_RUN_ISSUES_LAST_SEEN_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.issuesLastSeen,
        label: 'Issues last seen',
      },
      {
        targetObject: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_ISSUE_LAST_RUN_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
  ],
});
