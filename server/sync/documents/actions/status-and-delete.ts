// Status changes and deletes of documents from Twenty. change_document_status takes sales orders only, and
// delete_document deletes sales orders only (API.md §2.5); offers and invoices say so instead of failing in Metakocka.
import type { DocumentTypeRules } from '../model/document-types';
import { rulesForSelectValue } from '../model/document-types';
import { DocumentRefusedError } from '../model/errors';
import { loadDocument, type PushDeps } from '../push/push';
import type { SalesDocumentRecord } from 'server/crm/sales-documents';
import { MetakockaValidationError } from 'server/sync/mk-port';
import { writeDocumentsPage } from '../pull/write-page';

const READ_OPTIONS = { showPaymentDetail: true, showTaxFactor: true, showProductDetail: true };

function boundOrder(
  record: SalesDocumentRecord,
  capability: 'canChangeStatus' | 'canDelete',
): DocumentTypeRules & { metakockaId: string } {
  const rules = record.documentType ? rulesForSelectValue(record.documentType) : undefined;
  if (!rules || !rules[capability]) {
    throw new DocumentRefusedError(
      'NOT_SUPPORTED',
      capability === 'canDelete' ? 'deleteOrdersOnly' : 'statusOrdersOnly',
      { what: rules ? 'typed' : 'untyped' },
    );
  }
  if (!record.metakockaId) {
    throw new DocumentRefusedError('NOT_PUSHED', 'notPushed', { name: record.name || record.id });
  }
  if (record.isDeletedInMetakocka) {
    throw new DocumentRefusedError('NOT_FOUND', 'deletedInMetakocka', { name: record.name || record.id });
  }
  return { ...rules, metakockaId: record.metakockaId };
}

/** Sets an order's status by its name in the company's register (a name not there is refused by Metakocka, API.md §2.5). */
export async function changeDocumentStatus(
  deps: PushDeps,
  recordId: string,
  statusCode: string,
): Promise<{ status: string; statusKey: string }> {
  if (!statusCode.trim()) throw new DocumentRefusedError('NOT_SUPPORTED', 'noStatus');
  const record = await loadDocument(deps.repos, recordId);
  const order = boundOrder(record, 'canChangeStatus');
  try {
    await deps.mk.changeDocumentStatus({
      docType: order.docType,
      statusCode: statusCode.trim(),
      mkId: order.metakockaId,
    });
  } catch (error) {
    throw statusRefusal(error, statusCode.trim()) ?? error;
  }
  const readBack = await deps.mk.getDocument({ docType: order.docType, docId: order.metakockaId }, READ_OPTIONS);
  await writeDocumentsPage([readBack], { ...deps, dryRun: false });
  return { status: readBack.status_code ?? '', statusKey: readBack.status_desc ?? '' };
}

/**
 * Metakocka's refusal of a status name ("Paramether 'status_code' has invalid value : X. Valid values : a, b", opr_code
 * 2; API.md §2.5) as a sentence, with the valid names it gave for the form to offer. Statuses are the company's own and
 * cannot be listed any other way (API.md §3.3).
 */
function statusRefusal(error: unknown, status: string): DocumentRefusedError | null {
  if (!(error instanceof MetakockaValidationError) || error.field !== 'status_code') return null;
  const choices = error.allowedValues ?? [];
  return new DocumentRefusedError(
    'UNKNOWN_STATUS',
    choices.length > 0 ? 'unknownStatus' : 'unknownStatusUnlisted',
    { status, choices: choices.join(', ') },
    choices,
  );
}

/** Deletes an order in Metakocka only when the admin allowed it; the Twenty record stays, marked deleted in Metakocka. */
export async function deleteDocumentInMetakocka(deps: PushDeps, recordId: string, allowed: boolean): Promise<void> {
  const record = await loadDocument(deps.repos, recordId);
  const order = boundOrder(record, 'canDelete');
  if (!allowed) {
    throw new DocumentRefusedError('DELETE_DISABLED', 'deleteOff');
  }
  await deps.mk.deleteDocument({ docType: order.docType, mkId: order.metakockaId });
  await deps.repos.documents.upsertMany([
    { id: record.id, isDeletedInMetakocka: true, syncHash: 'deleted', lastSyncedAt: deps.now().toISOString() },
  ]);
}
