// Who changed the Metakocka connection, policies or issues, and when. Append-only and app-written; `detail` names
// what changed, never a value (no secret can leak into it).
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import { dateTimeField, textField } from 'plugin/fields/field-builders';
import { AUDIT_ENTRY_FIELDS as F, OBJECT_NAMES } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineObject({
  universalIdentifier: ID.AUDIT_ENTRY_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.auditEntry.singular,
  namePlural: OBJECT_NAMES.auditEntry.plural,
  labelSingular: 'Metakocka audit entry',
  labelPlural: 'Metakocka audit entries',
  description: 'A change to the Metakocka connection, sync settings or issues, and who made it.',
  icon: 'IconHistory',
  isSearchable: false,
  isUICreatable: false,
  isUIEditable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.AUDIT_ENTRY_ACTION_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField(
      { universalIdentifier: ID.AUDIT_ENTRY_ACTION_FIELD_UNIVERSAL_IDENTIFIER, name: F.action, label: 'Action' },
      { description: 'What was done, e.g. credentials.org.updated or issue.resolved.' },
    ),
    textField({
      universalIdentifier: ID.AUDIT_ENTRY_ACTOR_WORKSPACE_MEMBER_ID_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.actorWorkspaceMemberId,
      label: 'Actor',
    }),
    textField({
      universalIdentifier: ID.AUDIT_ENTRY_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.target,
      label: 'Target',
    }),
    textField(
      { universalIdentifier: ID.AUDIT_ENTRY_DETAIL_FIELD_UNIVERSAL_IDENTIFIER, name: F.detail, label: 'Detail' },
      { description: 'Which settings changed; never their values.' },
    ),
    textField(
      { universalIdentifier: ID.AUDIT_ENTRY_BEFORE_FIELD_UNIVERSAL_IDENTIFIER, name: F.before, label: 'Before' },
      { description: 'The target as it was, e.g. a status, a partner id or an endpoint; never a secret.' },
    ),
    textField(
      { universalIdentifier: ID.AUDIT_ENTRY_AFTER_FIELD_UNIVERSAL_IDENTIFIER, name: F.after, label: 'After' },
      { description: 'The target as it became; never a secret.' },
    ),
    dateTimeField({ universalIdentifier: ID.AUDIT_ENTRY_AT_FIELD_UNIVERSAL_IDENTIFIER, name: F.at, label: 'At' }),
  ],
});
