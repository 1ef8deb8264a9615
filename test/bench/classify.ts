// Sorts counted API calls into reads, record writes and bookkeeping writes (docs/sync-performance.md).
const MK_WRITES = new Set([
  'add_partner',
  'update_partner',
  'put_document',
  'update_document',
  'delete_document',
  'change_document_status',
  'product_add',
  'product_update',
  'product_delete',
  'put_transaction',
  'add_attachment',
]);

export interface CallSplit {
  byMethod: Record<string, number>;
  reads: number;
  writes: number;
  /** Writes that keep the sync's own books (run records, issues, kv, job queue): not record writes. */
  bookkeepingWrites: number;
  /** Reads of the sync's own books (kv, run records, open issues): not record reads, so not held against the floor. */
  bookkeepingReads: number;
  total: number;
}

export function splitMetakocka(byMethod: Record<string, number>): CallSplit {
  let reads = 0;
  let writes = 0;
  for (const [method, n] of Object.entries(byMethod)) {
    if (MK_WRITES.has(method)) writes += n;
    else reads += n;
  }
  return { byMethod, reads, writes, bookkeepingWrites: 0, bookkeepingReads: 0, total: reads + writes };
}

const TWENTY_WRITE = /^(create|update|upsert|delete|destroy|restore|merge|set)|^REST (POST|PATCH|PUT|DELETE) /;
const BOOKKEEPING = /SyncRun|SyncIssue|AppKeyValue|enqueueJobs|metakocka-?sync-?(runs|issues)/i;

export const isTwentyWrite = (root: string) => TWENTY_WRITE.test(root) || root === 'enqueueJobs';
export const isBookkeeping = (root: string) => BOOKKEEPING.test(root);

/** Stand-in byRoot() names: GraphQL root fields ("createCompanies", "metakockaProducts") or "REST GET /rest/companies". */
export function splitTwenty(byRoot: Record<string, number>): CallSplit {
  let reads = 0;
  let writes = 0;
  let bookkeepingWrites = 0;
  let bookkeepingReads = 0;
  for (const [root, n] of Object.entries(byRoot)) {
    if (!isTwentyWrite(root)) {
      if (isBookkeeping(root) || root === 'getJobs') bookkeepingReads += n;
      else reads += n;
    } else if (isBookkeeping(root)) bookkeepingWrites += n;
    else writes += n;
  }
  return {
    byMethod: byRoot,
    reads,
    writes,
    bookkeepingWrites,
    bookkeepingReads,
    total: reads + writes + bookkeepingWrites + bookkeepingReads,
  };
}

export function diffCounts(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(after)) if (n - (before[key] ?? 0) > 0) out[key] = n - (before[key] ?? 0);
  return out;
}
