import { defineLogicFunction } from 'twenty-sdk/define';

import { DOCUMENT_ROUTES } from 'plugin/constants/route-paths';
import { SALES_DOCUMENT_ACTION_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { documentActionRoute } from 'server/routes/documents';

export default defineLogicFunction({
  universalIdentifier: SALES_DOCUMENT_ACTION_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sales-document-action',
  description:
    'Route for document actions from the command menu: push, change status, delete, create from opportunity, get PDF. Writes to Metakocka. Delete and status change need "Manage Metakocka"; the others that permission or edit access to the record.',
  timeoutSeconds: 120,
  httpRouteTriggerSettings: { path: DOCUMENT_ROUTES.action, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, documentActionRoute),
});
