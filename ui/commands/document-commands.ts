// Sales-document commands (issue #6 item 5): push, get the PDF (change the status: change-status.ts). All go to the documents action
// route (server/sync/documents/actions.ts), which answers { ok, documentId, message } or { error, code, action }.
import { DOCUMENT_ROUTES } from 'plugin/constants/route-paths';
import { callCommandRoute, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';

export type DocumentCommand = 'push' | 'get-pdf';

type DocumentAnswer = { message?: unknown };

/** The one record the command works on, or the outcome that tells the user to select exactly one. */
export function singleSelection(t: CommandText, ids: readonly string[]): { id: string } | { outcome: CommandOutcome } {
  if (ids.length === 1) return { id: ids[0]! };
  return { outcome: { variant: 'warning', message: t(ids.length === 0 ? 'select.none' : 'select.one') } };
}

async function documentAction(
  client: CommandClient,
  t: CommandText,
  body: Record<string, string>,
): Promise<CommandOutcome> {
  const out = await callCommandRoute<DocumentAnswer>(client, DOCUMENT_ROUTES.action, body);
  if (!out.ok) return failureOutcome(t, out);
  return { variant: 'success', message: typeof out.data?.message === 'string' ? out.data.message : t('done') };
}

export async function documentCommand(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
  action: DocumentCommand,
  selectedIds: readonly string[],
): Promise<CommandOutcome> {
  const selection = singleSelection(t, selectedIds);
  if ('outcome' in selection) return show(host, selection.outcome);
  return show(host, await documentAction(client, t, { action, documentId: selection.id }));
}
