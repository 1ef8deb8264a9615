// One row on a company's, person's, product's or sales document's timeline per sync event on it (issue 18 item 3):
// pulled or pushed with the fields that changed, a conflict or an error raised or resolved. No `emit`: the sync writes
// the rows itself, in one batch per page (server/sync/timeline; UI-SURFACES.md §2), which lets it target any object.
import { defineTimelineActivityType } from 'twenty-sdk/define';

import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';

export default defineTimelineActivityType({
  universalIdentifier: SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'metakockaSyncEvent',
  label: 'Metakocka sync',
  icon: 'IconRefresh',
});
