import { defineLogicFunction } from 'twenty-sdk/define';

import { COMPANY_CREATED_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { recordEvents } from 'server/sync/entry-points';

export default defineLogicFunction({
  universalIdentifier: COMPANY_CREATED_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'company-created',
  description:
    "Queues a Metakocka push for each company created in Twenty; the sync's own writes are recognised by their hash and ignored.",
  timeoutSeconds: 60,
  databaseEventTriggerSettings: {
    eventName: 'company.created',
    batchMode: true,
  },
  handler: hostHandler(recordEvents('company')),
});
