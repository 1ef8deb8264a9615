// One measured sync run of the bench: edits for the phase, the sync, then calls, floors, times and integrity.
import { diffCounts, splitMetakocka, splitTwenty } from './classify';
import { callFloor, MK_MODEL, naiveCalls, ratio, timeFloorMs, TWENTY_MODEL, type FloorInput } from './floor';
import { checkIntegrity, type MkSide, type TwentySide } from './integrity';
import type { MkCounts } from './mk-side';
import { syncFailed } from './summary';
import type { SyncOutcome } from './twenty-side';
import type { WorkerHandle } from './worker-protocol';

export type RunPhase = 'initial' | 'no-change' | 'one-percent';
const CHANGED_FRACTION = 0.01;

export interface BenchRunInput {
  phase: RunPhase;
  mk: WorkerHandle;
  twenty: WorkerHandle;
  counts: MkCounts;
  withDocuments: boolean;
  mkLatencyMs: number;
  /** mkPartnerDuplicates() of the sandbox before the first sync (integrity.ts). */
  mkDuplicateBaseline: number;
}

/** Metakocka records per Twenty object (R_x of docs/sync-performance.md). */
export function twentyRecordsOf(counts: MkCounts, withDocuments: boolean): Record<string, number> {
  const records: Record<string, number> = {
    company: counts.partners - counts.privatePersons,
    person: counts.privatePersons + counts.contacts,
    metakockaProduct: counts.products,
  };
  if (withDocuments) {
    records.metakockaSalesDocument = Object.values(counts.documentsByType).reduce((a, b) => a + b, 0);
    records.metakockaSalesDocumentLine = counts.lines;
  }
  return records;
}

export function floorInputFor(
  phase: RunPhase,
  counts: MkCounts,
  withDocuments: boolean,
  changes: { products: number; companies: number },
): FloorInput {
  const twentyRecords = twentyRecordsOf(counts, withDocuments);
  const twentyWrites =
    phase === 'initial' ? twentyRecords : phase === 'one-percent' ? { metakockaProduct: changes.products } : {};
  return {
    products: counts.products,
    partners: counts.partners,
    documentsByType: withDocuments ? counts.documentsByType : {},
    twentyRecords,
    twentyWrites,
    mkWrites: phase === 'one-percent' ? changes.companies : 0,
  };
}

export async function benchRun(input: BenchRunInput) {
  const { phase, mk, twenty } = input;
  const changes = { products: 0, companies: 0 };
  if (phase !== 'initial') await twenty.call('passSchedule');
  if (phase === 'one-percent') {
    changes.products = await mk.call<number>('changeProducts', { fraction: CHANGED_FRACTION });
    changes.companies = await twenty.call<number>('changeCompanies', { fraction: CHANGED_FRACTION });
  }
  const mkBefore = await mk.call<Record<string, number>>('calls');
  const twentyBefore = await twenty.call<Record<string, number>>('calls');
  const outcome = await twenty.call<SyncOutcome>('sync');
  const calls = {
    metakocka: splitMetakocka(diffCounts(await mk.call('calls'), mkBefore)),
    twenty: splitTwenty(diffCounts(await twenty.call('calls'), twentyBefore)),
  };
  const floorInput = floorInputFor(phase, input.counts, input.withDocuments, changes);
  const floor = callFloor(floorInput);
  const recordsWritten = Object.values(floorInput.twentyWrites).reduce((a, b) => a + b, 0);
  const mkModel = { ...MK_MODEL, perCallMs: input.mkLatencyMs };
  const timeFloor = {
    metakockaMs: timeFloorMs(floor.metakocka.total, 0, mkModel),
    twentyMs: timeFloorMs(floor.twenty.total, recordsWritten, TWENTY_MODEL),
  };
  const [mkSide, twentySide] = await Promise.all([
    mk.call<MkSide>('snapshot', { withDocuments: input.withDocuments }),
    twenty.call<TwentySide>('snapshot', { withDocuments: input.withDocuments }),
  ]);
  return {
    phase,
    changes,
    streams: outcome.streams,
    missingStreams: outcome.missingStreams,
    disabledStreams: outcome.disabledStreams,
    jobs: outcome.jobs,
    functionRuns: outcome.functionRuns,
    failures: outcome.failures,
    syncError: syncFailed(outcome),
    recordsInTwenty: {
      companies: twentySide.companies.length,
      people: twentySide.people.length,
      products: twentySide.products.length,
      ...(twentySide.documents ? { documents: twentySide.documents.length, lines: twentySide.lines?.length ?? 0 } : {}),
    },
    calls,
    floor,
    ratio: {
      metakocka: ratio(calls.metakocka.total, floor.metakocka.total),
      twenty: ratio(calls.twenty.reads + calls.twenty.writes, floor.twenty.total),
    },
    bookkeeping: {
      writes: calls.twenty.bookkeepingWrites,
      reads: calls.twenty.bookkeepingReads,
      shareOfRecordWrites:
        calls.twenty.writes === 0
          ? null
          : Math.round((calls.twenty.bookkeepingWrites / calls.twenty.writes) * 1000) / 1000,
    },
    wallTime: { realMs: outcome.realMs, virtualTwentyMs: outcome.virtualMs },
    timeFloor: { ...timeFloor, overallMs: Math.max(timeFloor.metakockaMs, timeFloor.twentyMs) },
    timeAtActualCalls: {
      metakockaMs: timeFloorMs(calls.metakocka.total, 0, mkModel),
      twentyMs: timeFloorMs(calls.twenty.total, recordsWritten, TWENTY_MODEL),
    },
    peakRssBytes: outcome.peakRssBytes,
    peakRssByJob: outcome.peakRssByJob,
    standInRssBytes: { metakocka: await mk.call<number>('rss'), twenty: await twenty.call<number>('rss') },
    naive: naiveCalls(floorInput),
    integrity: checkIntegrity(mkSide, twentySide, { mkPartnerDuplicates: input.mkDuplicateBaseline }),
  };
}
