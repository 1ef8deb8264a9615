import { defineLogicFunction } from 'twenty-sdk/define';

import { COMPANY_UPDATED_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { recordEvents } from 'server/sync/entry-points';

export default defineLogicFunction({
  universalIdentifier: COMPANY_UPDATED_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'company-updated',
  description:
    "Queues a Metakocka push for each company updated in Twenty; the sync's own writes are recognised by their hash and ignored.",
  timeoutSeconds: 60,
  databaseEventTriggerSettings: {
    eventName: 'company.updated',
    // Only fields the sync carries; writes of status-only fields do not wake the trigger (APPS.md §8 "Self-triggering").
    updatedFields: ['name', 'address', 'metakockaTaxNumber', 'metakockaVatPayer', 'metakockaSyncExcluded'],
    batchMode: true,
  },
  handler: hostHandler(recordEvents('company')),
});
