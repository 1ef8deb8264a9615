// The settings routes: read the document (with the defaults it falls back to), save a partial change, validated, and
// reset it to the defaults (manager only, audited).
import { audit } from 'server/credentials/audit';
import type { CredentialPorts } from 'server/credentials/ports';
import type { KvPort } from 'server/host/kv';
import type { AppLog } from 'server/host/log';
import { callerLanguage, type RouteRequest } from 'server/host/route';
import { renderError } from 'server/error-catalogue';
import type { Language } from 'server/language/choice';
import type { AppRuntime } from 'server/host/runtime';
import {
  settingsSaveFromPreviewRequest,
  settingsSaveRequest,
  type SettingsReadAnswer,
  type SettingsResetAnswer,
  type SettingsSaveAnswer,
} from 'server/routes/contracts';
import { credentialRouteDeps, type CredentialRouteDeps } from 'server/routes/route-context';
import { DEFAULT_SETTINGS, STREAMS, type StreamName } from 'server/settings/schema';
import { loadRunState } from 'server/sync/checkpoints';
import type { SyncRuntime } from 'server/sync/ports';
import { applyPreview } from 'server/sync/preview/preview';
import { syncRuntimeFrom } from 'server/sync/sync-runtime';
import {
  parseSettings,
  readStoredSettings,
  resetSettings,
  SETTINGS_KV_KEY,
  SettingsInvalidError,
  withoutUnknownKeys,
  writeSettings,
} from 'server/settings/store';

export async function readSettingsAnswer(
  kv: KvPort,
  log: Pick<AppLog, 'warn'>,
  lang: Language = 'en',
): Promise<SettingsReadAnswer> {
  const { settings, ignoredKeys } = await readStoredSettings(kv);
  if (ignoredKeys.length === 0) return { settings, defaults: DEFAULT_SETTINGS };
  // Key names only: a hand-written value could hold anything.
  log.warn('The stored sync settings hold settings this version does not know; they are ignored', { ignoredKeys });
  const message = renderError('SETTINGS_KEYS_IGNORED', { keys: ignoredKeys.join(', ') }, lang);
  return { settings, defaults: DEFAULT_SETTINGS, warning: { ignoredKeys, message } };
}

/**
 * A partial document is merged into the stored one; an invalid result is refused whole (SettingsInvalidError → 422).
 * `{ previewId }` stores exactly what that finished impact preview ran with (server/sync/preview). Either way the
 * change is audited with the document before and after; runs already going keep the settings they started with.
 */
export async function saveSettingsAnswer(
  rt: SyncRuntime,
  ports: Pick<CredentialPorts, 'audit' | 'now'>,
  actorWorkspaceMemberId: string,
  body: unknown,
): Promise<SettingsSaveAnswer> {
  const request = settingsSaveRequest.safeParse(body, { reportInput: true });
  if (!request.success) throw new SettingsInvalidError(request.error.issues);
  const before = await rt.kv.get(SETTINGS_KV_KEY);
  const fromPreview = settingsSaveFromPreviewRequest.safeParse(request.data);
  const saved = fromPreview.success
    ? await applyPreview(rt, fromPreview.data.previewId)
    : { settings: await writeSettings(rt.kv, request.data) };
  const changed = changedPaths(withoutUnknownKeys(before).document ?? DEFAULT_SETTINGS, saved.settings);
  await audit(
    ports,
    actorWorkspaceMemberId,
    'settings.saved',
    'sync settings',
    `The sync settings were changed${saved.appliedPreviewId ? ` from impact preview ${saved.appliedPreviewId}` : ''}: ` +
      `${changed.join(', ') || 'nothing differs from before'}.`,
    { before: auditText(before), after: JSON.stringify(saved.settings) },
  );
  const runningStreams = await streamsRunning(rt);
  return { ...saved, ...(runningStreams.length > 0 ? { runningStreams } : {}) };
}

async function streamsRunning(rt: SyncRuntime): Promise<StreamName[]> {
  const states = await Promise.all(STREAMS.map((stream) => loadRunState(rt.kv, stream)));
  return STREAMS.filter((_, i) => states[i]?.status === 'running');
}

/** The dotted paths whose values differ, for the audit entry's sentence. */
function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after) && !prefix.endsWith('partnerFields')) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  // A setting missing before held its default: compare with that, so a first save lists only what was changed.
  const was = before === undefined ? defaultAt(prefix) : before;
  return JSON.stringify(was ?? null) === JSON.stringify(after ?? null) ? [] : [prefix || '(document)'];
}

const defaultAt = (path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], DEFAULT_SETTINGS);

export async function resetSettingsAnswer(
  ports: Pick<CredentialPorts, 'kv' | 'audit' | 'now'>,
  actorWorkspaceMemberId: string,
): Promise<SettingsResetAnswer> {
  const { before, after } = await resetSettings(ports.kv);
  await audit(
    ports,
    actorWorkspaceMemberId,
    'settings.reset',
    'sync settings',
    'The sync settings were reset to their defaults.',
    {
      before: auditText(before),
      after: JSON.stringify(after),
    },
  );
  return { settings: after };
}

export const readSettingsRoute = async (request: RouteRequest, app: AppRuntime) =>
  readSettingsAnswer(app.kv, app.log, await callerLanguage(app, request.caller));
export async function saveSettingsRoute(request: RouteRequest, app: AppRuntime) {
  const deps = credentialRouteDeps(request, app);
  return saveSettingsAnswer(syncRuntimeFrom(app), deps.ports, await deps.memberId(), request.body);
}
export const resetSettingsRoute = async (_request: RouteRequest, deps: CredentialRouteDeps) =>
  resetSettingsAnswer(deps.ports, await deps.memberId());

/** The stored document as the schema reads it; of anything else only names and problems, never a value. */
function auditText(stored: unknown): string {
  if (stored === null || stored === undefined) return 'nothing stored (the defaults applied)';
  const { document, ignoredKeys } = withoutUnknownKeys(stored);
  const ignored = ignoredKeys.length ? ` (and unknown settings, values not shown: ${ignoredKeys.join(', ')})` : '';
  try {
    return `${JSON.stringify(parseSettings(document))}${ignored}`;
  } catch (error) {
    return `not valid: ${(error as SettingsInvalidError).problems.join('; ')}${ignored}`;
  }
}
