import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { PRODUCT_CATEGORIES_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { productCategoriesRoute } from 'server/routes/preview';

export default defineLogicFunction({
  universalIdentifier: PRODUCT_CATEGORIES_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'product-categories',
  description:
    'Lists the category names on the products in Twenty, for the product filter (Metakocka has no category list).',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.productCategories, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, productCategoriesRoute),
});
