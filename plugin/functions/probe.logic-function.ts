import { defineLogicFunction } from 'twenty-sdk/define';
import { kv } from 'twenty-sdk/logic-function';
import { helper } from 'server/probe';
export default defineLogicFunction({
  universalIdentifier: '5d0b8a9c-3c1e-4f7a-8b2d-1e9f0c7a6b55',
  name: 'probe', timeoutSeconds: 30,
  httpRouteTriggerSettings: { path: '/metakocka/probe', httpMethod: 'POST', isAuthRequired: true },
  handler: async (event: unknown) => { await kv.get('x'); return helper(event); },
});
