import { defineLogicFunction } from 'twenty-sdk/define';

import { PUSH_SALES_DOCUMENT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { documentWorkflowAction } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: PUSH_SALES_DOCUMENT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'push-sales-document',
  description:
    'Workflow action that WRITES TO METAKOCKA: sends an offer or order made in Twenty to Metakocka, reads it back and binds it. Off when a manager turns workflow writes off (sync setting workflows.allowMetakockaWrites).',
  timeoutSeconds: 120,
  workflowActionTriggerSettings: {
    label: 'Push document to Metakocka',
    icon: 'IconSend',
    inputSchema: [{ type: 'object', properties: { documentId: { type: 'string', label: 'Sales document' } } }],
  },
  handler: hostHandler(documentWorkflowAction('push')),
});
