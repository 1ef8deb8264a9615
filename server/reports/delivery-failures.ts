// A scheduled report that keeps failing (issue 19 item 4): each tick's failed delivery lengthens the report's failure
// streak, kept in kv beside the saved reports (no data-model change), and a delivered one ends it. When a streak
// reaches the alert settings' "failed runs in a row" (the threshold a failing sync stream alerts at), the alert
// recipients get one task each in their language and the alert webhook one message; the streak remembers it alerted,
// so a streak alerts once, however many ticks it lasts. Task and webhook ids derive from the report and the streak's
// start. The last failure is kept as a catalogue code and parameters, so the report page words it in the reader's
// language.
import { isErrorCode, renderAction, renderError, type ErrorParams } from 'server/error-catalogue';
import { isSyncError } from 'server/errors';
import { createTasks } from 'server/crm/tasks';
import type { CrmGateway } from 'server/crm/gateway';
import type { KvPort } from 'server/host/kv';
import type { Language } from 'server/language/choice';
import { uuidFromKey } from 'server/sync/hashing';

import { deliveryText, slotLabel } from './delivery-messages';

export const DELIVERY_STREAKS_KV_KEY = 'reports:delivery-streaks';

export interface DeliveryStreak {
  /** Failed deliveries in a row (one per tick that tried). */
  failures: number;
  /** When the first failure of the streak happened (ISO); the streak's identity. */
  since: string;
  lastAt: string;
  /** The slot the last failure tried to deliver. */
  slot: string;
  error: { code: string; params: ErrorParams };
  /** When the streak raised its alert; null until it reaches the threshold. */
  alertedAt: string | null;
}

type Streaks = Record<string, DeliveryStreak>;

export interface DeliveryFailureDeps {
  kv: KvPort;
  gateway: CrmGateway;
  /** Failures in a row that raise the alert (the alert settings' failingRunsInARow). */
  threshold: number;
  recipients: () => Promise<string[]>;
  languageFor: (memberId: string) => Promise<Language>;
  workspaceLanguage: Language;
  /** Posts to the alert webhook; null when no address is set. */
  webhook: ((deliveryId: string, text: string) => Promise<void>) | null;
  log: { warn(message: string, fields?: Record<string, unknown>): void };
}

/** What the report page shows about a failing schedule, worded in the reader's language. */
export interface DeliveryFailureView {
  failures: number;
  since: string;
  lastAt: string;
  slot: string;
  code: string;
  message: string;
  action: string;
  alerted: boolean;
}

/** A catalogued error keeps its own code and parameters; anything else is REPORT_DELIVERY_FAILED with its text. */
function errorOf(error: unknown): DeliveryStreak['error'] {
  if (isSyncError(error) && isErrorCode(error.code) && error.params !== null)
    return { code: error.code, params: error.params };
  return {
    code: 'REPORT_DELIVERY_FAILED',
    params: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
  };
}

const wordedError = (streak: DeliveryStreak, language: Language) => {
  const code = isErrorCode(streak.error.code) ? streak.error.code : 'REPORT_DELIVERY_FAILED';
  return {
    code,
    message: renderError(code, streak.error.params, language),
    action: renderAction(code, streak.error.params, language),
  };
};

export const readDeliveryStreaks = async (kv: KvPort): Promise<Streaks> =>
  (await kv.get<Streaks>(DELIVERY_STREAKS_KV_KEY)) ?? {};

export function deliveryFailureView(
  streak: DeliveryStreak | undefined,
  language: Language,
): DeliveryFailureView | null {
  if (!streak) return null;
  const { failures, since, lastAt, slot, alertedAt } = streak;
  return { failures, since, lastAt, slot, ...wordedError(streak, language), alerted: alertedAt !== null };
}

/** A delivered report ends its streak. */
export async function endDeliveryStreak(kv: KvPort, savedReportId: string): Promise<void> {
  const streaks = await readDeliveryStreaks(kv);
  if (!(savedReportId in streaks)) return;
  delete streaks[savedReportId];
  await kv.set(DELIVERY_STREAKS_KV_KEY, streaks);
}

async function raiseAlert(deps: DeliveryFailureDeps, report: { id: string; name: string }, streak: DeliveryStreak) {
  const drafts = await Promise.all(
    (await deps.recipients()).map(async (assigneeId) => {
      const language = await deps.languageFor(assigneeId);
      return {
        id: uuidFromKey(`report-failing-task:${report.id}:${streak.since}:${assigneeId}`),
        title: deliveryText(language, 'failing.title', { name: report.name, count: streak.failures }),
        bodyMarkdown: deliveryText(language, 'failing.body', {
          name: report.name,
          count: streak.failures,
          since: slotLabel(language, new Date(streak.since)),
          error: wordedError(streak, language).message,
        }),
        assigneeId,
        dueAt: streak.lastAt,
        target: null,
      };
    }),
  );
  await createTasks(deps.gateway, drafts);
  if (deps.webhook)
    await deps.webhook(
      uuidFromKey(`report-failing-webhook:${report.id}:${streak.since}`),
      deliveryText(deps.workspaceLanguage, 'webhook.failing', { name: report.name, count: streak.failures }),
    );
}

/** One more failed delivery; alerts when the streak first reaches the threshold. Returns the streak as it now is. */
export async function recordDeliveryFailure(
  deps: DeliveryFailureDeps,
  report: { id: string; name: string },
  slot: Date,
  error: unknown,
  now: Date,
): Promise<DeliveryStreak> {
  const streaks = await readDeliveryStreaks(deps.kv);
  const before = streaks[report.id];
  const streak: DeliveryStreak = {
    failures: (before?.failures ?? 0) + 1,
    since: before?.since ?? now.toISOString(),
    lastAt: now.toISOString(),
    slot: slot.toISOString(),
    error: errorOf(error),
    alertedAt: before?.alertedAt ?? null,
  };
  if (streak.alertedAt === null && streak.failures >= deps.threshold) {
    const detail = wordedError(streak, 'en').message;
    try {
      await raiseAlert(deps, report, streak);
      streak.alertedAt = now.toISOString();
      deps.log.warn(renderError('REPORT_DELIVERY_FAILING', { name: report.name, count: streak.failures, detail }), {
        savedReportId: report.id,
      });
    } catch (alertError) {
      // The streak still counts; the next failing tick tries the alert again.
      deps.log.warn('The alert for a failing scheduled report could not be raised', {
        savedReportId: report.id,
        error: alertError instanceof Error ? alertError.message : String(alertError),
      });
    }
  }
  await deps.kv.set(DELIVERY_STREAKS_KV_KEY, { ...streaks, [report.id]: streak });
  return streak;
}
