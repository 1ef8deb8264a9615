// Errors of the documents stream: permanent (retrying unchanged cannot help), each with what to do (STYLE.md §2.8).
import { renderAction } from 'server/error-catalogue';
import { catalogued, SyncError } from 'server/errors';

/** Why a document action was refused; each has its sentence and next step in the catalogue (DOCUMENT_REFUSED). */
export type DocumentProblem =
  | 'notBound'
  | 'missingInTwenty'
  | 'issued'
  | 'pushInvoice'
  | 'pushUntyped'
  | 'statusOrdersOnly'
  | 'deleteOrdersOnly'
  | 'notPushed'
  | 'deletedInMetakocka'
  | 'noStatus'
  | 'unknownStatus'
  | 'unknownStatusUnlisted'
  | 'deleteOff'
  | 'reportUnknown'
  | 'pdfNotPushed'
  | 'pdfDeleted';

/** The user asked for something Metakocka's API cannot do or the document's state forbids (issued invoice, offer delete). */
export class DocumentRefusedError extends SyncError {
  readonly code = 'DOCUMENT_REFUSED';
  readonly retryable = false;
  constructor(
    readonly reason: 'ISSUED' | 'NOT_SUPPORTED' | 'DELETE_DISABLED' | 'NOT_PUSHED' | 'NOT_FOUND' | 'UNKNOWN_STATUS',
    problem: DocumentProblem,
    params: Record<string, string> = {},
    /** UNKNOWN_STATUS: the statuses Metakocka named as valid, for the form to offer (the route answer carries them). */
    readonly choices?: string[],
  ) {
    const all = { ...params, problem, next: problem };
    super(catalogued('DOCUMENT_REFUSED', all), renderAction('DOCUMENT_REFUSED', all));
  }
}

/** Read-back after a write did not match what was sent (lines or totals). The document exists; nothing is re-sent. */
export class DocumentReadBackError extends SyncError {
  readonly code = 'DOCUMENT_READ_BACK_MISMATCH';
  readonly retryable = false;
}

/** Metakocka's sums disagree with its own lines (totals.ts); the document was stored with Metakocka's figures. */
export class TotalsMismatchError extends SyncError {
  readonly code = 'TOTALS_MISMATCH';
  readonly retryable = false;
}

/** Twenty's version of a document kept by the "twenty-wins" policy could not be pushed (keep-twenty.ts). */
export class DocumentKeptUnsentError extends SyncError {
  readonly code = 'DOCUMENT_KEPT_NOT_SENT';
  readonly retryable = false;
}

/** A create whose answer was lost and whose document Metakocka does not have (yet): safe to try again later. */
export class DocumentWritePendingError extends SyncError {
  readonly code = 'DOCUMENT_WRITE_PENDING';
  readonly retryable = true;
}

/** The customer's binding changed outside the sync (D40): a document is never sent against a partner nobody confirmed. */
export class CustomerBindingConflictError extends SyncError {
  readonly code = 'CUSTOMER_BINDING_CONFLICT';
  readonly retryable = false;
  constructor(params: { object: 'company' | 'person'; name: string; partner: string; syncedPartner: string }) {
    super(catalogued('CUSTOMER_BINDING_CONFLICT', params), renderAction('CUSTOMER_BINDING_CONFLICT', params));
  }
}

/** Maintenance is on (D61): a document action that would write to Metakocka sends nothing. */
export class MaintenanceHoldsWritesError extends SyncError {
  readonly code = 'MAINTENANCE_HOLDS_WRITES';
  readonly retryable = false;
  constructor() {
    super(catalogued('MAINTENANCE_HOLDS_WRITES'), renderAction('MAINTENANCE_HOLDS_WRITES'));
  }
}
