// Every setting the console edits and shows, by its dotted path: the documented settings (SETTING_PATHS, each also
// the id of its inline help) and each stream's daily run time.
import { SETTING_PATHS } from 'plugin/constants/sync-settings';
import { STREAMS_SHOWN } from 'ui/console/choices';

export const SCHEDULE_PATHS: readonly string[] = STREAMS_SHOWN.map((stream) => `schedule.${stream}.dailyAt`);
export const FORM_PATHS: readonly string[] = [...SETTING_PATHS, ...SCHEDULE_PATHS];
