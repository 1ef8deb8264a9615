import { defineApplication } from 'twenty-sdk/define';
export default defineApplication({
  universalIdentifier: '3f1f0b0e-8a51-4f0c-9d1e-6b7c2a5d9e11',
  displayName: 'Metakocka',
  description: 'probe',
});
