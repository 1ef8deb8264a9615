// Which streams a settings change can change the data of, so a preview runs only those (a full-scale preview reads as
// much of Metakocka as a run). Settings that change no record (print-out ids, order deletion, workflows, schedules,
// the stuck-run limit) affect no stream: their preview has nothing to run.
import { STREAMS, type StreamName, type SyncSettings } from 'server/settings/schema';
import { hashValue } from '../hashing';

const differ = (a: unknown, b: unknown) => hashValue(a ?? null) !== hashValue(b ?? null);

/** Per stream, the parts of the document its records depend on. */
const INPUTS: Record<StreamName, (s: SyncSettings) => unknown> = {
  partners: (s) => [s.streams.partners.enabled, s.filters.partners, s.conflicts.partners, s.conflicts.partnerFields],
  products: (s) => [s.streams.products.enabled, s.filters.productCategories, s.filters.eshopOnly],
  documents: (s) => [s.streams.documents.enabled, s.filters.documents, s.conflicts.documents],
};

/** How much a run does (batches, caps): a change to these affects every stream that is on. */
const RUN_SHAPE = (s: SyncSettings) => [s.batchSize, s.maxRecordsPerRun, s.pagesPerJob];

export function affectedStreams(current: SyncSettings, proposed: SyncSettings): StreamName[] {
  const shapeChanged = differ(RUN_SHAPE(current), RUN_SHAPE(proposed));
  return STREAMS.filter(
    (stream) =>
      proposed.streams[stream].enabled && (differ(INPUTS[stream](current), INPUTS[stream](proposed)) || shapeChanged),
  );
}
