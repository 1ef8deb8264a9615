// The words of a sync run's own record, its name and its stop note, in the workspace's default language: Twenty's
// list of runs shows them as stored (ports.ts `language`, D54). A stream is named by a word of that language, never
// by its key.
import { fillMessage, type Language, type Message } from 'plugin/constants/plural';
import { streamWord } from 'server/language/stream-words';
import type { StreamName } from 'server/settings/schema';

const en = {
  name: 'Sync of {stream}, {startedAt} UTC',
  dryRunName: 'Dry run of {stream}, {startedAt} UTC',
  // "maxRecordsPerRun" stays as written: it names the setting, and the run view finds the stop by it (run-view.ts).
  capped: {
    one: 'Stopped after {count} record (maxRecordsPerRun); nothing was deactivated. The next run starts from the beginning.',
    other:
      'Stopped after {count} records (maxRecordsPerRun); nothing was deactivated. The next run starts from the beginning.',
  },
} satisfies Record<string, Message>;

type RunWordId = keyof typeof en;

const sl: Record<RunWordId, Message> = {
  name: 'Sinhronizacija {stream}, {startedAt} UTC',
  dryRunName: 'Poskusni zagon sinhronizacije {stream}, {startedAt} UTC',
  capped: {
    one: 'Ustavljeno po {count} zapisu (maxRecordsPerRun); nič ni bilo deaktivirano. Naslednji zagon začne od začetka.',
    two: 'Ustavljeno po {count} zapisih (maxRecordsPerRun); nič ni bilo deaktivirano. Naslednji zagon začne od začetka.',
    few: 'Ustavljeno po {count} zapisih (maxRecordsPerRun); nič ni bilo deaktivirano. Naslednji zagon začne od začetka.',
    other:
      'Ustavljeno po {count} zapisih (maxRecordsPerRun); nič ni bilo deaktivirano. Naslednji zagon začne od začetka.',
  },
};

const WORDS: Record<Language, Record<RunWordId, Message>> = { en, sl };

const word = (lang: Language, id: RunWordId, params: Record<string, string | number> = {}): string =>
  fillMessage(lang, WORDS[lang][id], params);

/** The run record's name: the stream as a word, and when it started (UTC, as Twenty's own columns show times). */
export const runName = (lang: Language, stream: StreamName, dryRun: boolean, startedAt: string): string =>
  word(lang, dryRun ? 'dryRunName' : 'name', {
    stream: streamWord(lang, stream),
    startedAt: startedAt.slice(0, 16).replace('T', ' '),
  });

/** The stop note of a run capped by maxRecordsPerRun, kept as the run's summary. */
export const cappedNote = (lang: Language, count: number): string => word(lang, 'capped', { count });
