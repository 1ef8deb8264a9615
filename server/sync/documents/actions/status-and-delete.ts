// Status changes and deletes of documents from Twenty. change_document_status takes sales orders only, and
// delete_document deletes sales orders only (API.md §2.5); offers and invoices say so instead of failing in Metakocka.
import type { DocumentTypeRules } from '../model/document-types';
import { rulesForSelectValue } from '../model/document-types';
import { DocumentRefusedError } from '../model/errors';
import { loadDocument, type PushDeps } from '../push/push';
import type { SalesDocumentRecord } from 'server/crm/sales-documents';
import { writeDocumentsPage } from '../pull/write-page';

const READ_OPTIONS = { showPaymentDetail: true, showTaxFactor: true, showProductDetail: true };

function boundOrder(
  record: SalesDocumentRecord,
  verb: string,
  capability: 'canChangeStatus' | 'canDelete',
): DocumentTypeRules & { metakockaId: string } {
  const rules = record.documentType ? rulesForSelectValue(record.documentType) : undefined;
  if (!rules || !rules[capability]) {
    throw new DocumentRefusedError(
      'NOT_SUPPORTED',
      `Metakocka's API cannot ${verb} ${rules ? 'offers, invoices or credit notes' : 'this document'}; it can for sales orders only.`,
      `${verb === 'delete' ? 'Delete' : 'Change'} it in Metakocka; the sync shows the result here.`,
    );
  }
  if (!record.metakockaId) {
    throw new DocumentRefusedError(
      'NOT_PUSHED',
      `${record.name || 'This order'} is not in Metakocka yet.`,
      'Push it to Metakocka first.',
    );
  }
  if (record.isDeletedInMetakocka) {
    throw new DocumentRefusedError(
      'NOT_FOUND',
      `${record.name || 'This order'} was deleted in Metakocka.`,
      'Nothing to do in Metakocka; the record is kept for its history.',
    );
  }
  return { ...rules, metakockaId: record.metakockaId };
}

/** Sets an order's status by its name in the company's register (a name not there is refused by Metakocka, API.md §2.5). */
export async function changeDocumentStatus(
  deps: PushDeps,
  recordId: string,
  statusCode: string,
): Promise<{ status: string; statusKey: string }> {
  if (!statusCode.trim())
    throw new DocumentRefusedError(
      'NOT_SUPPORTED',
      'No status was given.',
      'Pick the status as it is named in Metakocka, e.g. "Odpremljen".',
    );
  const record = await loadDocument(deps.repos, recordId);
  const order = boundOrder(record, 'change the status of', 'canChangeStatus');
  await deps.mk.changeDocumentStatus({
    docType: order.docType,
    statusCode: statusCode.trim(),
    mkId: order.metakockaId,
  });
  const readBack = await deps.mk.getDocument({ docType: order.docType, docId: order.metakockaId }, READ_OPTIONS);
  await writeDocumentsPage([readBack], { ...deps, dryRun: false });
  return { status: readBack.status_code ?? '', statusKey: readBack.status_desc ?? '' };
}

/** Deletes an order in Metakocka only when the admin allowed it; the Twenty record stays, marked deleted in Metakocka. */
export async function deleteDocumentInMetakocka(deps: PushDeps, recordId: string, allowed: boolean): Promise<void> {
  const record = await loadDocument(deps.repos, recordId);
  const order = boundOrder(record, 'delete', 'canDelete');
  if (!allowed) {
    throw new DocumentRefusedError(
      'DELETE_DISABLED',
      'Deleting orders in Metakocka from Twenty is turned off.',
      'An admin can allow it in the Metakocka sync settings; or delete the order in Metakocka.',
    );
  }
  await deps.mk.deleteDocument({ docType: order.docType, mkId: order.metakockaId });
  await deps.repos.documents.upsertMany([
    { id: record.id, isDeletedInMetakocka: true, syncHash: 'deleted', lastSyncedAt: deps.now().toISOString() },
  ]);
}
