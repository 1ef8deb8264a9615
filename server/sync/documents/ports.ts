// What the documents stream needs from the Metakocka client (server/metakocka): its own document methods, unchanged.
import type { MetakockaClient } from 'server/metakocka';
import type { StreamName } from 'server/settings/schema';

import type { SyncRuntime } from '../ports';

export type DocumentsMk = Pick<
  MetakockaClient,
  | 'searchDocuments'
  | 'getDocument'
  | 'putDocument'
  | 'updateDocument'
  | 'deleteDocument'
  | 'changeDocumentStatus'
  | 'report'
  | 'findDocumentAfterUncertainWrite'
  | 'callCounts'
>;

/** The stream's name in run state and issues (server/settings/schema.ts STREAMS). */
export const DOCUMENTS_STREAM: StreamName = 'documents';

/** The runtime's Metakocka port with the client's document methods (the adapter exposes them as `documents`). */
export function documentsMkOf(rt: SyncRuntime): DocumentsMk {
  const port = rt.mk;
  if (!port.documents) {
    throw new Error('The sync runtime has no Metakocka documents API: server/sync/metakocka-adapter.ts must expose the client as `documents`.');
  }
  return port.documents;
}
