import { SyncError } from 'server/errors';

/** A malformed inbox request (error catalogue INBOX_REQUEST); nothing was done. */
export class InboxRequestError extends SyncError {
  readonly code = 'INBOX_REQUEST';
  readonly retryable = false;
}

/** The request's problems in one sentence, from a zod error's issues. */
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
  throw new InboxRequestError(
    `The inbox request is not valid (${result.error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ')}).`,
    'Reload the issue inbox and choose again.',
  );
}
