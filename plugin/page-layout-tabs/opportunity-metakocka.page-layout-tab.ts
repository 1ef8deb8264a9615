// The "Metakocka" tab on the opportunity record page.
import { definePageLayoutTab, STANDARD_OBJECT, STANDARD_PAGE_LAYOUT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { metakockaTab } from 'plugin/page-layout-tabs/metakocka-tab';

export default definePageLayoutTab(
  metakockaTab({
    tab: ID.OPPORTUNITY_METAKOCKA_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
    widget: ID.OPPORTUNITY_METAKOCKA_PAGE_LAYOUT_TAB_FIELDS_WIDGET_UNIVERSAL_IDENTIFIER,
    pageLayout: STANDARD_PAGE_LAYOUT.opportunityRecordPage.universalIdentifier,
    object: STANDARD_OBJECT.opportunity.universalIdentifier,
    fieldsView: ID.OPPORTUNITY_METAKOCKA_FIELDS_VIEW_UNIVERSAL_IDENTIFIER,
  }),
);
