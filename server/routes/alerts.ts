// The alert routes: read the alert settings, save a change (manager, audited), create the webhook's signing secret
// (manager, audited, answered once) and send a test message (manager).
import { APP_VARIABLES } from 'plugin/constants/names';
import { alertPassDeps, attemptDelivery, workspaceLanguageOf } from 'server/alerts/entry-points';
import { LAST_DELIVERY_KEY, type LastDelivery } from 'server/alerts/delivery';
import { alertText } from 'server/alerts/messages';
import { DEFAULT_ALERT_SETTINGS, readAlertSettings, writeAlertSettings } from 'server/alerts/settings';
import { assertWebhookUrlAllowed, newWebhookSecret } from 'server/alerts/webhook';
import { audit } from 'server/credentials/audit';
import { workspaceMembersFrom } from 'server/credentials/member-names';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { holdsManageMetakocka } from 'server/host/guards';
import type { RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import type {
  AlertSettingsAnswer,
  AlertSettingsSaveAnswer,
  AlertWebhookSecretAnswer,
  AlertWebhookTestAnswer,
} from 'server/routes/contracts';
import type { CredentialRouteDeps } from 'server/routes/route-context';

/** Any member may read; `canManage` tells the screen whether to offer saving or say why not. */
export async function readAlertsRoute(request: RouteRequest, app: AppRuntime): Promise<AlertSettingsAnswer> {
  const settings = await readAlertSettings(app.kv);
  const effectiveRecipients =
    settings.recipients.length > 0 ? settings.recipients : await alertPassDeps(app).defaultRecipients();
  const [members, canManage] = await Promise.all([
    workspaceMembersFrom(crmGatewayFor(app, 'application')),
    request.caller ? holdsManageMetakocka(request.caller, app) : false,
  ]);
  return {
    settings,
    defaults: DEFAULT_ALERT_SETTINGS,
    effectiveRecipients,
    members,
    canManage,
    webhook: {
      secretSet: Boolean(app.variables[APP_VARIABLES.alertWebhookSecret]),
      lastDelivery: await app.kv.get<LastDelivery>(LAST_DELIVERY_KEY),
    },
  };
}

/** An empty recipient list becomes the manager who saves it, so alerts always reach someone who can act. */
export async function saveAlertsRoute(
  request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<AlertSettingsSaveAnswer> {
  const actor = await deps.memberId();
  const change = { ...((request.body ?? {}) as Record<string, unknown>) };
  if (typeof change.webhookUrl === 'string' && change.webhookUrl.trim() === '') change.webhookUrl = null;
  if (typeof change.webhookUrl === 'string')
    assertWebhookUrlAllowed(change.webhookUrl, deps.ports.variables.get(APP_VARIABLES.allowedEndpoints));
  if (Array.isArray(change.recipients) && change.recipients.length === 0) change.recipients = [actor];
  const { before, after } = await writeAlertSettings(deps.ports.kv, change);
  await audit(deps.ports, actor, 'alerts.settings-saved', 'alert settings', 'The alert settings were changed.', {
    before: JSON.stringify(before),
    after: JSON.stringify(after),
  });
  return { settings: after };
}

/** The only answer that ever carries the secret; the audit says that it changed, never what it is. */
export async function createWebhookSecretRoute(
  _request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<AlertWebhookSecretAnswer> {
  const actor = await deps.memberId();
  const secret = newWebhookSecret();
  const hadOne = Boolean(deps.ports.variables.get(APP_VARIABLES.alertWebhookSecret));
  await deps.ports.variables.set(APP_VARIABLES.alertWebhookSecret, secret);
  await audit(
    deps.ports,
    actor,
    'alerts.webhook-secret-created',
    'alert webhook',
    'A new signing secret was created for the alert webhook; receivers need it to verify messages.',
    { before: hadOne ? 'a secret was set' : 'no secret', after: 'a new secret is set' },
  );
  return { secret };
}

export async function testWebhookRoute(_request: RouteRequest, app: AppRuntime): Promise<AlertWebhookTestAnswer> {
  const now = app.clock.now();
  return attemptDelivery(app, {
    deliveryId: `test-${now.getTime()}`,
    attempt: 0,
    payload: { event: 'test', text: alertText(workspaceLanguageOf(app), 'webhook.test'), sentAt: now.toISOString() },
  });
}
