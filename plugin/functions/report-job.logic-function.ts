import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { reportJobSlice } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: REPORT_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'report-job',
  description:
    'Computes one slice of a report too long for one run, checkpointing its figures and read cursor, and queues the next.',
  timeoutSeconds: 300,
  handler: hostHandler(reportJobSlice),
});
