// An error or a conflict the sync met, deduplicated by `issueKey` so a failure repeated on every run stays one row
// (its attempts and last-seen time grow). Resolving or ignoring goes through the app's guarded routes
// (MANAGE_METAKOCKA), so the object is app-writable only. The issue inbox (issue 17) filters, searches and groups on
// these fields through Twenty's own queries, so each thing it filters by is a field of its own.
import { defineObject, MetadataWritability, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  dateTimeField,
  integerField,
  jsonField,
  linksField,
  manyToOneField,
  selectField,
  textField,
} from 'plugin/fields/field-builders';
import { OBJECT_NAMES, SYNC_ISSUE_FIELDS as F } from 'plugin/constants/names';
import {
  SYNC_ISSUE_KIND_SPEC,
  SYNC_ISSUE_SEVERITY,
  SYNC_ISSUE_SEVERITY_SPEC,
  SYNC_ISSUE_STATUS,
  SYNC_ISSUE_STATUS_SPEC,
  SYNC_STREAM_SPEC,
} from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

const repeated = { notAudited: true } as const;

export default defineObject({
  universalIdentifier: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.syncIssue.singular,
  namePlural: OBJECT_NAMES.syncIssue.plural,
  labelSingular: 'Metakocka sync issue',
  labelPlural: 'Metakocka sync issues',
  description: 'A record the sync could not bring across, or a field changed on both sides.',
  icon: 'IconAlertTriangle',
  isSearchable: true,
  isUICreatable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.SYNC_ISSUE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.SYNC_ISSUE_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Summary' }),
    selectField(
      { universalIdentifier: ID.SYNC_ISSUE_KIND_FIELD_UNIVERSAL_IDENTIFIER, name: F.kind, label: 'Kind' },
      SYNC_ISSUE_KIND_SPEC,
    ),
    selectField(
      { universalIdentifier: ID.SYNC_ISSUE_SEVERITY_FIELD_UNIVERSAL_IDENTIFIER, name: F.severity, label: 'Severity' },
      SYNC_ISSUE_SEVERITY_SPEC,
      { defaultValue: SYNC_ISSUE_SEVERITY.ERROR },
    ),
    selectField(
      { universalIdentifier: ID.SYNC_ISSUE_STATUS_FIELD_UNIVERSAL_IDENTIFIER, name: F.status, label: 'Status' },
      SYNC_ISSUE_STATUS_SPEC,
      { defaultValue: SYNC_ISSUE_STATUS.OPEN },
    ),
    selectField(
      { universalIdentifier: ID.SYNC_ISSUE_STREAM_FIELD_UNIVERSAL_IDENTIFIER, name: F.stream, label: 'Stream' },
      SYNC_STREAM_SPEC,
    ),
    textField(
      {
        universalIdentifier: ID.SYNC_ISSUE_RECORD_OBJECT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.recordObject,
        label: 'Record object',
      },
      { description: 'nameSingular of the affected Twenty object, e.g. company.' },
    ),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_RECORD_ID_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.recordId,
      label: 'Record ID',
    }),
    linksField({
      universalIdentifier: ID.SYNC_ISSUE_RECORD_LINK_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.recordLink,
      label: 'Record',
    }),
    // Not unique: an issue only mentions a Metakocka id; several issues may name the same one.
    textField({
      universalIdentifier: ID.SYNC_ISSUE_METAKOCKA_ID_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.metakockaId,
      label: 'Metakocka ID',
    }),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_ERROR_CLASS_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.errorClass,
      label: 'Error class',
    }),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_ERROR_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.errorCode,
      label: 'Error code',
    }),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_MESSAGE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.message,
      label: 'Message',
    }),
    jsonField(
      {
        universalIdentifier: ID.SYNC_ISSUE_MESSAGE_PARAMS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.messageParams,
        label: 'Message parameters',
      },
      {
        description:
          "The error code's named parameters: the app's screens word the message and next step from them in each " +
          "member's language; Message keeps the workspace language's wording.",
      },
    ),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_SUGGESTED_ACTION_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.suggestedAction,
      label: 'What to do',
    }),
    integerField(
      { universalIdentifier: ID.SYNC_ISSUE_ATTEMPTS_FIELD_UNIVERSAL_IDENTIFIER, name: F.attempts, label: 'Attempts' },
      { ...repeated, defaultZero: true },
    ),
    dateTimeField({
      universalIdentifier: ID.SYNC_ISSUE_FIRST_SEEN_AT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.firstSeenAt,
      label: 'First seen',
    }),
    dateTimeField(
      {
        universalIdentifier: ID.SYNC_ISSUE_LAST_SEEN_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastSeenAt,
        label: 'Last seen',
      },
      repeated,
    ),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_CONFLICT_FIELD_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.conflictField,
      label: 'Conflicting field',
    }),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_TWENTY_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.twentyValue,
      label: 'Value in Twenty',
    }),
    textField({
      universalIdentifier: ID.SYNC_ISSUE_METAKOCKA_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.metakockaValue,
      label: 'Value in Metakocka',
    }),
    dateTimeField({
      universalIdentifier: ID.SYNC_ISSUE_TWENTY_CHANGED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.twentyChangedAt,
      label: 'Changed in Twenty',
    }),
    dateTimeField({
      universalIdentifier: ID.SYNC_ISSUE_METAKOCKA_CHANGED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.metakockaChangedAt,
      label: 'Changed in Metakocka',
    }),
    textField(
      { universalIdentifier: ID.SYNC_ISSUE_ISSUE_KEY_FIELD_UNIVERSAL_IDENTIFIER, name: F.issueKey, label: 'Issue key' },
      { isUnique: true, description: 'Deduplication key, e.g. partners:company:<id>:MK_REFUSED.' },
    ),
    textField(
      { universalIdentifier: ID.SYNC_ISSUE_CAUSE_KEY_FIELD_UNIVERSAL_IDENTIFIER, name: F.causeKey, label: 'Cause' },
      { description: 'Error code and field, e.g. MK_VALIDATION:taxNumber; the inbox groups issues by it.' },
    ),
    textField(
      {
        universalIdentifier: ID.SYNC_ISSUE_RECORD_NAME_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.recordName,
        label: 'Record name',
      },
      { description: "The affected record's name when the issue was raised, for search." },
    ),
    textField(
      {
        universalIdentifier: ID.SYNC_ISSUE_IGNORED_REASON_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.ignoredReason,
        label: 'Why ignored',
      },
      { description: 'The reason a manager gave when ignoring the issue.' },
    ),
    textField(
      {
        universalIdentifier: ID.SYNC_ISSUE_IGNORED_FINGERPRINT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.ignoredFingerprint,
        label: 'Ignored version',
      },
      { description: 'What the record looked like when ignored; a different version reopens the issue.' },
    ),
    jsonField(
      {
        universalIdentifier: ID.SYNC_ISSUE_RESOLUTION_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.resolution,
        label: 'Resolution',
      },
      { description: 'How a conflict was settled: the value kept, the value that lost, who and when.' },
    ),
    manyToOneField(
      { universalIdentifier: ID.SYNC_ISSUE_COMPANY_FIELD_UNIVERSAL_IDENTIFIER, name: F.company, label: 'Company' },
      {
        targetObject: STANDARD_OBJECT.company.universalIdentifier,
        targetField: ID.COMPANY_METAKOCKA_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      { universalIdentifier: ID.SYNC_ISSUE_PERSON_FIELD_UNIVERSAL_IDENTIFIER, name: F.person, label: 'Person' },
      {
        targetObject: STANDARD_OBJECT.person.universalIdentifier,
        targetField: ID.PERSON_METAKOCKA_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      { universalIdentifier: ID.SYNC_ISSUE_PRODUCT_FIELD_UNIVERSAL_IDENTIFIER, name: F.product, label: 'Product' },
      {
        targetObject: ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.PRODUCT_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      {
        universalIdentifier: ID.SYNC_ISSUE_SALES_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.salesDocument,
        label: 'Sales document',
      },
      {
        targetObject: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    // The runs that first raised the issue and last saw it (issue 16 item 5), set by the engine (server/sync/issues.ts).
    manyToOneField(
      { universalIdentifier: ID.SYNC_ISSUE_FIRST_RUN_FIELD_UNIVERSAL_IDENTIFIER, name: F.firstRun, label: 'First run' },
      {
        targetObject: ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_RUN_ISSUES_RAISED_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      { universalIdentifier: ID.SYNC_ISSUE_LAST_RUN_FIELD_UNIVERSAL_IDENTIFIER, name: F.lastRun, label: 'Last run' },
      {
        targetObject: ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_RUN_ISSUES_LAST_SEEN_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
  ],
});
