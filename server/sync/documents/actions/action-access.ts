// Who may run which document action from the command menu (issue 12 item 3, D38). A delete or a status change acts on
// the company's books in Metakocka for everyone: "Manage Metakocka" only. A push, a document made from an opportunity
// and a PDF attached to a document act on one record: a manager, or whoever may edit that record themselves, asked of
// Twenty with their own token (server/host/record-access.ts), never decided with the app's.
import { holdsManageMetakocka, NO_PERMISSION_ACTION, type Caller } from 'server/host/guards';
import { callerMayUpdate, type RecordRef } from 'server/host/record-access';
import type { AppRuntime } from 'server/host/runtime';

import type { DocumentAction } from './actions';

export type ActionAccess = { allowed: true } | { allowed: false; error: string; action: string };

const MANAGERS_ONLY: Partial<Record<DocumentAction['action'], string>> = {
  delete: 'delete orders in Metakocka',
  'change-status': "change an order's status in Metakocka",
};

const VERBS: Record<DocumentAction['action'], string> = {
  push: 'push',
  'get-pdf': 'attach the PDF to',
  'create-from-opportunity': 'make a Metakocka document from',
  delete: 'delete',
  'change-status': 'change the status of',
};

function recordOf(action: DocumentAction): RecordRef {
  return action.action === 'create-from-opportunity'
    ? { nameSingular: 'opportunity', namePlural: 'opportunities', label: 'opportunity', id: action.opportunityId }
    : {
        nameSingular: 'metakockaSalesDocument',
        namePlural: 'metakockaSalesDocuments',
        label: 'sales document',
        id: action.documentId,
      };
}

export async function authorizeDocumentAction(
  runtime: AppRuntime,
  caller: Caller,
  action: DocumentAction,
): Promise<ActionAccess> {
  if (await holdsManageMetakocka(caller, runtime)) return { allowed: true };
  const managersOnly = MANAGERS_ONLY[action.action];
  if (managersOnly)
    return {
      allowed: false,
      error: `Only people with the "Manage Metakocka" permission may ${managersOnly}.`,
      action: NO_PERMISSION_ACTION,
    };
  const record = recordOf(action);
  const access = await callerMayUpdate(runtime, record);
  if (access.allowed) return access;
  return {
    allowed: false,
    error: `You may not ${VERBS[action.action]} this ${record.label}: ${access.reason}.`,
    action: `Ask a workspace admin for edit access to this ${record.label} (Settings → Roles), or someone with the "Manage Metakocka" permission to do it.`,
  };
}
