// The app-runtime harness: runs the built logic functions the way Twenty does (APPS.md §3), against the stand-in.
// Every run is a child process (run-function.ts); runs are serialised, so "the running function" is well defined
// and a job it enqueues runs as the same actor (APPS.md §3.4 "A queued run inherits the acting user").
import { randomUUID } from 'node:crypto';

import { eventRunsForWrite } from 'test/twenty/harness/events';
import { EnqueueRefusedError, JobQueue, type QueuedJob } from 'test/twenty/harness/job-queue';
import {
  builtModulePath,
  defaultAppVariables,
  functionByName,
  functionByUniversalIdentifier,
  loadManifest,
  type LoadedManifest,
  type ManifestFunction,
} from 'test/twenty/harness/manifest';
import { runFunctionInChild, type FunctionRunResult } from 'test/twenty/harness/run-function';
import type { StandInPort, StandInRecordEvent } from 'test/twenty/harness/stand-in-port';

export interface Actor {
  token: string;
  userWorkspaceId: string | null;
  workspaceMemberId: string | null;
}

export interface RunRecord {
  name: string;
  ok: boolean;
  outcome: FunctionRunResult['outcome'];
  error?: { name: string; message: string };
  requests: number;
  /** What each request was ("POST /graphql createCompanies"); for a run the crash switch killed, the ones up to the kill. */
  requestLog: string[];
  maxRssBytes: number;
  stdout: string;
  stderr: string;
  trigger: 'route' | 'cron' | 'databaseEvent' | 'workflowAction' | 'job' | 'install' | 'uninstall' | 'healthCheck';
  /** The queued job this run served (trigger 'job'); its payload is in jobs(). */
  jobId?: string;
}

/** Which run an armed crash kills: the first later run of functionName (any function if absent) whose payload matches. */
export interface CrashFilter {
  functionName?: string;
  payloadMatches?: (payload: any) => boolean;
  /** Count only requests whose name ("POST /rest/eshop/v1/add_partner", "POST /graphql createCompanies") matches. */
  countOnly?: RegExp | string;
}

interface ArmedCrash extends CrashFilter {
  afterRequests: number;
}

export class HarnessRunError extends Error {
  constructor(readonly run: RunRecord) {
    super(
      `Logic function "${run.name}" ${run.outcome === 'threw' ? `threw ${run.error?.name}: ${run.error?.message}` : run.outcome}.\n${run.stderr.slice(-2000)}`,
    );
    this.name = 'HarnessRunError';
  }
}

const RESERVED_ENV = [
  'TWENTY_API_URL',
  'TWENTY_APP_ACCESS_TOKEN',
  'TWENTY_APP_APPLICATION_ACCESS_TOKEN',
  'TWENTY_API_KEY',
  'TWENTY_FUNCTIONS_URL',
  'APPLICATION_ID',
];

export class HarnessCore {
  readonly workspaceId: string;
  readonly applicationId: string;
  readonly queue: JobQueue<Actor>;
  readonly runs: RunRecord[] = [];
  /** How far advance() has moved the harness's own clock ahead of real time; the clock itself keeps running. */
  private ownOffsetMs = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private current: Actor | null = null;
  private armedCrashes: ArmedCrash[] = [];
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    readonly standIn: StandInPort,
    readonly loaded: LoadedManifest,
    appVariables: Record<string, string>,
  ) {
    this.workspaceId = standIn.workspaceId ?? randomUUID();
    this.applicationId = standIn.application?.id ?? randomUUID();
    for (const name of Object.keys(appVariables)) {
      if (RESERVED_ENV.includes(name))
        throw new Error(`${name} is reserved by Twenty and cannot be an application variable (APPS.md §2.1).`);
    }
    for (const [name, value] of Object.entries({ ...defaultAppVariables(loaded), ...appVariables })) {
      if (!standIn.appVariables.has(name) || name in appVariables) standIn.appVariables.set(name, value);
    }
    this.queue = new JobQueue<Actor>((uid) => functionByUniversalIdentifier(loaded, uid) !== undefined);
    standIn.metadata.onOperation('enqueueJobs', (vars) => this.enqueueFromFunction(vars));
    standIn.metadata.onOperation('getJobs', (vars) =>
      this.queue.status(Array.isArray(vars?.jobIds) ? vars.jobIds : []),
    );
    if (standIn.events) this.unsubscribe.push(standIn.events.on((events) => this.queueWriteEvents(events)));
  }

  /**
   * Virtual time: the stand-in's clock when it can advance, otherwise real time plus what advance() added. A clock that
   * stood still between runs gave two manual runs the same millisecond run id, so the second one's jobs were taken for
   * the first one's and never ran (a real server's clock moves).
   */
  get nowMs(): number {
    return this.standIn.clock?.advance ? this.standIn.clock.now() : Date.now() + this.ownOffsetMs;
  }

  advance(ms: number): void {
    if (ms <= 0) return;
    if (this.standIn.clock?.advance) this.standIn.clock.advance(ms);
    else this.ownOffsetMs += ms;
  }

  get appActor(): Actor {
    return { token: this.standIn.tokens.app, userWorkspaceId: null, workspaceMemberId: null };
  }

  private enqueueFromFunction(vars: any) {
    const input = vars?.input ?? vars;
    try {
      return this.queue.enqueue(input, this.current ?? this.appActor, this.nowMs);
    } catch (error) {
      if (error instanceof EnqueueRefusedError) throw error;
      throw new EnqueueRefusedError(String(error));
    }
  }

  /** A write seen by the stand-in becomes database-event runs on the queue, batched per write as Twenty does (events.ts). */
  queueWriteEvents(events: StandInRecordEvent[]): void {
    for (const run of eventRunsForWrite(this.loaded, events, {
      workspaceId: this.workspaceId,
      applicationId: this.applicationId,
    })) {
      this.queue.enqueue(
        { logicFunctionUniversalIdentifier: run.fn.universalIdentifier, jobs: [{ payload: run.payload }] },
        this.appActor,
        this.nowMs,
      );
    }
  }

  function(name: string): ManifestFunction {
    return functionByName(this.loaded, name);
  }

  envFor(actor: Actor): Record<string, string> {
    return {
      ...Object.fromEntries(this.standIn.appVariables),
      TWENTY_API_URL: this.standIn.url,
      TWENTY_FUNCTIONS_URL: `${this.standIn.url}/s`,
      TWENTY_APP_ACCESS_TOKEN: actor.token,
      TWENTY_APP_APPLICATION_ACCESS_TOKEN: this.standIn.tokens.app,
      APPLICATION_ID: this.applicationId,
    };
  }

  /** Arms one crash, used by the first later run that matches it (CrashFilter); null disarms every armed crash. */
  crashAfterRequests(n: number | null, filter: CrashFilter = {}): void {
    if (n === null) {
      this.armedCrashes = [];
      return;
    }
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`crashAfterRequests needs a whole number of requests (0 = before the first); got ${n}.`);
    if (filter.functionName !== undefined) this.function(filter.functionName); // an unknown name fails here, not silently later
    this.armedCrashes.push({ afterRequests: n, ...filter });
  }

  /** Crashes armed but not yet used by a run. */
  get pendingCrashes(): number {
    return this.armedCrashes.length;
  }

  private takeCrash(
    fn: ManifestFunction,
    payload: unknown,
  ): { crashAfterRequests: number | null; crashCountOnly?: string } {
    const index = this.armedCrashes.findIndex(
      (crash) =>
        (crash.functionName === undefined || crash.functionName === fn.name) &&
        (crash.payloadMatches?.(payload) ?? true),
    );
    if (index < 0) return { crashAfterRequests: null };
    const crash = this.armedCrashes.splice(index, 1)[0]!;
    const countOnly = crash.countOnly instanceof RegExp ? crash.countOnly.source : crash.countOnly;
    return { crashAfterRequests: crash.afterRequests, ...(countOnly ? { crashCountOnly: countOnly } : {}) };
  }

  /**
   * Puts every job whose run was killed back on the queue, as Twenty's queue (BullMQ) does with a job whose worker died
   * mid-run (a stalled job is handed to another worker). A function process that dies under a live worker instead
   * fails its job for good, which is what drainJobs does by itself.
   */
  redeliverCrashedJobs(): number {
    const crashed = this.queue.all().filter((job) => job.state === 'FAILED' && job.failedReason === 'crashed');
    for (const job of crashed) this.queue.redeliver(job, this.nowMs);
    return crashed.length;
  }

  /** Runs one function to its end (serialised with every other run) and records it. */
  run(
    fn: ManifestFunction,
    payload: unknown,
    actor: Actor,
    trigger: RunRecord['trigger'],
    retry = { retryCount: 0, maxRetries: 0 },
    jobId?: string,
  ): Promise<RunRecord & { value?: unknown }> {
    const next = this.chain.then(async () => {
      const crash = this.takeCrash(fn, payload);
      this.current = actor;
      try {
        const result = await runFunctionInChild({
          modulePath: builtModulePath(this.loaded, fn),
          handlerName: fn.handlerName,
          payload,
          context: {
            ...retry,
            workspaceId: this.workspaceId,
            userWorkspaceId: actor.userWorkspaceId,
            workspaceMemberId: actor.workspaceMemberId,
          },
          env: this.envFor(actor),
          timeoutMs: (fn.timeoutSeconds ?? 300) * 1000,
          ...crash,
          virtualNowMs: this.nowMs,
        });
        const record: RunRecord = {
          name: fn.name,
          ok: result.outcome === 'ok',
          outcome: result.outcome,
          requests: result.requests,
          requestLog: result.requestLog,
          maxRssBytes: result.maxRssBytes,
          stdout: result.stdout,
          stderr: result.stderr,
          trigger,
          ...(jobId ? { jobId } : {}),
          ...(result.error ? { error: result.error } : {}),
        };
        this.runs.push(record);
        return { ...record, value: result.value };
      } finally {
        this.current = null;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Runs due jobs, moving virtual time to the next delayed one when nothing is due. */
  async drainJobs(max = 1000): Promise<{ ran: number; failed: number }> {
    let ran = 0;
    let failed = 0;
    while (ran < max) {
      const job = this.queue.nextDue(this.nowMs);
      if (!job) {
        const next = this.queue.nextRunAt();
        if (next === undefined) break;
        this.advance(next - this.nowMs);
        if (this.queue.nextDue(this.nowMs) === undefined) break; // the clock could not reach it
        continue;
      }
      ran += 1;
      if ((await this.runJob(job)) === 'failed') failed += 1;
    }
    return { ran, failed };
  }

  private async runJob(job: QueuedJob<Actor>): Promise<'completed' | 'retrying' | 'failed'> {
    const fn = functionByUniversalIdentifier(this.loaded, job.logicFunctionUniversalIdentifier) as ManifestFunction;
    this.queue.start(job, this.nowMs);
    const record = await this.run(
      fn,
      job.payload,
      job.actor,
      'job',
      { retryCount: job.attemptsMade, maxRetries: job.retryLimit },
      job.jobId,
    );
    // Only a RetryableLogicFunctionError is delivered again (APPS.md §3.4); a crash or timeout fails the job.
    const retryable = record.outcome === 'threw' && record.error?.name === 'RetryableLogicFunctionError';
    return this.queue.finish(
      job,
      this.nowMs,
      record.ok ? { ok: true } : { ok: false, retryable, reason: record.error?.message ?? record.outcome },
    );
  }

  close(): void {
    for (const stop of this.unsubscribe) stop();
  }
}

export const loadOutput = (outputDir: string): LoadedManifest => loadManifest(outputDir);
