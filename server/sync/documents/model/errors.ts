// Errors of the documents stream: permanent (retrying unchanged cannot help), each with what to do (STYLE.md §2.8).
import { SyncError } from 'server/errors';

/** The user asked for something Metakocka's API cannot do or the document's state forbids (issued invoice, offer delete). */
export class DocumentRefusedError extends SyncError {
  readonly code = 'DOCUMENT_REFUSED';
  readonly retryable = false;
  constructor(
    readonly reason: 'ISSUED' | 'NOT_SUPPORTED' | 'DELETE_DISABLED' | 'NOT_PUSHED' | 'NOT_FOUND',
    message: string,
    action: string,
  ) {
    super(message, action);
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
