/**
 * Error shapes of the Twenty core and metadata APIs, as captured (contract/README.md "Transport and error shape").
 * Every error is HTTP 200; resolver errors carry `data.<root>: null`, document-level errors carry no `data` key.
 */

export interface GraphqlErrorBody {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/** An error thrown by a root resolver: rendered as `{data:{root:null}, errors:[...]}` (README "Transport and error shape"). */
export class TwentyApiError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR' | 'FORBIDDEN',
    readonly subCode: string | undefined,
    readonly userFriendlyMessage: unknown,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody(): GraphqlErrorBody {
    // Key order as captured: subCode, userFriendlyMessage, extras, code (a7, g1a).
    const extensions: Record<string, unknown> = {};
    if (this.subCode) extensions.subCode = this.subCode;
    extensions.userFriendlyMessage = this.userFriendlyMessage;
    Object.assign(extensions, this.extra);
    extensions.code = this.code;
    return { message: this.message, extensions };
  }
}

/** A document-level error (syntax, unknown root field, anonymous schema): `{errors:[{message, locations}]}` only (g7a, g8a, g8b). */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly locations: Array<{ line: number; column: number }> = [],
  ) {
    super(message);
  }
  toBody(): GraphqlErrorBody {
    return { message: this.message, locations: this.locations };
  }
}

/**
 * A refusal by one of Twenty's own guards before anything runs (root-resolver count, duplicate roots, complexity):
 * HTTP 200 with `{"data":{},"errors":[{message, extensions:{code:"BAD_USER_INPUT"}}]}`, unlike graphql-js's own parse and
 * validation errors (DocumentError). Recorded for the duplicate root (contract/server-config.json, observed g9); the count
 * and complexity refusals were not recorded and follow it (UNVERIFIED).
 */
export class GuardError extends Error {
  toBody(): GraphqlErrorBody {
    return { message: this.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
}

const AN_ERROR = 'An error occurred.';

/** Shows a bad value the way Twenty's messages do: strings in single quotes, others raw (g2a, g2d, g5d, g8c). */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

export const errors = {
  // g1a, g1b, a1b
  unknownDataField: (object: string, field: string) =>
    new TwentyApiError(
      `Object ${object} doesn't have any "${field}" field.`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_DATA',
      AN_ERROR,
    ),
  // g2a, g2b, b3
  invalidString: (value: unknown, kind: string, path: string) =>
    new TwentyApiError(
      `Invalid string value ${showValue(value)} for ${kind} field "${path}"`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_DATA',
      `Invalid value: "${showValue(value)}"`,
    ),
  // g2c: the value is Number()-converted first, so a non-numeric string shows as NaN
  invalidNumber: (shown: string, path: string) =>
    new TwentyApiError(
      `Invalid number value ${shown} for field "${path}"`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_DATA',
      `Invalid value for number: "${shown}"`,
    ),
  // g2d (data) and g5d/g8c/g8d (filter)
  invalidUuid: (value: unknown, path: string, subCode: 'INVALID_ARGS_DATA' | 'INVALID_ARGS_FILTER') =>
    new TwentyApiError(
      `Invalid UUID value ${showValue(value)} for field "${path}"`,
      'BAD_USER_INPUT',
      subCode,
      `Invalid value for UUID: "${showValue(value)}"`,
    ),
  // g2e, g2f
  invalidSelect: (value: unknown, path: string, options: string[]) =>
    new TwentyApiError(
      `Invalid value ${JSON.stringify(value)} for field "${path}". Valid values are: ${options.join(', ')}`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_DATA',
      `Invalid value for field "${path}"`,
    ),
  // Not captured for booleans/dates; same family as g2a (stricter than needed is fine, README "This server barely validates").
  invalidValue: (value: unknown, kind: string, path: string) =>
    new TwentyApiError(
      `Invalid ${kind} value ${showValue(value)} for field "${path}"`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_DATA',
      `Invalid value: "${showValue(value)}"`,
    ),
  // g3a, g3b, g4c
  missingArgument: (name: string, kind: string) =>
    new TwentyApiError(
      `Missing required argument: "${name}" (${kind})`,
      'BAD_USER_INPUT',
      'INVALID_QUERY_INPUT',
      AN_ERROR,
    ),
  // README subCode table: empty `in` list is INVALID_QUERY_INPUT (message text not captured)
  emptyInList: (path: string) =>
    new TwentyApiError(
      `Invalid filter value for field "${path}": "in" needs a non-empty array`,
      'BAD_USER_INPUT',
      'INVALID_QUERY_INPUT',
      AN_ERROR,
    ),
  // g5a, g5b
  invalidOperator: (operator: string, field: string, type: string, allowed: string[]) =>
    new TwentyApiError(
      `Operator "${operator}" is not valid for field "${field}" of type ${type} - Allowed operators: ${allowed.join(', ')}`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_FILTER',
      `Invalid filter : Operator "${operator}" is not valid for this "${field}" ${type} field`,
    ),
  // g5c
  unknownFilterField: (object: string, field: string) =>
    new TwentyApiError(
      `Object ${object} doesn't have any "${field}" field.`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_FILTER',
      `Invalid filter : ${object} object doesn't have any "${field}" field.`,
    ),
  // Not captured: a malformed filter value other than a UUID (README subCode table: INVALID_ARGS_FILTER)
  invalidFilterValue: (path: string, detail: string) =>
    new TwentyApiError(
      `Invalid filter value for field "${path}": ${detail}`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_FILTER',
      `Invalid filter : ${detail}`,
    ),
  // g8e notes: first:-1
  negativeFirst: () =>
    new TwentyApiError('First argument must be non-negative', 'BAD_USER_INPUT', 'INVALID_ARGS_FIRST', AN_ERROR),
  negativeLast: () =>
    new TwentyApiError('Last argument must be non-negative', 'BAD_USER_INPUT', 'INVALID_ARGS_FIRST', AN_ERROR),
  invalidCursor: () => new TwentyApiError('Invalid cursor', 'BAD_USER_INPUT', 'INVALID_CURSOR', AN_ERROR),
  // f4
  tooManyToUpsert: (cap: number) =>
    new TwentyApiError(
      `Maximum number of records to upsert is ${cap}.`,
      'BAD_USER_INPUT',
      'TOO_MANY_RECORDS_TO_UPDATE',
      `Maximum number of records to upsert is ${cap}.`,
    ),
  // e4 (no subCode)
  tooManyToUpdate: (cap: number) =>
    new TwentyApiError(
      `Cannot update more than ${cap} records at once`,
      'BAD_USER_INPUT',
      undefined,
      `You can only update up to ${cap} records at once.`,
    ),
  // d10, g4a, g4d
  notFound: () =>
    new TwentyApiError(
      'Record not found',
      'NOT_FOUND',
      'RECORD_NOT_FOUND',
      'This record does not exist or has been deleted.',
    ),
  // a6
  upsertConflict: (pairs: string) => {
    const text = `Multiple records found with the same unique field values for ${pairs}. Cannot determine which record to update.`;
    return new TwentyApiError(text, 'BAD_USER_INPUT', 'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT', text);
  },
  // a7
  duplicate: (fieldLabel: string, conflictingRecordId: string, object: string) =>
    new TwentyApiError(
      'A duplicate entry was detected',
      'BAD_USER_INPUT',
      undefined,
      `This ${fieldLabel} value is already in use. Please check your data and try again.`,
      {
        conflictingRecordId,
        conflictingObjectNameSingular: object,
      },
    ),
  // b5: raw Postgres FK text
  foreignKey: (table: string, constraint: string) =>
    new TwentyApiError(
      `insert or update on table "${table}" violates foreign key constraint "${constraint}"`,
      'BAD_USER_INPUT',
      undefined,
      'This operation references a record that does not exist or cannot be modified due to existing relationships.',
    ),
  // g3c, g6: raw Postgres not-null text
  notNull: (column: string, table: string) =>
    new TwentyApiError(
      `null value in column "${column}" of relation "${table}" violates not-null constraint`,
      'BAD_USER_INPUT',
      undefined,
      'A required field is missing. Please provide all required values and try again.',
    ),
  // b4
  invalidCountryCode: (code: string) =>
    new TwentyApiError(
      `Invalid country code ${code}`,
      'BAD_USER_INPUT',
      'INVALID_PHONE_COUNTRY_CODE',
      `Invalid country code ${code}`,
    ),
  // u5
  invalidPhone: (number: string) =>
    new TwentyApiError(
      `Provided phone number is invalid ${number}`,
      'BAD_USER_INPUT',
      'INVALID_PHONE_NUMBER',
      `Provided phone number is invalid ${number}`,
    ),
  // l2
  invalidUrl: () =>
    new TwentyApiError('The URL of the link is not valid', 'BAD_USER_INPUT', 'INVALID_URL', 'Invalid URL format.'),
  // h1
  limitReached: (limit: number, ttlMs: number) =>
    new TwentyApiError(
      `Limit reached (${limit} tokens per ${ttlMs} ms)`,
      'BAD_USER_INPUT',
      'LIMIT_REACHED',
      'Rate limit reached. Please try again later.',
    ),
  // g7b, g7c: userFriendlyMessage is an object here
  tokenInvalid: () =>
    new TwentyApiError('Token invalid.', 'UNAUTHENTICATED', 'UNAUTHENTICATED', {
      id: 'z+7x/s',
      message: 'You must be authenticated to perform this action.',
    }),
  // Not captured: permission guard (APPS.md §2.1 SettingsPermissionGuard(APPLICATIONS); §2.2 kv only for application tokens)
  forbidden: (why: string) =>
    new TwentyApiError(why, 'FORBIDDEN', 'FORBIDDEN', 'You do not have permission to perform this action.'),
};
