// The daily digest: once a day at a Ljubljana time, each recipient gets one task with what is new since the last
// digest (counts by class and stream, the CRITICAL and ERROR issues first); nothing new, nothing sent. A day the app
// could not run is covered by the next digest, once.
import { streamWord } from 'server/language/stream-words';
import { issuesFirstSeenBetween, type AlertIssue } from 'server/crm/alert-reads';
import type { CrmGateway } from 'server/crm/gateway';
import type { TaskDraft } from 'server/crm/tasks';
import type { KvPort } from 'server/host/kv';
import { uuidFromKey } from 'server/sync/hashing';
import { issueWording } from 'server/sync/issues';
import { latestDailyAtOrBefore } from 'server/sync/schedule';
import { STREAMS } from 'server/alerts/causes';
import { alertDate, alertText, type AlertLanguage, type AlertMessageId } from 'server/alerts/messages';
import type { LanguageFor } from 'server/alerts/notify';

export const DIGEST_STATE_KEY = 'alerts:digest';
const CLASSES = ['ERROR', 'CONFLICT'] as const;

export interface DigestContent {
  from: string;
  to: string;
  total: number;
  byClass: Record<string, number>;
  byStream: Record<string, number>;
  important: AlertIssue[];
  importantTotal: number;
}

/** Seven bounded reads whatever the number of issues: a count per class and per stream, and the first important ones. */
export async function digestContent(gateway: CrmGateway, from: string, to: string): Promise<DigestContent> {
  const count = async (filter: Record<string, unknown>) =>
    (await issuesFirstSeenBetween(gateway, from, to, filter)).totalCount;
  const byClass = Object.fromEntries(
    await Promise.all(CLASSES.map(async (kind) => [kind, await count({ kind: { eq: kind } })] as const)),
  );
  const byStream = Object.fromEntries(
    await Promise.all(STREAMS.map(async (stream) => [stream, await count({ stream: { eq: stream } })] as const)),
  );
  const important = await issuesFirstSeenBetween(gateway, from, to, { severity: { in: ['CRITICAL', 'ERROR'] } });
  return {
    from,
    to,
    total: CLASSES.reduce((sum, kind) => sum + (byClass[kind] ?? 0), 0),
    byClass,
    byStream,
    important: important.issues,
    importantTotal: important.totalCount,
  };
}

const listOf = (counts: Record<string, number>, label: (key: string) => string) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${label(key)} ${n}`)
    .join(', ');

export function digestBody(content: DigestContent, language: AlertLanguage): string {
  const lines = [
    alertText(language, 'digest.intro', { count: content.total }),
    alertText(language, 'digest.byClass', {
      list: listOf(content.byClass, (kind) => alertText(language, `class.${kind}` as AlertMessageId)),
    }),
    alertText(language, 'digest.byStream', {
      list: listOf(content.byStream, (stream) => streamWord(language, stream)),
    }),
  ];
  if (content.important.length > 0) {
    lines.push(alertText(language, 'digest.important'));
    for (const issue of content.important)
      lines.push(
        `- ${streamWord(language, issue.stream)}, ${issue.errorCode ?? issue.kind}: ${issueWording(issue, language).message}`,
      );
    const more = content.importantTotal - content.important.length;
    if (more > 0) lines.push(alertText(language, 'digest.more', { count: more }));
  }
  return lines.join('\n\n');
}

export const digestTitle = (language: AlertLanguage, slot: Date): string =>
  alertText(language, 'digest.title', { date: alertDate(language, slot) });

export interface DigestState {
  lastSlot: string;
}

/** The slot a digest is due for now, or null. The first pass after install only sets where the next one starts. */
export async function dueDigestSlot(kv: KvPort, now: Date, at: string): Promise<{ from: string; slot: Date } | null> {
  const slot = latestDailyAtOrBefore(now, at);
  const state = await kv.get<DigestState>(DIGEST_STATE_KEY);
  if (state === null) {
    await kv.set(DIGEST_STATE_KEY, { lastSlot: slot.toISOString() });
    return null;
  }
  return slot.getTime() > Date.parse(state.lastSlot) ? { from: state.lastSlot, slot } : null;
}

export async function digestTasks(
  content: DigestContent,
  slot: Date,
  recipients: string[],
  languageFor: LanguageFor,
): Promise<TaskDraft[]> {
  return Promise.all(
    recipients.map(async (assigneeId) => {
      const language = await languageFor(assigneeId);
      return {
        id: uuidFromKey(`alert-digest:${slot.toISOString()}:${assigneeId}`),
        title: digestTitle(language, slot),
        bodyMarkdown: digestBody(content, language),
        assigneeId,
        dueAt: slot.toISOString(),
        target: null,
      };
    }),
  );
}
