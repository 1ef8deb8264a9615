// Creates the credential encryption key at install and binds personal keys saved before D37 to the endpoint in use
// (server/credentials/install.ts).
import { prepareCredentialStore } from 'server/credentials/install';
import { credentialPortsFor } from 'server/credentials/runtime-ports';

import type { Migration } from 'migrations/migration';

const migration: Migration = {
  id: '0003',
  description: 'Create the credential encryption key; bind stored personal keys to the Metakocka endpoint in use.',
  async up(runtime) {
    const { unreadable } = await prepareCredentialStore(credentialPortsFor(runtime));
    if (unreadable.length > 0)
      runtime.log.warn('Personal keys that could not be opened were marked invalid', { members: unreadable });
  },
};

export default migration;
