import { defineLogicFunction } from 'twenty-sdk/define';

import { STOCK_WEBHOOK_HEADERS, SYNC_ROUTES } from 'plugin/constants/route-paths';
import { STOCK_WEBHOOK_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { anyone, hostRoute } from 'server/host/route';
import { stockWebhookRoute } from 'server/routes/sync';

// Metakocka cannot sign in to Twenty: the route is open and checks the HMAC signature itself (API.md §2.4).
export default defineLogicFunction({
  universalIdentifier: STOCK_WEBHOOK_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'stock-webhook',
  description: "Receives Metakocka's signed stock webhook and updates the products' stock per warehouse.",
  timeoutSeconds: 30,
  httpRouteTriggerSettings: {
    path: SYNC_ROUTES.stockWebhook,
    httpMethod: 'POST',
    isAuthRequired: false,
    forwardedRequestHeaders: STOCK_WEBHOOK_HEADERS,
  },
  handler: hostRoute(anyone, stockWebhookRoute),
});
