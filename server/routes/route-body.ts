// Small helpers shared by the credential routes: read the JSON body, and answer a failed connection check.
import type { ConnectionReport } from 'server/credentials/connection';
import { renderError } from 'server/error-catalogue';
import { routeReply } from 'server/host/route';
import type { RouteFailure } from 'server/routes/contracts';

export const bodyOf = (body: unknown): Record<string, unknown> =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** 422 with the doctor's diagnosis: nothing was saved (issue #7 "a failed check saves nothing"). */
export function checkFailedReply(report: ConnectionReport) {
  const failure: RouteFailure = {
    error: renderError('CONNECTION_CHECK_FAILED', {
      detail: report.diagnosis?.detail ?? 'the connection check failed.',
    }),
    action: report.diagnosis?.fix ?? 'Correct the values and test the connection again.',
    code: 'CONNECTION_CHECK_FAILED',
    report,
  };
  return routeReply(422, failure);
}
