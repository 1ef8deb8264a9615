import { defineLogicFunction } from 'twenty-sdk/define';

import { RUN_METAKOCKA_SYNC_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { STREAMS } from 'server/settings/schema';
import { runSyncWorkflowAction } from 'server/sync/entry-points';

export default defineLogicFunction({
  universalIdentifier: RUN_METAKOCKA_SYNC_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'run-metakocka-sync',
  description:
    'Workflow action: starts a Metakocka sync run for the chosen streams, optionally as a dry run. Can WRITE TO METAKOCKA: a partners run sends Twenty-side changes, as the scheduled sync does.',
  timeoutSeconds: 60,
  workflowActionTriggerSettings: {
    label: 'Run Metakocka sync',
    icon: 'IconRefresh',
    inputSchema: [
      {
        type: 'object',
        properties: {
          streams: {
            type: 'array',
            items: { type: 'string', enum: [...STREAMS] },
            label: 'Streams (empty: every enabled stream)',
          },
          dryRun: { type: 'boolean', label: 'Dry run: compute the plan, write nothing' },
        },
      },
    ],
  },
  handler: hostHandler(runSyncWorkflowAction),
});
