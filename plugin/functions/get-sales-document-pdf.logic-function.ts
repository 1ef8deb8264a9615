import { defineLogicFunction } from 'twenty-sdk/define';

import { GET_SALES_DOCUMENT_PDF_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { documentWorkflowAction } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: GET_SALES_DOCUMENT_PDF_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'get-sales-document-pdf',
  description:
    'Workflow action: fetches the PDF of a document from Metakocka and attaches it to the document (replacing the previous one).',
  timeoutSeconds: 120,
  workflowActionTriggerSettings: {
    label: 'Get document PDF',
    icon: 'IconFileTypePdf',
    inputSchema: [
      {
        type: 'object',
        properties: {
          documentId: { type: 'string', label: 'Sales document' },
          reportId: { type: 'string', label: 'Metakocka report id (offers and orders; invoices use 38)' },
        },
      },
    ],
  },
  handler: hostHandler(documentWorkflowAction('get-pdf')),
});
