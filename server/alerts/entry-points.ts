// What the alert functions call: build the pass's ports from the runtime (the app's token, kv, jobs, clock, the
// workspace language) and run one server function.
import { APP_VARIABLES } from 'plugin/constants/names';
import { ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { lastActorOf } from 'server/crm/alert-reads';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { FALLBACK_LANGUAGE, languageForMember, workspaceLanguage } from 'server/language/choice';
import type { AppRuntime } from 'server/host/runtime';
import { settleAttempt, type DeliveryJob } from 'server/alerts/delivery';
import type { AlertLanguage } from 'server/alerts/messages';
import { runAlertPass, type AlertPassDeps } from 'server/alerts/run-alerts';
import { readAlertSettings } from 'server/alerts/settings';
import { assertWebhookUrlAllowed, deliver, WebhookUrlRefusedError, type DeliveryOutcome } from 'server/alerts/webhook';

/** The workspace's language (the variable managers set), read as every other text of the app reads it. */
export const workspaceLanguageOf = (app: AppRuntime): AlertLanguage =>
  workspaceLanguage({ get: (key) => app.variables[key] }) ?? FALLBACK_LANGUAGE;

export function alertPassDeps(app: AppRuntime): AlertPassDeps {
  const gateway = crmGatewayFor(app, 'application');
  const language = workspaceLanguageOf(app);
  const variables = { get: (key: string) => app.variables[key] };
  return {
    kv: app.kv,
    gateway,
    jobs: app.jobs,
    deliverFunctionId: ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
    now: app.clock.now(),
    workspaceLanguage: language,
    // Each recipient's task in their own choice, else the workspace's (issue 15 item 1).
    languageFor: (memberId) => languageForMember({ kv: app.kv, variables }, memberId),
    defaultRecipients: async () => {
      const actor = await lastActorOf(gateway, 'organisation-credentials.saved');
      return actor === null ? [] : [actor];
    },
  };
}

export const alertsCron = (_payload: unknown, app: AppRuntime) => runAlertPass(alertPassDeps(app));

/** One attempt of a queued delivery, with the address and secret as they are now (a changed URL wins). */
export async function deliverAlertWebhookJob(payload: unknown, app: AppRuntime) {
  const job = payload as DeliveryJob;
  const outcome = await attemptDelivery(app, job);
  return settleAttempt(
    {
      kv: app.kv,
      jobs: app.jobs,
      deliverFunctionId: ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
      now: app.clock.now(),
    },
    job,
    outcome,
  );
}

export async function attemptDelivery(app: AppRuntime, job: DeliveryJob): Promise<DeliveryOutcome> {
  const { webhookUrl } = await readAlertSettings(app.kv);
  const secret = app.variables[APP_VARIABLES.alertWebhookSecret];
  if (webhookUrl === null) return { ok: false, status: 0, reason: 'no webhook address', why: 'no-address' };
  if (!secret)
    return {
      ok: false,
      status: 0,
      reason: 'no signing secret: generate one in the alert settings',
      why: 'no-secret',
    };
  try {
    assertWebhookUrlAllowed(webhookUrl, app.variables[APP_VARIABLES.allowedEndpoints]);
  } catch (error) {
    if (error instanceof WebhookUrlRefusedError)
      return { ok: false, status: 0, reason: 'address refused (https only)', why: 'refused' };
    throw error;
  }
  return deliver(app.crm.fetch, webhookUrl, secret, job.payload, app.clock.now());
}
