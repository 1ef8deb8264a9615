// Reads and writes the settings document in kv; a bad stored value never stops the sync silently.
import type { ErrorParams } from 'server/error-catalogue';
import { catalogued, SyncError } from 'server/errors';
import { schemaProblems, type SchemaIssue, type SchemaRoot } from 'server/schema-problems';
import type { Language } from 'plugin/constants/plural';
import type { KvPort } from 'server/host/kv';
import { PARTNER_CONFLICT_FIELDS } from 'plugin/constants/sync-settings';
import { DEFAULT_SETTINGS, settingsSchema, type SyncSettings } from './schema';

export const SETTINGS_KV_KEY = 'metakocka:settings';

const CORRECT_AND_SAVE = 'Correct the named settings and save again.';
const OR_RESET =
  `${CORRECT_AND_SAVE} If the stored document cannot be saved any more, a manager can reset it to the defaults ` +
  '(POST /s/metakocka/sync/settings/reset).';

export class SettingsInvalidError extends SyncError {
  readonly code = 'SETTINGS_INVALID';
  readonly retryable = false;
  /** The findings in English, as logs and the audit read them. */
  readonly problems: string[];
  constructor(
    private readonly issues: SchemaIssue[],
    action = CORRECT_AND_SAVE,
    private readonly root: SchemaRoot = 'document',
  ) {
    const problems = schemaProblems(issues, 'en', root);
    super(catalogued('SETTINGS_INVALID', { problems: problems.join('; ') }), action);
    this.problems = problems;
  }

  protected override paramsIn(lang: Language): ErrorParams {
    return { problems: schemaProblems(this.issues, lang, this.root).join('; ') };
  }
}

export interface StoredSettings {
  settings: SyncSettings;
  /** Paths of stored keys this version does not know (a downgrade, a manual write): ignored, never their values. */
  ignoredKeys: string[];
}

export function parseSettings(input: unknown, action?: string): SyncSettings {
  // reportInput: the Slovenian wording names the type it received; settings hold no secret.
  const result = settingsSchema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw new SettingsInvalidError(result.error.issues, action);
}

/** The stored document as this version reads it: unknown keys left out and named; any other fault refused. */
export async function readStoredSettings(kv: KvPort): Promise<StoredSettings> {
  const { document, ignoredKeys } = withoutUnknownKeys(await kv.get(SETTINGS_KV_KEY));
  return { settings: parseSettings(document, OR_RESET), ignoredKeys };
}

export async function readSettings(kv: KvPort): Promise<SyncSettings> {
  return (await readStoredSettings(kv)).settings;
}

/** The document a partial change would give: merged into the stored one (without unknown keys) and validated; stores
 *  nothing. An impact preview runs with it; a save stores it. */
export async function proposedSettings(kv: KvPort, change: unknown): Promise<SyncSettings> {
  const { document } = withoutUnknownKeys(await kv.get(SETTINGS_KV_KEY));
  const storedIsValid = settingsSchema.safeParse(document ?? {}).success;
  const problems = changeProblems(change);
  if (problems.length > 0) throw new SettingsInvalidError(problems);
  return parseSettings(deepMerge(document ?? {}, change), storedIsValid ? CORRECT_AND_SAVE : OR_RESET);
}

/** Merges a partial change into the stored document, validates the result, and stores it (without unknown keys). */
export async function writeSettings(kv: KvPort, change: unknown): Promise<SyncSettings> {
  const next = await proposedSettings(kv, change);
  await kv.set(SETTINGS_KV_KEY, next);
  return next;
}

/** Stores a whole, already validated document (a save from an impact preview applies exactly what it previewed). */
export async function replaceSettings(kv: KvPort, settings: SyncSettings): Promise<SyncSettings> {
  const next = parseSettings(settings);
  await kv.set(SETTINGS_KV_KEY, next);
  return next;
}

/** What a change may not hold even though a stored document tolerates it: a per-field policy for a field that no
 *  policy reads (a typo would otherwise be stored and do nothing). */
function changeProblems(change: unknown): SchemaIssue[] {
  const fields = isPlainObject(change) && isPlainObject(change.conflicts) ? change.conflicts.partnerFields : undefined;
  if (!isPlainObject(fields)) return [];
  return Object.keys(fields)
    .filter((field) => !(PARTNER_CONFLICT_FIELDS as readonly string[]).includes(field))
    .map((field) => ({
      code: 'invalid_value',
      path: ['conflicts', 'partnerFields', field],
      values: [...PARTNER_CONFLICT_FIELDS],
      message: `not a partner field with a policy; use one of ${PARTNER_CONFLICT_FIELDS.join(', ')}`,
    }));
}

/** Replaces the stored document with the defaults; answers what was stored before (null when nothing was). */
export async function resetSettings(kv: KvPort): Promise<{ before: unknown; after: SyncSettings }> {
  const before = await kv.get(SETTINGS_KV_KEY);
  await kv.set(SETTINGS_KV_KEY, DEFAULT_SETTINGS);
  return { before, after: DEFAULT_SETTINGS };
}

/** A copy of the stored document without the keys the schema refuses as unknown, and their dotted paths. */
export function withoutUnknownKeys(stored: unknown): { document: unknown; ignoredKeys: string[] } {
  const result = settingsSchema.safeParse(stored ?? {});
  if (result.success || !isPlainObject(stored)) return { document: stored, ignoredKeys: [] };
  const document = structuredClone(stored);
  const ignoredKeys: string[] = [];
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const owner = issue.path.reduce<unknown>(
      (node, key) => (isPlainObject(node) ? node[key as string] : undefined),
      document,
    );
    if (!isPlainObject(owner)) continue;
    for (const key of issue.keys) {
      delete owner[key];
      ignoredKeys.push([...issue.path, key].join('.'));
    }
  }
  return { document, ignoredKeys };
}

function deepMerge(base: unknown, change: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(change)) return change === undefined ? base : change;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = deepMerge(base[key], value);
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
