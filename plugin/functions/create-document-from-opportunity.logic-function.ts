import { defineLogicFunction } from 'twenty-sdk/define';

import { CREATE_DOCUMENT_FROM_OPPORTUNITY_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { documentWorkflowAction } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: CREATE_DOCUMENT_FROM_OPPORTUNITY_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'create-document-from-opportunity',
  description:
    'Workflow action that WRITES TO METAKOCKA: makes a Metakocka offer or order from an opportunity and chosen product lines. Off when a manager turns workflow writes off (workflows.allowMetakockaWrites).',
  timeoutSeconds: 120,
  workflowActionTriggerSettings: {
    label: 'Create Metakocka offer/order from opportunity',
    icon: 'IconFileInvoice',
    inputSchema: [
      {
        type: 'object',
        properties: {
          opportunityId: { type: 'string', label: 'Opportunity' },
          documentType: { type: 'string', enum: ['SALES_OFFER', 'SALES_ORDER'], label: 'Offer or order' },
          lines: {
            type: 'array',
            label: 'Lines',
            items: {
              type: 'object',
              properties: {
                productId: { type: 'string' },
                quantity: { type: 'string' },
                discountPercent: { type: 'string' },
                unitPrice: { type: 'string' },
              },
            },
          },
        },
      },
    ],
  },
  handler: hostHandler(documentWorkflowAction('create-from-opportunity')),
});
