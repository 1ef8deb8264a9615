// One alert pass, run by the alerts cron every five minutes: read what is wrong now, alert each new cause once
// (tasks, then a webhook message), forget the causes that are gone, and send the daily digest when it is due.
import { openCriticalIssues } from 'server/crm/alert-reads';
import type { CrmGateway } from 'server/crm/gateway';
import { createTasks } from 'server/crm/tasks';
import type { AppJobs } from 'server/host/jobs';
import type { KvPort } from 'server/host/kv';
import { ALERT_LEDGER_KEY, currentCauses, readLedger, reconcile } from 'server/alerts/causes';
import { enqueueDelivery } from 'server/alerts/delivery';
import { newestRunsByStream } from 'server/alerts/health-facts';
import { digestContent, digestTasks, dueDigestSlot, DIGEST_STATE_KEY } from 'server/alerts/digest';
import { alertDate, alertText, type AlertLanguage } from 'server/alerts/messages';
import { causePayload, causeTasks, deliveryIdFor, type LanguageFor } from 'server/alerts/notify';
import { readAlertSettings } from 'server/alerts/settings';

export interface AlertPassDeps {
  kv: KvPort;
  /** With the app's token: alerts are written by the app, whoever caused them. */
  gateway: CrmGateway;
  jobs: AppJobs;
  deliverFunctionId: string;
  now: Date;
  /** The workspace's language, for webhook messages that have no single recipient. */
  workspaceLanguage: AlertLanguage;
  languageFor: LanguageFor;
  /** Who is alerted when no manager chose recipients: the member who last saved the connection. */
  defaultRecipients: () => Promise<string[]>;
}

export interface AlertPassSummary {
  causes: string[];
  alerted: string[];
  tasksWritten: number;
  webhookDeliveries: number;
  digest: 'off' | 'not-due' | 'nothing-new' | 'sent';
}

export async function runAlertPass(deps: AlertPassDeps): Promise<AlertPassSummary> {
  const settings = await readAlertSettings(deps.kv);
  const recipients = settings.recipients.length > 0 ? settings.recipients : await deps.defaultRecipients();
  const causes = currentCauses({
    openCritical: (await openCriticalIssues(deps.gateway)).issues,
    runsByStream: await newestRunsByStream(deps.gateway, settings.failingRunsInARow),
    failingRunsInARow: settings.failingRunsInARow,
  });

  const { toNotify, next } = reconcile(await readLedger(deps.kv), causes, deps.now);
  await deps.kv.set(ALERT_LEDGER_KEY, next);
  const tasks = (
    await Promise.all(
      toNotify
        .filter(({ cause }) => settings.criticalTasks || cause.kind !== 'critical')
        .map(({ cause, since }) => causeTasks(cause, since, recipients, deps.languageFor, deps.now)),
    )
  ).flat();
  await createTasks(deps.gateway, tasks);
  let webhookDeliveries = 0;
  for (const { cause, since } of toNotify) {
    if (settings.webhookUrl !== null) {
      await enqueueDelivery(deps.jobs, deps.deliverFunctionId, {
        deliveryId: deliveryIdFor('cause', cause.key, since),
        attempt: 0,
        payload: causePayload(cause, deps.workspaceLanguage, deps.now),
      });
      webhookDeliveries += 1;
    }
    next[cause.key] = { since, notified: true };
  }
  if (toNotify.length > 0) await deps.kv.set(ALERT_LEDGER_KEY, next);

  const digest = settings.digest.enabled
    ? await sendDigest(deps, settings.digest.at, recipients, settings.webhookUrl)
    : 'off';
  return {
    causes: causes.map((cause) => cause.key),
    alerted: toNotify.map(({ cause }) => cause.key),
    tasksWritten: tasks.length,
    webhookDeliveries: webhookDeliveries + (digest === 'sent' && settings.webhookUrl !== null ? 1 : 0),
    digest,
  };
}

async function sendDigest(
  deps: AlertPassDeps,
  at: string,
  recipients: string[],
  webhookUrl: string | null,
): Promise<'not-due' | 'nothing-new' | 'sent'> {
  const due = await dueDigestSlot(deps.kv, deps.now, at);
  if (due === null) return 'not-due';
  const content = await digestContent(deps.gateway, due.from, due.slot.toISOString());
  if (content.total > 0) {
    await createTasks(deps.gateway, await digestTasks(content, due.slot, recipients, deps.languageFor));
    if (webhookUrl !== null)
      await enqueueDelivery(deps.jobs, deps.deliverFunctionId, {
        deliveryId: deliveryIdFor('digest', 'daily', due.slot.toISOString()),
        attempt: 0,
        payload: {
          event: 'digest',
          text: alertText(deps.workspaceLanguage, 'webhook.digest', {
            date: alertDate(deps.workspaceLanguage, due.slot),
            summary: alertText(deps.workspaceLanguage, 'digest.intro', { count: content.total }),
          }),
          count: content.total,
          issueIds: content.important.map((issue) => issue.id),
          sentAt: deps.now.toISOString(),
        },
      });
  }
  await deps.kv.set(DIGEST_STATE_KEY, { lastSlot: due.slot.toISOString() });
  return content.total > 0 ? 'sent' : 'nothing-new';
}
