// The Metakocka error taxonomy: every failure of a call becomes one of these classes (STYLE.md §2.8).
// Classification follows API.md §5.2: by opr_code AND by text, because one code covers several causes
// (2 = malformed request or missing record, 5 = quota but also a business refusal, 6 = business rules).
import type { ErrorParams } from '../error-catalogue';
import { catalogued, SyncError, type CataloguedMessage } from '../errors';

export type UnavailableReason = 'unreachable' | 'timeout' | 'server-error' | 'rate-limited' | 'malformed';

/** Network failures, timeouts, HTTP 5xx/429, garbled answers: trying again later can succeed (API.md §1.6, §5.1). */
export class MetakockaUnavailableError extends SyncError {
  readonly code = 'MK_UNAVAILABLE';
  readonly retryable = true;
  constructor(
    readonly reason: UnavailableReason,
    readonly method: string,
    readonly httpStatus?: number,
    /** A network error code such as ECONNREFUSED: says whether the request left this machine at all. */
    readonly networkCode?: string,
  ) {
    super(
      catalogued('MK_UNAVAILABLE', {
        reason,
        method,
        details: `${httpStatus ? ` (HTTP ${httpStatus})` : ''}${networkCode ? ` (${networkCode})` : ''}`,
      }),
      'Nothing to fix on your side if it passes: the sync retries by itself. If it lasts, check that this server can reach the Metakocka address in the settings.',
    );
  }
}

/** An HTML page instead of JSON: wrong base URL or wrong path family (API.md §1.1, §5.1). Retrying cannot help. */
export class MetakockaMisconfiguredError extends SyncError {
  readonly code = 'MK_MISCONFIGURED';
  readonly retryable = false;
  constructor(
    readonly method: string,
    /** The address called; it holds no credentials (they travel in the body, API.md §1.2). */
    readonly url: string,
    readonly httpStatus: number,
  ) {
    super(
      catalogued('MK_MISCONFIGURED', { method, httpStatus, url }),
      'Set the Metakocka address to the host only, e.g. https://main.metakocka.si, without /rest/... after it.',
    );
  }
}

/**
 * An answer larger than the client reads (client.ts MAX_ANSWER_BYTES). Not retried: the same call answers the same.
 * Nothing of it was read, so nothing of it was saved.
 */
export class MetakockaAnswerTooLargeError extends SyncError {
  readonly code = 'MK_ANSWER_TOO_LARGE';
  readonly retryable = false;
  constructor(
    readonly method: string,
    readonly capBytes: number,
  ) {
    super(
      catalogued('MK_ANSWER_TOO_LARGE', { method, capMiB: capBytes / 2 ** 20, capBytes }),
      "Check that the Metakocka address in the settings is Metakocka's own. If it is, the company holds more than the app reads in one " +
        'call (the whole partner register is one answer; about 40,000 partners fit): report this message to support.',
    );
  }
}

abstract class MetakockaOprError extends SyncError {
  constructor(
    readonly method: string,
    readonly oprCode: string,
    readonly oprDesc: string,
    message: CataloguedMessage,
    action?: string,
  ) {
    super(message, action);
  }
}

export class MetakockaAuthError extends MetakockaOprError {
  readonly code = 'MK_AUTH';
  readonly retryable = false;
  constructor(method: string, oprCode: string, oprDesc: string, companyId?: string) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_AUTH', { company: companyId ? 'id' : 'none', companyId: companyId ?? '', oprCode, method }),
      'Copy the company id and API secret key again from Metakocka (Settings → API) and save them in the app settings.',
    );
  }
}

export class MetakockaIpNotAllowedError extends MetakockaOprError {
  readonly code = 'MK_IP_NOT_ALLOWED';
  readonly retryable = false;
  constructor(method: string, oprCode: string, oprDesc: string) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_IP_NOT_ALLOWED', { oprCode, method }),
      "Ask the Metakocka administrator to allow this server's IP address for API access, or remove the IP restriction.",
    );
  }
}

/** opr_code 5 "Quote exceeds" (API.md §4): retry, but only after a long pause. */
export class MetakockaQuotaError extends MetakockaOprError {
  readonly code = 'MK_QUOTA';
  readonly retryable = true;
  readonly retryAfterMs = 5 * 60_000;
  constructor(method: string, oprCode: string, oprDesc: string) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_QUOTA', { oprCode, method }),
      'Wait: the sync pauses and continues by itself. If it happens often, lower the sync frequency in the settings.',
    );
  }
}

export class MetakockaValidationError extends MetakockaOprError {
  readonly code = 'MK_VALIDATION';
  readonly retryable = false;
  constructor(
    method: string,
    oprCode: string,
    oprDesc: string,
    readonly field: string | undefined,
    readonly allowedValues: string[] | undefined,
  ) {
    // The next step names what the refusal named: the field and the values Metakocka lists, as Metakocka wrote them.
    const next = `${allowedValues?.length ? 'allowed' : 'correct'}${field ? 'Field' : ''}`;
    const params = {
      value: field ? 'field' : 'none',
      field: field ?? '',
      oprCode,
      method,
      oprDesc,
      next,
      allowed: allowedValues?.join(', ') ?? '',
    };
    super(method, oprCode, oprDesc, catalogued('MK_VALIDATION', params));
  }
}

export class MetakockaNotFoundError extends MetakockaOprError {
  readonly code = 'MK_NOT_FOUND';
  readonly retryable = false;
  constructor(method: string, oprCode: string, oprDesc: string) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_NOT_FOUND', { oprCode, method, oprDesc }),
      'The record may have been deleted in Metakocka. Check it there; the next full sync marks it as deleted.',
    );
  }
}

export class MetakockaRefusedError extends MetakockaOprError {
  readonly code = 'MK_REFUSED';
  readonly retryable = false;
  constructor(method: string, oprCode: string, oprDesc: string) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_REFUSED', { oprCode, method, oprDesc }),
      'Correct the record named in the issue (or the setting Metakocka names), then retry it from the inbox.',
    );
  }
}

export class MetakockaUnknownError extends MetakockaOprError {
  readonly code = 'MK_UNKNOWN';
  readonly retryable = false;
  /** `more`: parameters a term of `oprDesc` names (the fields of an answer that does not fit its shape). */
  constructor(method: string, oprCode: string, oprDesc: string, more: ErrorParams = {}) {
    super(
      method,
      oprCode,
      oprDesc,
      catalogued('MK_UNKNOWN', { ...more, oprCode: oprCode || 'none', method, oprDesc }),
      'Retry once from the inbox; if it fails again, send this message (it contains no secret) to support.',
    );
  }
}

/**
 * One record of a list answer does not have the documented shape (a product with `amount: "abc"`). It is left out and
 * reported on its own; the rest of the list is read (issue 12 item 8). Retrying cannot help until it is corrected.
 */
export class MetakockaItemUnreadableError extends SyncError {
  readonly code = 'MK_ITEM_UNREADABLE';
  readonly retryable = false;
  /** `where`: the field's path ("" for the record itself) and what is wrong with it, a key of the catalogue's
   *  `problem` terms (missing, wrongType, number, date…), never the validator's English or the value. */
  constructor(
    readonly method: string,
    readonly what: string,
    readonly mkId: string | null,
    readonly where: { field: string; problem: string },
  ) {
    super(
      catalogued('MK_ITEM_UNREADABLE', { what, mkId: mkId ?? 'none', method, ...where }),
      `Correct the field named in Metakocka on ${what} ${mkId ?? 'named in the message'}; the next run reads it again and closes this issue.`,
    );
  }
}

/** A write whose answer never came: it may or may not exist in Metakocka. Never re-sent blindly (API.md §5.1, §6 item 9). */
export class MetakockaWriteUncertainError extends SyncError {
  readonly code = 'MK_WRITE_UNCERTAIN';
  readonly retryable = false;
  constructor(
    readonly method: string,
    readonly lookup: 'document' | 'partner' | 'product' | 'none',
    cause: MetakockaUnavailableError | MetakockaAnswerTooLargeError,
  ) {
    super(
      catalogued('MK_WRITE_UNCERTAIN', {
        method,
        cause: cause instanceof MetakockaUnavailableError ? cause.reason : 'too-large',
      }),
      lookup === 'none'
        ? 'Check in Metakocka whether the change was saved before you retry it.'
        : `The sync looks the ${lookup} up in Metakocka before it tries again, so no duplicate is created.`,
      { cause },
    );
  }
}

export type MetakockaOprFailure =
  | MetakockaAuthError
  | MetakockaIpNotAllowedError
  | MetakockaQuotaError
  | MetakockaValidationError
  | MetakockaNotFoundError
  | MetakockaRefusedError
  | MetakockaUnknownError;
