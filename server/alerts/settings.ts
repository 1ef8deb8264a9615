// Who is alerted and when (issue 18 item 1): recipients, the failing-stream threshold, the daily digest time and the
// outbound webhook's address. Kept in kv beside, not inside, the sync settings: an alert change never touches a run.
import { z } from 'zod';

import { renderError } from 'server/error-catalogue';
import { SyncError } from 'server/errors';
import type { KvPort } from 'server/host/kv';

export const ALERT_SETTINGS_KEY = 'alerts:settings';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, e.g. 07:30');

export const alertSettingsSchema = z
  .object({
    /** Workspace members who get alert and digest tasks. Empty: the manager who last saved the connection. */
    recipients: z.array(z.string().uuid('a workspace member id')).max(20, 'at most 20 recipients'),
    /** Off: a CRITICAL cause writes no tasks (the webhook and the digest still tell of it). */
    criticalTasks: z.boolean(),
    /** A stream alerts when this many of its runs in a row failed. */
    failingRunsInARow: z.number().int().min(1).max(20),
    /** Open CRITICAL issues (at least) that turn the health check red. */
    healthCriticalIssues: z.number().int().min(1).max(1000),
    /** The newest runs, this many in a row, that ended with issues before the health check warns. */
    healthIssueRunsInARow: z.number().int().min(1).max(20),
    digest: z.object({ enabled: z.boolean(), at: hhmm }).strict(),
    /** https only; http only on a loopback origin listed in METAKOCKA_ALLOWED_ENDPOINTS (D37). */
    webhookUrl: z.string().max(2000, 'at most 2,000 characters').nullable(),
  })
  .strict();

export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  recipients: [],
  criticalTasks: true,
  failingRunsInARow: 3,
  healthCriticalIssues: 1,
  healthIssueRunsInARow: 1,
  digest: { enabled: true, at: '07:30' },
  webhookUrl: null,
};

export class AlertSettingsInvalidError extends SyncError {
  readonly code = 'ALERT_SETTINGS_INVALID';
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(
      renderError('ALERT_SETTINGS_INVALID', { problems: problems.join('; ') }),
      'Correct the named settings and save again.',
    );
  }
}

/** A stored document that no longer parses (a hand edit, an older version) falls back to the defaults field by field. */
export async function readAlertSettings(kv: KvPort): Promise<AlertSettings> {
  const stored = await kv.get<Partial<AlertSettings>>(ALERT_SETTINGS_KEY);
  const merged = { ...DEFAULT_ALERT_SETTINGS, ...(stored ?? {}) };
  const parsed = alertSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
}

/** Merges a partial change; an invalid result is refused whole, naming each setting. */
export async function writeAlertSettings(
  kv: KvPort,
  change: unknown,
): Promise<{ before: AlertSettings; after: AlertSettings }> {
  if (typeof change !== 'object' || change === null || Array.isArray(change))
    throw new AlertSettingsInvalidError(['(document): send the alert settings as a JSON object']);
  const before = await readAlertSettings(kv);
  const parsed = alertSettingsSchema.safeParse({ ...before, ...change });
  if (!parsed.success)
    throw new AlertSettingsInvalidError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`),
    );
  await kv.set(ALERT_SETTINGS_KEY, parsed.data);
  return { before, after: parsed.data };
}
