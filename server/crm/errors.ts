// Twenty's error shapes turned into SyncError classes, split by what the job runner should do next (STYLE.md §2.8).
import { catalogued, SyncError } from 'server/errors';

/** LIMIT_REACHED on /graphql (HTTP 200) or HTTP 429 on REST (contract/README.md "Key limits", examples h1, h2). */
export class CrmRateLimitedError extends SyncError {
  readonly code = 'CRM_RATE_LIMITED';
  readonly retryable = true;
  constructor(detail: string) {
    super(catalogued('CRM_RATE_LIMITED', { detail }), 'Nothing to do: the step is retried later with a delay.');
  }
}

/** Network failure, timeout, HTTP 5xx, or INTERNAL_SERVER_ERROR: trying the same call again can succeed. */
export class CrmUnavailableError extends SyncError {
  readonly code = 'CRM_UNAVAILABLE';
  readonly retryable = true;
  constructor(detail: string, options?: ErrorOptions) {
    super(
      catalogued('CRM_UNAVAILABLE', { detail }),
      'Nothing to do: the step is retried. If it persists, check the Twenty server health.',
      options,
    );
  }
}

/** BAD_USER_INPUT and similar: the same data would be refused again (contract/README.md "Transport and error shape"). */
export class CrmValidationError extends SyncError {
  readonly code = 'CRM_VALIDATION';
  readonly retryable = false;
  constructor(
    message: string,
    readonly subCode: string | undefined,
    readonly conflictingRecordId?: string,
  ) {
    super(
      catalogued('CRM_VALIDATION', { detail: `${message}${subCode ? ` (${subCode})` : ''}` }),
      'Correct the record named in the issue (or its Metakocka source); the next run picks it up.',
    );
  }
}

/** UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT: one written record matched several rows by id and unique fields (a6).
 *  Twenty's text lists raw field values, so the issue carries the catalogue's sentence instead. */
export class CrmUpsertConflictError extends SyncError {
  readonly code = 'CRM_UPSERT_CONFLICT';
  readonly retryable = false;
  constructor() {
    super(
      catalogued('CRM_UPSERT_CONFLICT', {}),
      'Find the Twenty records that share a Metakocka id, website domain or primary e-mail with the record named in the issue; merge the duplicates or correct the value, then resync.',
    );
  }
}

/** NOT_FOUND: an id the sync holds no longer exists (contract/README.md, d10, g4a). */
export class CrmNotFoundError extends SyncError {
  readonly code = 'CRM_NOT_FOUND';
  readonly retryable = false;
  constructor(message: string) {
    super(
      catalogued('CRM_NOT_FOUND', { detail: message }),
      'The record was removed in Twenty; resync it or unlink it from Metakocka.',
    );
  }
}

/** UNAUTHENTICATED, or a document the workspace schema does not know (app not installed, or an old version). */
export class CrmAuthError extends SyncError {
  readonly code = 'CRM_AUTH';
  readonly retryable = false;
  constructor(message: string) {
    super(
      catalogued('CRM_AUTH', { detail: message }),
      'Reinstall or upgrade the Metakocka app in Twenty; if it persists, contact the workspace admin.',
    );
  }
}

export class CrmSchemaError extends SyncError {
  readonly code = 'CRM_SCHEMA';
  readonly retryable = false;
  constructor(message: string) {
    super(
      catalogued('CRM_SCHEMA', { detail: message }),
      'Upgrade the Metakocka app so its objects and fields exist in this workspace.',
    );
  }
}

export type CrmError =
  | CrmRateLimitedError
  | CrmUnavailableError
  | CrmValidationError
  | CrmUpsertConflictError
  | CrmNotFoundError
  | CrmAuthError
  | CrmSchemaError;
