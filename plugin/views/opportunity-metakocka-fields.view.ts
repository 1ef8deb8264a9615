// The fields shown by the opportunity record page's "Metakocka" tab (a FIELDS_WIDGET view; plugin/page-layout-tabs/).
import { defineView, STANDARD_OBJECT, ViewType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { columns } from 'plugin/views/view-columns';

export default defineView({
  universalIdentifier: ID.OPPORTUNITY_METAKOCKA_FIELDS_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Metakocka',
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: ViewType.FIELDS_WIDGET,
  icon: 'IconPlugConnected',
  fields: columns([
    [
      ID.OPPORTUNITY_METAKOCKA_FIELDS_VIEW_FIELD_SYNC_STATUS_UNIVERSAL_IDENTIFIER,
      ID.OPPORTUNITY_METAKOCKA_SYNC_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.OPPORTUNITY_METAKOCKA_FIELDS_VIEW_FIELD_SALES_DOCUMENTS_UNIVERSAL_IDENTIFIER,
      ID.OPPORTUNITY_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
    ],
  ]),
});
