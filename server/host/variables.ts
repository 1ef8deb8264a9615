// Writes one application variable with updateOneApplicationVariable on /metadata (needs the APPLICATIONS flag on the
// app role). Reading is plain: Twenty passes every application variable into the run's environment (APPS.md §2.1).
import { metadataRequest, type MetadataAnswer } from 'server/host/metadata';
import type { AppRuntime } from 'server/host/runtime';

const SET_VARIABLE =
  'mutation SetVariable($key: String!, $value: String!, $applicationId: UUID!) { updateOneApplicationVariable(key: $key, value: $value, applicationId: $applicationId) }';

export const writeApplicationVariable = (
  runtime: AppRuntime,
  key: string,
  value: string,
): Promise<MetadataAnswer<{ updateOneApplicationVariable?: boolean }>> =>
  metadataRequest(runtime, 'application', SET_VARIABLE, { key, value, applicationId: runtime.env.applicationId });
