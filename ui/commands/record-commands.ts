// Record commands on companies and people (issue #5 item 5): resync, unlink, exclude, include again, through the
// record-action route (server/sync/record-actions.ts), one record per request: { action, object, recordId } ->
// { ok, detail }. Unlink and exclude change what the sync does with the record, so they ask first.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { callCommandRoute, type CommandClient } from 'ui/commands/command-client';
import type { CommandMessageId, CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';

export type RecordCommand = 'resync' | 'unlink' | 'exclude' | 'include';
export type RecordObject = 'company' | 'person';

/** One route call per record, one after the other; a larger selection is cut, and the user is told. */
export const MAX_RECORDS_PER_COMMAND = 20;

const CONFIRMATION: Partial<
  Record<RecordCommand, { title: CommandMessageId; subtitle: CommandMessageId; button: CommandMessageId }>
> = {
  unlink: { title: 'confirm.unlink.title', subtitle: 'confirm.unlink.subtitle', button: 'confirm.unlink.button' },
  exclude: { title: 'confirm.exclude.title', subtitle: 'confirm.exclude.subtitle', button: 'confirm.exclude.button' },
};

export const isRecordObject = (name: string | null | undefined): name is RecordObject =>
  name === 'company' || name === 'person';

export async function recordCommand(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
  action: RecordCommand,
  objectNameSingular: string | null | undefined,
  selectedIds: readonly string[],
): Promise<CommandOutcome> {
  if (!isRecordObject(objectNameSingular)) return show(host, { variant: 'warning', message: t('select.wrongObject') });
  if (selectedIds.length === 0) return show(host, { variant: 'warning', message: t('select.none') });
  const ids = selectedIds.slice(0, MAX_RECORDS_PER_COMMAND);
  const confirmation = CONFIRMATION[action];
  if (confirmation) {
    const answer = await host.openCommandConfirmationModal({
      title: t(confirmation.title),
      subtitle: t(confirmation.subtitle, { count: ids.length }),
      confirmButtonText: t(confirmation.button),
      confirmButtonAccent: 'danger',
    });
    if (answer !== 'confirm') return { variant: 'info', message: t('cancelled') };
  }
  let detail = '';
  for (const [index, recordId] of ids.entries()) {
    const out = await callCommandRoute<{ detail?: unknown }>(client, SYNC_ROUTES.recordAction, {
      action,
      object: objectNameSingular,
      recordId,
    });
    if (!out.ok) return show(host, withProgress(t, failureOutcome(t, out), index, ids.length));
    detail = typeof out.data?.detail === 'string' ? out.data.detail : t('done');
  }
  const cut = selectedIds.length > ids.length ? ` ${t('records.tooMany', { max: MAX_RECORDS_PER_COMMAND })}` : '';
  return show(host, {
    variant: 'success',
    message: ids.length === 1 ? detail : t('records.allDone', { count: ids.length, detail }) + cut,
  });
}

/** With several records, a failure also says how many were done before it (the rest were not sent). */
function withProgress(t: CommandText, outcome: CommandOutcome, done: number, total: number): CommandOutcome {
  if (total === 1) return outcome;
  const progress = t('records.partial', { done, total });
  return { ...outcome, detailedMessage: [progress, outcome.detailedMessage].filter(Boolean).join(' ') };
}
