// Errors of the documents stream: permanent (retrying unchanged cannot help), each with what to do (STYLE.md §2.8).
import { causeParams, isErrorCode, type ErrorParams } from 'server/error-catalogue';
import { catalogued, problemOf, SyncError } from 'server/errors';

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
    super(problemOf('DOCUMENT_REFUSED', problem, params));
  }
}

/** Read-back after a write did not match what was sent (lines or totals). The document exists; nothing is re-sent.
 *  The parameters are the document's number and both sides' lines and totals (read-back.ts ReadBackFigures). */
export class DocumentReadBackError extends SyncError {
  readonly code = 'DOCUMENT_READ_BACK_MISMATCH';
  readonly retryable = false;
  constructor(params: ErrorParams & { document: string }) {
    super(problemOf('DOCUMENT_READ_BACK_MISMATCH', 'readBack', params));
  }
}

/** One finding of totals.ts: a figure that differs from the lines (`mismatch`) or a tax code whose rate is unknown. */
export interface TotalsFindingParams {
  finding: 'mismatch' | 'unknownTax';
  document: string;
  mkId: string;
  /** `sum_basic`, `sum_all`, `sum_tax_<code>`, or the tax code of an unknownTax finding. */
  figure: string;
  /** Metakocka's figure ("" when it sent none) and what the lines add up to; mismatch only. */
  shown?: string;
  recomputed?: string;
}

/** Metakocka's sums disagree with its own lines (totals.ts); the document was stored with Metakocka's figures. The
 *  first finding is told whole, the others by their figure. */
export class TotalsMismatchError extends SyncError {
  readonly code = 'TOTALS_MISMATCH';
  readonly retryable = false;
  constructor(findings: [TotalsFindingParams, ...TotalsFindingParams[]]) {
    const [first, ...more] = findings;
    const params = {
      ...first,
      count: findings.length,
      more: more.length,
      figures: more.map((f) => f.figure).join(', '),
      next: first.finding,
    };
    super(problemOf('TOTALS_MISMATCH', first.finding, params));
  }
}

/** Twenty's version of a document kept by the "twenty-wins" policy could not be pushed (keep-twenty.ts). The push's
 *  own error is told inside, by its code and parameters, so both are worded in the reader's language. */
export class DocumentKeptUnsentError extends SyncError {
  readonly code = 'DOCUMENT_KEPT_NOT_SENT';
  readonly retryable = false;
  constructor(cause: {
    errorCode: string;
    messageParams: ErrorParams | null;
    message: string;
    suggestedAction: string;
  }) {
    // Every code the sync raises is catalogued; one that is not (an older error class) is told as it was raised.
    const params = isErrorCode(cause.errorCode)
      ? causeParams(cause.errorCode, cause.messageParams ?? {})
      : { cause: cause.message, causeAction: cause.suggestedAction };
    super(problemOf('DOCUMENT_KEPT_NOT_SENT', 'cause', params));
  }
}

/** A create whose answer was lost and whose document Metakocka does not have (yet): safe to try again later. */
export class DocumentWritePendingError extends SyncError {
  readonly code = 'DOCUMENT_WRITE_PENDING';
  readonly retryable = true;
  constructor(buyerOrder: string) {
    super(catalogued('DOCUMENT_WRITE_PENDING', { buyerOrder }));
  }
}

/** The customer's binding changed outside the sync (D40): a document is never sent against a partner nobody confirmed. */
export class CustomerBindingConflictError extends SyncError {
  readonly code = 'CUSTOMER_BINDING_CONFLICT';
  readonly retryable = false;
  constructor(params: { object: 'company' | 'person'; name: string; partner: string; syncedPartner: string }) {
    super(catalogued('CUSTOMER_BINDING_CONFLICT', params));
  }
}

/** Maintenance is on (D61): a document action that would write to Metakocka sends nothing. */
export class MaintenanceHoldsWritesError extends SyncError {
  readonly code = 'MAINTENANCE_HOLDS_WRITES';
  readonly retryable = false;
  constructor() {
    super(catalogued('MAINTENANCE_HOLDS_WRITES'));
  }
}
