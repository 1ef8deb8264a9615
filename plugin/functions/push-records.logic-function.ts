import { defineLogicFunction } from 'twenty-sdk/define';

import { PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { pushRecordsJob } from 'server/sync/entry-points';

export default defineLogicFunction({
  universalIdentifier: PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'push-records',
  description: 'Pushes changed Twenty companies and people to Metakocka partners and contacts, and binds them.',
  timeoutSeconds: 300,
  handler: hostHandler(pushRecordsJob),
});
