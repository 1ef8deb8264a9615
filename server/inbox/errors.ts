import { problemOf, requestProblems, SyncError } from 'server/errors';

/** A malformed inbox request (error catalogue INBOX_REQUEST); nothing was done. requestInvalid: the schema refused
 *  it (params detail, fields); jobMissing: no inbox job of that id (param jobId). */
export class InboxRequestError extends SyncError {
  readonly code = 'INBOX_REQUEST';
  readonly retryable = false;
  constructor(problem: 'requestInvalid' | 'jobMissing', params: Record<string, string>) {
    super(problemOf('INBOX_REQUEST', problem, params));
  }
}

/** The request as the schema reads it, or an InboxRequestError naming the wrong fields. */
export function parseOrRefuse<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new InboxRequestError('requestInvalid', requestProblems(result.error.issues));
}
