// Turns a cause into what people receive: one task per recipient, in the recipient's language, linked to the issue
// (or the failed run) it is about, and one webhook message. Ids derive from the cause and when it began, so writing
// them again after a crash changes nothing.
import { streamWord } from 'server/language/stream-words';
import { uuidFromKey } from 'server/sync/hashing';
import { issueWording } from 'server/sync/issues';
import type { TaskDraft } from 'server/crm/tasks';
import type { Cause } from 'server/alerts/causes';
import { alertText, type AlertLanguage } from 'server/alerts/messages';
import type { AlertPayload } from 'server/alerts/webhook';

export type LanguageFor = (memberId: string) => Promise<AlertLanguage>;

function causeTexts(cause: Cause, language: AlertLanguage) {
  const stream = streamWord(language, cause.stream);
  if (cause.kind === 'critical') {
    const first = cause.issues[0] && issueWording(cause.issues[0], language);
    const message = first?.message || alertText(language, 'unknown.message');
    const action = first?.suggestedAction || alertText(language, 'unknown.action');
    const count = cause.issues.length;
    return {
      title: alertText(language, 'critical.title', { stream, code: cause.code }),
      body: alertText(language, 'critical.body', {
        stream,
        message,
        action,
        issues: alertText(language, 'critical.issues', { count }),
      }),
      text: alertText(language, 'webhook.critical', { stream, code: cause.code, message }),
    };
  }
  const count = cause.runs.length;
  const message = cause.runs[0]?.errorSummary || alertText(language, 'unknown.message');
  return {
    title: alertText(language, 'failing.title', { stream, count }),
    body: alertText(language, 'failing.body', { stream, count, message }),
    text: alertText(language, 'webhook.failing', { stream, count, message }),
  };
}

const causeTarget = (cause: Cause): TaskDraft['target'] => {
  if (cause.kind === 'critical')
    return cause.issues[0] ? { object: 'metakockaSyncIssue', id: cause.issues[0].id } : null;
  return cause.runs[0] ? { object: 'metakockaSyncRun', id: cause.runs[0].id } : null;
};

export async function causeTasks(
  cause: Cause,
  since: string,
  recipients: string[],
  languageFor: LanguageFor,
  now: Date,
): Promise<TaskDraft[]> {
  return Promise.all(
    recipients.map(async (assigneeId) => {
      const texts = causeTexts(cause, await languageFor(assigneeId));
      return {
        id: uuidFromKey(`alert-task:${cause.key}:${since}:${assigneeId}`),
        title: texts.title,
        bodyMarkdown: texts.body,
        assigneeId,
        dueAt: now.toISOString(),
        target: causeTarget(cause),
      };
    }),
  );
}

export function causePayload(cause: Cause, language: AlertLanguage, now: Date): AlertPayload {
  const base = { text: causeTexts(cause, language).text, stream: cause.stream, sentAt: now.toISOString() };
  if (cause.kind === 'critical')
    return {
      ...base,
      event: 'alert.critical',
      code: cause.code,
      count: cause.issues.length,
      issueIds: cause.issues.slice(0, 50).map((issue) => issue.id),
    };
  return { ...base, event: 'alert.failing', count: cause.runs.length };
}

export const deliveryIdFor = (kind: string, key: string, since: string): string =>
  uuidFromKey(`alert-webhook:${kind}:${key}:${since}`);
