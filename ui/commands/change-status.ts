// "Change status" of a sales order. Statuses are each company's own names and Metakocka's API cannot list them
// (API.md §3.3), so the form offers the statuses seen on this workspace's documents of the same type (read through
// Twenty's REST API with the user's token), marks the current one, keeps typing possible, and adds the valid names a
// refusal lists ("Paramether 'status_code' has invalid value … Valid values : …", turned into a sentence here).
import { DOCUMENT_ROUTES } from 'plugin/constants/route-paths';
import { callCommandRoute, readRest, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';

export interface StatusChoices {
  /** The document's status now, as Metakocka names it; null when it has none yet. */
  current: string | null;
  /** Every status name known for this type of document, current included, sorted by name. */
  known: string[];
}

type DocumentRow = { id: string; status?: string | null; documentType?: string | null };

/** Enough recent documents to meet every status a company uses; the list is a help, typing stays possible. */
export const STATUS_SAMPLE = 200;

export async function readStatusChoices(client: CommandClient, documentId: string): Promise<StatusChoices> {
  const one = await readRest<{ data?: { metakockaSalesDocument?: DocumentRow } }>(
    client,
    `/rest/metakockaSalesDocuments/${documentId}`,
    {},
  );
  const document = one.ok ? one.data?.data?.metakockaSalesDocument : undefined;
  const current = document?.status?.trim() || null;
  if (!document?.documentType) return { current, known: current ? [current] : [] };
  const many = await readRest<{ data?: { metakockaSalesDocuments?: DocumentRow[] } }>(
    client,
    '/rest/metakockaSalesDocuments',
    { filter: `documentType[eq]:${document.documentType}`, limit: STATUS_SAMPLE, order_by: 'updatedAt[DescNullsLast]' },
  );
  const seen = many.ok ? (many.data?.data?.metakockaSalesDocuments ?? []).map((row) => row.status?.trim() ?? '') : [];
  return { current, known: withChoices([], [...seen, ...(current ? [current] : [])]) };
}

/** The union of two lists of names, without blanks or repeats, sorted the way a person scans a list. */
export const withChoices = (known: readonly string[], more: readonly string[]): string[] =>
  [...new Set([...known, ...more].filter((name) => name !== ''))].sort((a, b) => a.localeCompare(b, 'sl'));

export interface ChangeStatusResult {
  outcome: CommandOutcome;
  /** Status names Metakocka gave as valid when it refused this one. */
  validNames: string[];
}

export async function changeStatusCommand(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
  documentId: string,
  statusCode: string,
): Promise<ChangeStatusResult> {
  const status = statusCode.trim();
  if (status === '') return { outcome: { variant: 'warning', message: t('status.empty') }, validNames: [] };
  const out = await callCommandRoute<unknown>(client, DOCUMENT_ROUTES.action, {
    action: 'change-status',
    documentId,
    statusCode: status,
  });
  if (out.ok)
    return { outcome: await show(host, { variant: 'success', message: t('status.done', { status }) }), validNames: [] };
  const validNames = out.choices ?? [];
  const refusal: CommandOutcome =
    out.code === 'DOCUMENT_REFUSED' && validNames.length > 0
      ? {
          variant: 'error',
          message: t('status.unknown', { status }),
          detailedMessage: t('status.unknown.choose', { names: validNames.join(', ') }),
        }
      : failureOutcome(t, out);
  return { outcome: await show(host, refusal), validNames };
}
