// The documents stream's name.
import type { StreamName } from 'server/settings/schema';

/** The stream's name in run state and issues (server/settings/schema.ts STREAMS). */
export const DOCUMENTS_STREAM: StreamName = 'documents';
