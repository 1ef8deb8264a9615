import { defineLogicFunction } from 'twenty-sdk/define';

import { CHANGE_SALES_DOCUMENT_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { documentWorkflowAction } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: CHANGE_SALES_DOCUMENT_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'change-sales-document-status',
  description:
    'Workflow action that WRITES TO METAKOCKA: sets the status of a sales order in Metakocka (change_document_status; orders only). Off when a manager turns workflow writes off (workflows.allowMetakockaWrites).',
  timeoutSeconds: 60,
  workflowActionTriggerSettings: {
    label: 'Change Metakocka order status',
    icon: 'IconProgressCheck',
    inputSchema: [
      {
        type: 'object',
        properties: {
          documentId: { type: 'string', label: 'Sales order' },
          statusCode: { type: 'string', label: 'Status as named in Metakocka' },
        },
      },
    ],
  },
  handler: hostHandler(documentWorkflowAction('change-status')),
});
