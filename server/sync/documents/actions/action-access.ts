// Who may run which document action from the command menu (issue 12 item 3, D38). A delete or a status change acts on
// the company's books in Metakocka for everyone: "Manage Metakocka" only. A push, a document made from an opportunity
// and a PDF attached to a document act on one record: a manager, or whoever may edit that record themselves, asked of
// Twenty with their own token (server/host/record-access.ts), never decided with the app's.
import { problemOf, SyncError } from 'server/errors';
import { holdsManageMetakocka, type Caller } from 'server/host/guards';
import { callerMayUpdate, type RecordRef } from 'server/host/record-access';
import type { AppRuntime } from 'server/host/runtime';

import type { DocumentAction } from './actions';

/** A document action the caller may not run (403); the params are catalogue keys, worded in the reader's language. */
export class DocumentActionDeniedError extends SyncError {
  readonly code = 'DOCUMENT_ACTION_DENIED';
  readonly retryable = false;
  readonly httpStatus = 403;
  constructor(problem: 'managersOnly' | 'recordAccess', params: Record<string, string>) {
    super(problemOf('DOCUMENT_ACTION_DENIED', problem, params));
  }
}

const MANAGERS_ONLY = new Set<DocumentAction['action']>(['delete', 'change-status']);

function recordOf(action: DocumentAction): RecordRef & { kind: 'opportunity' | 'salesDocument' } {
  return action.action === 'create-from-opportunity'
    ? { nameSingular: 'opportunity', namePlural: 'opportunities', kind: 'opportunity', id: action.opportunityId }
    : {
        nameSingular: 'metakockaSalesDocument',
        namePlural: 'metakockaSalesDocuments',
        kind: 'salesDocument',
        id: action.documentId,
      };
}

/** Returns when the caller may run the action; throws DocumentActionDeniedError saying why not. */
export async function authorizeDocumentAction(
  runtime: AppRuntime,
  caller: Caller,
  action: DocumentAction,
): Promise<void> {
  if (await holdsManageMetakocka(caller, runtime)) return;
  if (MANAGERS_ONLY.has(action.action))
    throw new DocumentActionDeniedError('managersOnly', { managerAction: action.action });
  const record = recordOf(action);
  const access = await callerMayUpdate(runtime, record);
  if (!access.allowed)
    throw new DocumentActionDeniedError('recordAccess', {
      verb: action.action,
      record: record.kind,
      reason: access.reason,
    });
}
