// Reads and writes the settings document in kv; a bad stored value never stops the sync silently.
import { SyncError } from 'server/errors';
import type { KvPort } from 'server/sync/ports';
import { settingsSchema, type SyncSettings } from './schema';

export const SETTINGS_KV_KEY = 'metakocka:settings';

export class SettingsInvalidError extends SyncError {
  readonly code = 'SETTINGS_INVALID';
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(`The sync settings are not valid: ${problems.join('; ')}.`, 'Correct the named settings and save again.');
  }
}

export function parseSettings(input: unknown): SyncSettings {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new SettingsInvalidError(result.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`));
}

export async function readSettings(kv: KvPort): Promise<SyncSettings> {
  return parseSettings(await kv.get(SETTINGS_KV_KEY));
}

/** Merges a partial change into the stored document, validates the result, and stores it. */
export async function writeSettings(kv: KvPort, change: unknown): Promise<SyncSettings> {
  const current = (await kv.get<Record<string, unknown>>(SETTINGS_KV_KEY)) ?? {};
  const next = parseSettings(deepMerge(current, change));
  await kv.set(SETTINGS_KV_KEY, next);
  return next;
}

function deepMerge(base: unknown, change: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(change)) return change === undefined ? base : change;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = deepMerge(base[key], value);
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
