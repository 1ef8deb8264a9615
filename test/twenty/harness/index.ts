// Public face of the app-runtime harness (CONTRACTS.md "Harness (E)"): deploy the built app into a harness over the
// Twenty stand-in, then call it the ways Twenty does: routes, cron ticks, database events, workflow actions, jobs,
// install and uninstall hooks.
import { rmSync } from 'node:fs';

import { ensureBuiltOutput } from 'test/twenty/harness/build-output';
import { eventRunsFor, type RecordEventInput } from 'test/twenty/harness/events';
import {
  HarnessCore,
  HarnessRunError,
  loadOutput,
  type Actor,
  type CrashFilter,
  type RunRecord,
} from 'test/twenty/harness/harness';
import {
  ANONYMOUS_REFUSAL,
  functionErrorReply,
  httpReplyOf,
  matchRoute,
  routeEvent,
  routeNotFound,
  splitUrl,
} from 'test/twenty/harness/routes';
import type { StandInPort } from 'test/twenty/harness/stand-in-port';
import { resolveUserActor } from 'test/twenty/harness/user-actor';

export { ensureBuiltOutput } from 'test/twenty/harness/build-output';
export { buildFixtureApp } from 'test/twenty/harness/fixture-build';
export { HarnessRunError, type CrashFilter, type RunRecord } from 'test/twenty/harness/harness';
export { ANONYMOUS_REFUSAL } from 'test/twenty/harness/routes';

export type CallerSpec = 'anonymous' | 'application' | { workspaceMemberId: string; flags: string[] };

export interface HookResult {
  ran: boolean;
  ok: boolean;
  attempts: number;
  value?: unknown;
  error?: { name: string; message: string };
}

export interface Harness {
  route(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string>; as?: CallerSpec },
  ): Promise<{ status: number; body: unknown }>;
  cron(functionName: string): Promise<unknown>;
  databaseEvents(eventName: string, events: RecordEventInput[]): Promise<void>;
  workflowAction(
    functionName: string,
    input: unknown,
    as?: { workspaceMemberId: string; flags?: string[] },
  ): Promise<unknown>;
  /** Puts one job for the named function on the queue, as the app would with enqueueJobs; run it with drainJobs(). */
  enqueue(
    functionName: string,
    payload: Record<string, unknown>,
    options?: { jobId?: string; retryLimit?: number; delayMs?: number },
  ): string;
  install(options?: { previousVersion?: string }): Promise<HookResult>;
  uninstall(): Promise<HookResult>;
  /** Runs the defineHealthCheck function, as Twenty does when the app's settings page opens (APPS.md §1.2). */
  healthCheck(as?: { workspaceMemberId: string; flags?: string[] }): Promise<unknown>;
  drainJobs(options?: { max?: number }): Promise<{ ran: number; failed: number }>;
  /**
   * Arms a crash: the first later run matching the filter (default: the next run) is SIGKILLed right after its n-th
   * request (n-th matching `countOnly`) was answered (n=0: as that request leaves). Each call arms one more; null disarms all.
   */
  crashAfterRequests(n: number | null, filter?: CrashFilter): void;
  /** Crashes armed and not yet used. */
  pendingCrashes(): number;
  /** Puts jobs whose run was killed back on the queue, as Twenty's queue redelivers a job whose worker died. */
  redeliverCrashedJobs(): number;
  functionsRun(): Array<{ name: string; ok: boolean }>;
  runs(): RunRecord[];
  jobs(): ReturnType<HarnessCore['queue']['all']>;
  now(): number;
  advance(ms: number): void;
  peakRssBytes(): number;
  close(): Promise<void>;
}

export interface HarnessOptions {
  standIn: StandInPort;
  appVariables?: Record<string, string>;
  /** A build output dir (manifest.json + built .mjs); default: a fresh copy of this repo's build. */
  outputDir?: string;
}

const POST_INSTALL_RETRY_LIMIT = 3; // post-install is queued with retryLimit 3 (APPS.md §3.5)

export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const ownsOutput = options.outputDir === undefined;
  const outputDir = options.outputDir ?? (await ensureBuiltOutput());
  const loaded = loadOutput(outputDir);
  const core = new HarnessCore(options.standIn, loaded, options.appVariables ?? {});
  const userActor = (as: { workspaceMemberId: string; flags?: string[] }): Promise<Actor> =>
    resolveUserActor(options.standIn, as.workspaceMemberId, as.flags ?? []);

  const valueOrThrow = async (promise: Promise<RunRecord & { value?: unknown }>): Promise<unknown> => {
    const record = await promise;
    if (!record.ok) throw new HarnessRunError(record);
    return record.value;
  };

  const runHook = async (
    uid: string | undefined,
    payload: Record<string, unknown>,
    trigger: 'install' | 'uninstall',
    retryLimit: number,
  ): Promise<HookResult> => {
    const fn = uid
      ? loaded.manifest.logicFunctions.find((candidate) => candidate.universalIdentifier === uid)
      : undefined;
    if (!fn) return { ran: false, ok: true, attempts: 0 };
    for (let attempt = 0; ; attempt += 1) {
      const record = await core.run(fn, payload, core.appActor, trigger, {
        retryCount: attempt,
        maxRetries: retryLimit,
      });
      const again = record.error?.name === 'RetryableLogicFunctionError' && attempt < retryLimit;
      if (!again)
        return {
          ran: true,
          ok: record.ok,
          attempts: attempt + 1,
          value: record.value,
          ...(record.error ? { error: record.error } : {}),
        };
    }
  };

  return {
    async route(url, init = {}) {
      const method = (init.method ?? (init.body === undefined ? 'GET' : 'POST')).toUpperCase();
      const { path, query } = splitUrl(url);
      const matched = matchRoute(loaded.manifest.logicFunctions, method, path);
      if (!matched) return routeNotFound(method, path);
      const as = init.as ?? 'anonymous';
      const isAuthRequired = matched.fn.httpRouteTriggerSettings?.isAuthRequired ?? true;
      if (isAuthRequired && as === 'anonymous') return ANONYMOUS_REFUSAL;
      const actor = typeof as === 'object' && isAuthRequired ? await userActor(as) : core.appActor;
      const event = routeEvent({
        fn: matched.fn,
        method,
        path,
        query,
        pathParameters: matched.pathParameters,
        headers: init.headers ?? {},
        body: init.body,
        userWorkspaceId: actor.userWorkspaceId,
      });
      const record = await core.run(matched.fn, event, actor, 'route');
      if (record.ok) return httpReplyOf(record.value);
      return functionErrorReply(record.error?.message ?? `The logic function ${record.outcome}.`);
    },
    cron(name) {
      const fn = core.function(name);
      if (!fn.cronTriggerSettings) throw new Error(`"${name}" has no cron trigger in the manifest.`);
      return valueOrThrow(core.run(fn, {}, core.appActor, 'cron'));
    },
    async databaseEvents(eventName, events) {
      for (const run of eventRunsFor(loaded, eventName, events, {
        workspaceId: core.workspaceId,
        applicationId: core.applicationId,
      })) {
        await valueOrThrow(core.run(run.fn, run.payload, core.appActor, 'databaseEvent'));
      }
    },
    async workflowAction(name, input, as) {
      const fn = core.function(name);
      if (!fn.workflowActionTriggerSettings)
        throw new Error(`"${name}" is not a workflow action (no workflowActionTriggerSettings in the manifest).`);
      return valueOrThrow(core.run(fn, input, as ? await userActor(as) : core.appActor, 'workflowAction'));
    },
    enqueue(name, payload, jobOptions = {}) {
      const fn = core.function(name);
      const result = core.queue.enqueue(
        {
          logicFunctionUniversalIdentifier: fn.universalIdentifier,
          jobs: [{ payload, ...(jobOptions.jobId ? { jobId: jobOptions.jobId } : {}) }],
          retryLimit: jobOptions.retryLimit,
          delayMs: jobOptions.delayMs,
        },
        core.appActor,
        core.nowMs,
      );
      return result.jobIds[0] as string;
    },
    async install(installOptions = {}) {
      const app = loaded.manifest.application;
      const upgrade = installOptions.previousVersion !== undefined;
      const payload = {
        ...(upgrade ? { previousVersion: installOptions.previousVersion } : {}),
        newVersion: loaded.version,
      };
      // Both hooks run on a fresh install; on an upgrade only if shouldRunOnVersionUpgrade (APPS.md §3.5).
      const pre = app.preInstallLogicFunction;
      if (pre && (!upgrade || pre.shouldRunOnVersionUpgrade)) {
        const preResult = await runHook(pre.universalIdentifier, payload, 'install', 0);
        if (!preResult.ok) return preResult; // a failing pre-install aborts the install
      }
      const post = app.postInstallLogicFunction;
      if (!post || (upgrade && !post.shouldRunOnVersionUpgrade)) return { ran: false, ok: true, attempts: 0 };
      return runHook(
        post.universalIdentifier,
        payload,
        'install',
        post.shouldRunSynchronously ? 0 : POST_INSTALL_RETRY_LIMIT,
      );
    },
    uninstall() {
      return runHook(
        loaded.manifest.application.uninstallLogicFunction?.universalIdentifier,
        { version: loaded.version },
        'uninstall',
        0,
      );
    },
    async healthCheck(as) {
      const uid = loaded.manifest.application.healthCheckLogicFunction?.universalIdentifier;
      const fn = uid
        ? loaded.manifest.logicFunctions.find((candidate) => candidate.universalIdentifier === uid)
        : undefined;
      if (!fn) throw new Error('The built manifest declares no health check (application.healthCheckLogicFunction).');
      return valueOrThrow(core.run(fn, {}, as ? await userActor(as) : core.appActor, 'healthCheck'));
    },
    drainJobs: (drainOptions = {}) => core.drainJobs(drainOptions.max),
    crashAfterRequests: (n, filter) => core.crashAfterRequests(n, filter),
    pendingCrashes: () => core.pendingCrashes,
    redeliverCrashedJobs: () => core.redeliverCrashedJobs(),
    functionsRun: () => core.runs.map((run) => ({ name: run.name, ok: run.ok })),
    runs: () => [...core.runs],
    jobs: () => core.queue.all(),
    now: () => core.nowMs,
    advance: (ms) => core.advance(ms),
    peakRssBytes: () => core.runs.reduce((peak, run) => Math.max(peak, run.maxRssBytes), 0),
    async close() {
      core.close();
      if (ownsOutput) rmSync(outputDir, { recursive: true, force: true });
    },
  };
}
