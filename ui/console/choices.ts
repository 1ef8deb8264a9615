// The streams and conflict policies as the console offers them. ui/ takes no values from server/, so these are
// type-checked copies of server/settings/schema.ts STREAMS and CONFLICT_POLICIES (test/ui/console checks they match).
import type { ConflictPolicy, StreamName } from 'server/settings/schema';

export const STREAMS_SHOWN: readonly StreamName[] = ['partners', 'products', 'documents'];
export const POLICIES: readonly ConflictPolicy[] = ['metakocka-wins', 'twenty-wins', 'newest-wins', 'ask'];
