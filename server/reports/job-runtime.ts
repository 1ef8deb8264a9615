// What a report job works with: the app's kv for its checkpoints, Twenty with the app's own token (a job has no
// caller, D95) and the report-job function's queue entry.
import { REPORT_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';

import type { ReportJobPorts } from './report-jobs';

/** A slice failing on a retryable error (Twenty busy, a timeout) is delivered again from its checkpoint. */
const SLICE_RETRY_LIMIT = 5;

export const reportJobPortsFor = (app: AppRuntime): ReportJobPorts => ({
  kv: app.kv,
  gateway: crmGatewayFor(app, 'application'),
  now: () => app.clock.now(),
  async enqueue(payload, queueJobId) {
    await app.jobs.enqueue(
      REPORT_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
      [{ payload: { ...payload }, jobId: queueJobId }],
      {
        retryLimit: SLICE_RETRY_LIMIT,
      },
    );
  },
});
