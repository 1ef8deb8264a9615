// The call floor and time floor of docs/sync-performance.md, as code. Pure: the bench and its smoke test use it.
export const MK_PRODUCT_PAGE = 1000; // API.md §2.3
export const MK_SEARCH_PAGE = 100; // API.md §2.5, §4
export const TWENTY_BATCH = 200; // stand-in batchCap/updateCap; twenty/contract README "Key limits"

/** What Metakocka holds and what a run must write (docs/sync-performance.md "Inputs"). */
export interface FloorInput {
  products: number;
  partners: number;
  /** Documents per synced document type (an empty type still costs one search). */
  documentsByType: Record<string, number>;
  /** Metakocka records that map to each Twenty object (R_x), e.g. { company: 1500, person: 2100, metakockaProduct: 10000 }. */
  twentyRecords: Record<string, number>;
  /** Twenty records the run must create or change, per object (W_x). */
  twentyWrites: Record<string, number>;
  /** Metakocka records the run must create or change (M_w). */
  mkWrites: number;
}

export interface CallFloor {
  metakocka: { reads: number; writes: number; total: number };
  twenty: { reads: number; writes: number; total: number };
}

const walkPages = (rows: number, page: number) => Math.floor(rows / page) + 1; // a short page ends the walk
const batches = (rows: number) => Math.ceil(rows / TWENTY_BATCH);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function callFloor(input: FloorInput): CallFloor {
  const searches = sum(Object.values(input.documentsByType).map((n) => Math.max(1, Math.ceil(n / MK_SEARCH_PAGE))));
  // get_partner with no search field returns every partner and has no documented paging (API.md §2.2, §4): one call.
  const mkReads = walkPages(input.products, MK_PRODUCT_PAGE) + 1 + searches;
  const twentyReads = sum(Object.values(input.twentyRecords).map(batches));
  const twentyWrites = sum(Object.values(input.twentyWrites).map(batches));
  return {
    metakocka: { reads: mkReads, writes: input.mkWrites, total: mkReads + input.mkWrites },
    twenty: { reads: twentyReads, writes: twentyWrites, total: twentyReads + twentyWrites },
  };
}

export interface LatencyModel {
  perCallMs: number;
  perRecordMs: number;
  concurrency: number;
  /** Calls per window, or null when the system documents none. */
  rateLimit: { calls: number; perMs: number } | null;
}

export const MK_MODEL: LatencyModel = { perCallMs: 50, perRecordMs: 0, concurrency: 1, rateLimit: null };
export const TWENTY_MODEL: LatencyModel = {
  perCallMs: 10,
  perRecordMs: 4,
  concurrency: 1,
  rateLimit: { calls: 500, perMs: 60_000 },
};

/** max(Σ calls × latency ÷ concurrency, calls ÷ rate limit), in ms (docs/sync-performance.md "The time floor"). */
export function timeFloorMs(calls: number, recordsWritten: number, model: LatencyModel): number {
  const latency = (calls * model.perCallMs + recordsWritten * model.perRecordMs) / model.concurrency;
  const rate = model.rateLimit ? (calls * model.rateLimit.perMs) / model.rateLimit.calls : 0;
  return Math.max(latency, rate);
}

/** The naive per-record sync of the same data (docs/sync-performance.md "The naive per-record sync"). */
export function naiveCalls(input: FloorInput): { metakocka: number; twenty: number } {
  const docs = sum(Object.values(input.documentsByType));
  const floor = callFloor(input);
  const records = sum(Object.values(input.twentyRecords));
  return { metakocka: floor.metakocka.reads + input.partners + docs + input.mkWrites, twenty: 2 * records };
}

export const ratio = (calls: number, floor: number): number | null =>
  floor === 0 ? (calls === 0 ? 1 : null) : Math.round((calls / floor) * 100) / 100;
