// The documents stream's name and its view of the runtime's Metakocka port.
import type { StreamName } from 'server/settings/schema';

import type { DocumentsMk } from '../../mk-port';
import type { SyncRuntime } from '../../ports';

/** The stream's name in run state and issues (server/settings/schema.ts STREAMS). */
export const DOCUMENTS_STREAM: StreamName = 'documents';

/** The runtime's Metakocka port with the client's document methods (the adapter exposes them as `documents`). */
export function documentsMkOf(rt: SyncRuntime): DocumentsMk {
  const port = rt.mk;
  if (!port.documents) {
    throw new Error(
      'The sync runtime has no Metakocka documents API: server/sync/metakocka-adapter.ts must expose the client as `documents`.',
    );
  }
  return port.documents;
}
