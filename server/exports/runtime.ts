// The export store built from the AppRuntime. Files are always stored with the app's token: the report object is
// written only by the app (its writability is APPLICATION) and uploads need the UPLOAD_FILE flag the app role holds.
// What goes into the file was read beforehand with whatever token the caller's request allows.
import { crmGatewayFor } from 'server/host/crm-gateway';
import { fileUploaderFor } from 'server/host/file-uploader';
import type { AppRuntime } from 'server/host/runtime';

import { createReportRecordsRepo } from './report-records';
import type { ExportStoreDeps } from './store';

export const exportStoreFor = (runtime: AppRuntime): ExportStoreDeps => ({
  uploader: fileUploaderFor(runtime, 'application'),
  reports: createReportRecordsRepo(crmGatewayFor(runtime, 'application')),
  now: () => runtime.clock.now(),
});
