import { defineApplicationRole } from 'twenty-sdk/define';
export default defineApplicationRole({
  universalIdentifier: '7a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  label: 'Metakocka app',
  description: 'probe',
  canReadAllObjectRecords: true,
});
