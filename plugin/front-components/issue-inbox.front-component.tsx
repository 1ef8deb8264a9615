import { defineFrontComponent } from 'twenty-sdk/define';

import { ISSUE_INBOX_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { InboxPage } from 'ui/inbox/inbox-page';
import { inLanguage } from 'ui/shared/in-language';

// The issue inbox, the only widget of the "Sync issues" page (issue-inbox.page-layout.ts).
export default defineFrontComponent({
  universalIdentifier: ISSUE_INBOX_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'issue-inbox',
  description: 'Metakocka sync issues: filters, causes, bulk retry/ignore/resolve and conflict resolution.',
  component: inLanguage(InboxPage),
});
