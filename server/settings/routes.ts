// The settings routes: read the document (with the defaults it falls back to) and save a partial change, validated.
import type { KvPort } from 'server/sync/ports';
import { DEFAULT_SETTINGS, type SyncSettings } from './schema';
import { readSettings, SettingsInvalidError, writeSettings } from './store';

export async function readSettingsAnswer(kv: KvPort): Promise<{ settings: SyncSettings; defaults: SyncSettings }> {
  return { settings: await readSettings(kv), defaults: DEFAULT_SETTINGS };
}

/** A partial document is merged into the stored one; an invalid result is refused whole (SettingsInvalidError → 422). */
export async function saveSettingsAnswer(kv: KvPort, change: unknown): Promise<{ settings: SyncSettings }> {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) throw new SettingsInvalidError(['(document): send the settings as a JSON object, e.g. { "dryRun": true }']);
  return { settings: await writeSettings(kv, change) };
}
