// The settings routes: read the document (with the defaults it falls back to), save a partial change, validated, and
// reset it to the defaults (manager only, audited).
import { audit } from 'server/credentials/audit';
import type { CredentialPorts } from 'server/credentials/ports';
import type { KvPort } from 'server/host/kv';
import type { AppLog } from 'server/host/log';
import type { RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import {
  settingsSaveRequest,
  type SettingsReadAnswer,
  type SettingsResetAnswer,
  type SettingsSaveAnswer,
} from 'server/routes/contracts';
import type { CredentialRouteDeps } from 'server/routes/route-context';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import {
  parseSettings,
  readStoredSettings,
  resetSettings,
  SettingsInvalidError,
  withoutUnknownKeys,
  writeSettings,
} from 'server/settings/store';

export async function readSettingsAnswer(kv: KvPort, log: Pick<AppLog, 'warn'>): Promise<SettingsReadAnswer> {
  const { settings, ignoredKeys } = await readStoredSettings(kv);
  if (ignoredKeys.length === 0) return { settings, defaults: DEFAULT_SETTINGS };
  // Key names only: a hand-written value could hold anything.
  log.warn('The stored sync settings hold settings this version does not know; they are ignored', { ignoredKeys });
  const message =
    `The stored settings hold ${ignoredKeys.join(', ')}, which this version of the app does not know (an older or newer version, ` +
    'or a manual change, wrote them). They are ignored, and the next save removes them.';
  return { settings, defaults: DEFAULT_SETTINGS, warning: { ignoredKeys, message } };
}

/** A partial document is merged into the stored one; an invalid result is refused whole (SettingsInvalidError → 422). */
export async function saveSettingsAnswer(kv: KvPort, change: unknown): Promise<SettingsSaveAnswer> {
  if (!settingsSaveRequest.safeParse(change).success)
    throw new SettingsInvalidError(['(document): send the settings as a JSON object, e.g. { "dryRun": true }']);
  return { settings: await writeSettings(kv, change) };
}

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

export const readSettingsRoute = (_request: RouteRequest, app: AppRuntime) => readSettingsAnswer(app.kv, app.log);
export const saveSettingsRoute = (request: RouteRequest, app: AppRuntime) => saveSettingsAnswer(app.kv, request.body);
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
