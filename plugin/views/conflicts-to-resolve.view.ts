// "Conflicts to resolve": open conflicts with both values and both change times side by side.
import { defineView, ViewFilterOperand, ViewSortDirection, ViewType } from 'twenty-sdk/define';

import { SYNC_ISSUE_KIND, SYNC_ISSUE_STATUS } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';
import { columns } from 'plugin/views/view-columns';

export default defineView({
  universalIdentifier: ID.CONFLICTS_TO_RESOLVE_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Conflicts to resolve',
  objectUniversalIdentifier: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconGitCompare',
  position: 1,
  fields: columns([
    [ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_NAME_UNIVERSAL_IDENTIFIER, ID.SYNC_ISSUE_NAME_FIELD_UNIVERSAL_IDENTIFIER],
    [
      ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_CONFLICT_FIELD_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_CONFLICT_FIELD_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_TWENTY_VALUE_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_TWENTY_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_METAKOCKA_VALUE_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_METAKOCKA_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_TWENTY_CHANGED_AT_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_TWENTY_CHANGED_AT_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.CONFLICTS_TO_RESOLVE_VIEW_FIELD_METAKOCKA_CHANGED_AT_UNIVERSAL_IDENTIFIER,
      ID.SYNC_ISSUE_METAKOCKA_CHANGED_AT_FIELD_UNIVERSAL_IDENTIFIER,
    ],
  ]),
  filters: [
    {
      universalIdentifier: ID.CONFLICTS_TO_RESOLVE_VIEW_FILTER_STATUS_UNIVERSAL_IDENTIFIER,
      fieldMetadataUniversalIdentifier: ID.SYNC_ISSUE_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: [SYNC_ISSUE_STATUS.OPEN],
    },
    {
      universalIdentifier: ID.CONFLICTS_TO_RESOLVE_VIEW_FILTER_KIND_UNIVERSAL_IDENTIFIER,
      fieldMetadataUniversalIdentifier: ID.SYNC_ISSUE_KIND_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: [SYNC_ISSUE_KIND.CONFLICT],
    },
  ],
  sorts: [
    {
      universalIdentifier: ID.CONFLICTS_TO_RESOLVE_VIEW_SORT_LAST_SEEN_AT_UNIVERSAL_IDENTIFIER,
      fieldMetadataUniversalIdentifier: ID.SYNC_ISSUE_LAST_SEEN_AT_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.DESC,
    },
  ],
});
