// An AppRuntime for in-process tests of server code against the stand-in: kv travels over /metadata with the same
// GraphQL documents twenty-sdk's kv sends (twenty-sdk logic-function index.mjs GetAppKeyValue/SetAppKeyValue/
// DeleteAppKeyValue), and jobs land on a recording port. Built functions are better run through createHarness.
import { createAppRuntime, type AppRuntime, type Clock } from 'server/host/runtime';
import type { EnqueueJobsInput, JobsPort } from 'server/host/jobs';
import type { KvPort } from 'server/host/kv';

import type { StandInPort } from 'test/twenty/harness/stand-in-port';

const GET =
  'query GetAppKeyValue($key: String!, $scope: AppKeyValueScope) { appKeyValue(key: $key, scope: $scope) { key value scope } }';
const SET =
  'mutation SetAppKeyValue($input: SetAppKeyValueInput!) { setAppKeyValue(input: $input) { key value scope } }';
const DELETE =
  'mutation DeleteAppKeyValue($key: String!, $scope: AppKeyValueScope) { deleteAppKeyValue(key: $key, scope: $scope) }';

async function metadata<T>(standIn: StandInPort, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${standIn.url}/metadata`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${standIn.tokens.app}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data)
    throw new Error(`kv call failed: ${body.errors?.map((e) => e.message).join(', ') ?? 'no data'}`);
  return body.data;
}

export function standInKvPort(standIn: StandInPort): KvPort {
  return {
    async get<T>(key: string) {
      const data = await metadata<{ appKeyValue: { value: T } | null }>(standIn, GET, { key, scope: 'WORKSPACE' });
      return data.appKeyValue?.value ?? null;
    },
    async set(key, value) {
      await metadata(standIn, SET, { input: { key, value, scope: 'WORKSPACE' } });
    },
    async delete(key) {
      return (await metadata<{ deleteAppKeyValue: boolean }>(standIn, DELETE, { key, scope: 'WORKSPACE' }))
        .deleteAppKeyValue;
    },
  };
}

export interface RecordingJobsPort extends JobsPort {
  enqueued: EnqueueJobsInput[];
}

export function recordingJobsPort(): RecordingJobsPort {
  const enqueued: EnqueueJobsInput[] = [];
  return {
    enqueued,
    async enqueueJobs(input) {
      enqueued.push(input);
      return {
        enqueued: true,
        logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
        enqueuedJobsCount: input.jobs.length,
        jobIds: input.jobs.map((job, i) => job.jobId ?? `job-${enqueued.length}-${i}`),
      };
    },
    async getJobs() {
      return [];
    },
  };
}

export function createStandInRuntime(
  standIn: StandInPort,
  options: { clock?: Clock; appVariables?: Record<string, string>; jobs?: JobsPort } = {},
): AppRuntime {
  return createAppRuntime({
    ports: { kv: standInKvPort(standIn), jobs: options.jobs ?? recordingJobsPort() },
    env: {
      ...Object.fromEntries(standIn.appVariables),
      ...(options.appVariables ?? {}),
      TWENTY_API_URL: standIn.url,
      TWENTY_APP_ACCESS_TOKEN: standIn.tokens.app,
      TWENTY_APP_APPLICATION_ACCESS_TOKEN: standIn.tokens.app,
    },
    ...(options.clock ? { clock: options.clock } : {}),
    logSink: () => undefined,
  });
}
