// Small helpers shared by the credential routes: read the JSON body with its contract schema, and answer a failed
// connection check.
import type { z } from 'zod';

import type { ConnectionReport } from 'server/credentials/connection';
import { CredentialInputError } from 'server/credentials/errors';
import { renderAction, renderError } from 'server/error-catalogue';
import { requestProblems } from 'server/errors';
import { routeReply } from 'server/host/route';
import type { RouteFailure } from 'server/routes/contracts';

export const bodyOf = (body: unknown): Record<string, unknown> =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** The body as its contract schema (server/routes/contracts.ts) reads it. A body of the wrong shape is refused (422)
 *  naming each field; the services then check the values with the messages the settings page shows. */
export function credentialRequest<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(bodyOf(body));
  if (result.success) return result.data;
  throw new CredentialInputError('requestInvalid', requestProblems(result.error.issues));
}

/** 422 with the doctor's diagnosis: nothing was saved (issue #7 "a failed check saves nothing"). */
export function checkFailedReply(report: ConnectionReport) {
  const lang = report.language;
  const failure: RouteFailure = {
    error: renderError('CONNECTION_CHECK_FAILED', { detail: report.diagnosis?.detail ?? '' }, lang),
    action: report.diagnosis?.fix ?? renderAction('CONNECTION_CHECK_FAILED', {}, lang),
    code: 'CONNECTION_CHECK_FAILED',
    report,
  };
  return routeReply(422, failure);
}
