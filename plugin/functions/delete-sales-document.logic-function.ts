import { defineLogicFunction } from 'twenty-sdk/define';

import { DELETE_SALES_DOCUMENT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { documentWorkflowAction } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: DELETE_SALES_DOCUMENT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'delete-sales-document',
  description:
    'Workflow action that WRITES TO METAKOCKA: deletes an unissued sales order in Metakocka when the admin allows it; offers and invoices cannot be. Off when a manager turns workflow writes off (workflows.allowMetakockaWrites).',
  timeoutSeconds: 60,
  workflowActionTriggerSettings: {
    label: 'Delete order in Metakocka',
    icon: 'IconTrash',
    inputSchema: [{ type: 'object', properties: { documentId: { type: 'string', label: 'Sales order' } } }],
  },
  handler: hostHandler(documentWorkflowAction('delete')),
});
