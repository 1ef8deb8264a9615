// A report request its schema refuses (400), worded for the caller from REPORT_REQUEST_INVALID: the schema's own
// words in English, the wrong fields' paths in every language.
import { problemOf, requestProblems, SyncError } from 'server/errors';

export class ReportRequestError extends SyncError {
  readonly code = 'REPORT_REQUEST_INVALID';
  readonly retryable = false;
  readonly httpStatus = 400;
  constructor(issues: Parameters<typeof requestProblems>[0]) {
    super(problemOf('REPORT_REQUEST_INVALID', 'report', requestProblems(issues)));
  }
}
