// Every Metakocka write a person starts on a document leaves an audit entry naming them (issue 12 items 3 and 6): the
// document before and after (where it stands in Metakocka: number, mk_id, status), and a failure as well as a success,
// since a failed push may still have reached Metakocka. Reading the PDF writes nothing to Metakocka and is not audited.
import { audit, type AuditAction } from 'server/credentials/audit';
import type { AuditPort } from 'server/credentials/ports';
import { SyncError } from 'server/errors';

import type { DocumentAction, DocumentActionResult } from './actions';
import type { SalesDocumentRecord, SalesDocumentsRepo } from 'server/crm/sales-documents';

const AUDITED: Partial<Record<DocumentAction['action'], AuditAction>> = {
  push: 'sales-document.pushed',
  'change-status': 'sales-document.status-changed',
  delete: 'sales-document.deleted',
  'create-from-opportunity': 'sales-document.created-from-opportunity',
};

/** Who started the action and from where: a command (route) or a workflow step (whose person may be unknown). */
export interface ActionStarter {
  workspaceMemberId: string | null;
  via: 'command' | 'workflow';
}

export interface AuditDeps {
  audit: AuditPort;
  documents: SalesDocumentsRepo;
  now(): Date;
}

/** Where a document stands in Metakocka, in words; never a secret (the record holds none). */
export function describeInMetakocka(record: SalesDocumentRecord | undefined): string {
  if (!record) return 'no such document in Twenty';
  if (!record.metakockaId) return 'not in Metakocka';
  const where = `${record.countCode || 'document'} in Metakocka (mk_id ${record.metakockaId})`;
  if (record.isDeletedInMetakocka) return `${where}, deleted in Metakocka`;
  return record.status ? `${where}, status "${record.status}"` : where;
}

const readDocument = async (deps: AuditDeps, id: string) => (await deps.documents.findByIds([id]))[0];

const failureText = (error: unknown): string =>
  error instanceof SyncError ? error.message : 'an unexpected error (see the function logs)';

export async function auditedDocumentAction(
  deps: AuditDeps,
  action: DocumentAction,
  starter: ActionStarter,
  run: () => Promise<DocumentActionResult>,
): Promise<DocumentActionResult> {
  const auditAction = AUDITED[action.action];
  if (!auditAction) return run();
  const fromOpportunity = action.action === 'create-from-opportunity';
  const before = fromOpportunity
    ? `opportunity ${action.opportunityId}, no document yet`
    : describeInMetakocka(await readDocument(deps, action.documentId));
  const record = (target: string, detail: string, after: string | null) =>
    audit(deps, starter.workspaceMemberId, auditAction, target, `${detail} (from a ${starter.via})`, { before, after });
  try {
    const result = await run();
    await record(
      `salesDocument:${result.documentId}`,
      result.message,
      describeInMetakocka(await readDocument(deps, result.documentId)),
    );
    return result;
  } catch (error) {
    await record(
      fromOpportunity ? `opportunity:${action.opportunityId}` : `salesDocument:${action.documentId}`,
      `failed: ${failureText(error)}`,
      null,
    );
    throw error;
  }
}
