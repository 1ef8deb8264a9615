// The app-runtime harness: runs the built logic functions the way Twenty does (APPS.md §3), against the stand-in.
// Every run is a child process (run-function.ts); runs are serialised, so "the running function" is well defined
// and a job it enqueues runs as the same actor (APPS.md §3.4 "A queued run inherits the acting user").
import { randomUUID } from 'node:crypto';

import { eventRunsFor, type RecordEventInput } from 'test/twenty/harness/events';
import { EnqueueRefusedError, JobQueue, type QueuedJob } from 'test/twenty/harness/job-queue';
import { builtModulePath, defaultAppVariables, functionByName, functionByUniversalIdentifier, loadManifest, type LoadedManifest, type ManifestFunction } from 'test/twenty/harness/manifest';
import { runFunctionInChild, type FunctionRunResult } from 'test/twenty/harness/run-function';
import { eventNameOf, type StandInPort, type StandInRecordEvent } from 'test/twenty/harness/stand-in-port';

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
  maxRssBytes: number;
  stdout: string;
  stderr: string;
  trigger: 'route' | 'cron' | 'databaseEvent' | 'workflowAction' | 'job' | 'install' | 'uninstall' | 'healthCheck';
}

export class HarnessRunError extends Error {
  constructor(readonly run: RunRecord) {
    super(`Logic function "${run.name}" ${run.outcome === 'threw' ? `threw ${run.error?.name}: ${run.error?.message}` : run.outcome}.\n${run.stderr.slice(-2000)}`);
    this.name = 'HarnessRunError';
  }
}

const RESERVED_ENV = ['TWENTY_API_URL', 'TWENTY_APP_ACCESS_TOKEN', 'TWENTY_APP_APPLICATION_ACCESS_TOKEN', 'TWENTY_API_KEY', 'TWENTY_FUNCTIONS_URL', 'APPLICATION_ID'];

export class HarnessCore {
  readonly workspaceId: string;
  readonly applicationId: string;
  readonly queue: JobQueue<Actor>;
  readonly runs: RunRecord[] = [];
  private ownNowMs = Date.now();
  private chain: Promise<unknown> = Promise.resolve();
  private current: Actor | null = null;
  private crashNext: number | null = null;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(readonly standIn: StandInPort, readonly loaded: LoadedManifest, appVariables: Record<string, string>) {
    this.workspaceId = standIn.workspaceId ?? randomUUID();
    this.applicationId = standIn.application?.id ?? randomUUID();
    for (const name of Object.keys(appVariables)) {
      if (RESERVED_ENV.includes(name)) throw new Error(`${name} is reserved by Twenty and cannot be an application variable (APPS.md §2.1).`);
    }
    for (const [name, value] of Object.entries({ ...defaultAppVariables(loaded), ...appVariables })) {
      if (!standIn.appVariables.has(name) || name in appVariables) standIn.appVariables.set(name, value);
    }
    this.queue = new JobQueue<Actor>((uid) => functionByUniversalIdentifier(loaded, uid) !== undefined);
    standIn.metadata.onOperation('enqueueJobs', (vars) => this.enqueueFromFunction(vars));
    standIn.metadata.onOperation('getJobs', (vars) => this.queue.status(Array.isArray(vars?.jobIds) ? vars.jobIds : []));
    if (standIn.events) this.unsubscribe.push(standIn.events.on((events) => events.forEach((event) => this.queueRecordEvent(event))));
  }

  /** Virtual time: the stand-in's clock when it can advance, otherwise the harness's own. */
  get nowMs(): number {
    return this.standIn.clock?.advance ? this.standIn.clock.now() : this.ownNowMs;
  }

  advance(ms: number): void {
    if (ms <= 0) return;
    if (this.standIn.clock?.advance) this.standIn.clock.advance(ms);
    else this.ownNowMs += ms;
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

  /** Writes seen by the stand-in become database-event runs on the queue, as Twenty queues them. */
  queueRecordEvent(event: StandInRecordEvent): void {
    const eventName = eventNameOf(event);
    const input: RecordEventInput = { recordId: event.recordId, before: event.before, after: event.after, updatedFields: event.updatedFields,
      ...(event.workspaceMemberId ? { workspaceMemberId: event.workspaceMemberId } : {}) };
    for (const run of eventRunsFor(this.loaded, eventName, [input], { workspaceId: this.workspaceId, applicationId: this.applicationId })) {
      this.queue.enqueue({ logicFunctionUniversalIdentifier: run.fn.universalIdentifier, jobs: [{ payload: run.payload }] }, this.appActor, this.nowMs);
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

  crashAfterRequests(n: number | null): void {
    this.crashNext = n;
  }

  /** Runs one function to its end (serialised with every other run) and records it. */
  run(fn: ManifestFunction, payload: unknown, actor: Actor, trigger: RunRecord['trigger'], retry = { retryCount: 0, maxRetries: 0 }): Promise<RunRecord & { value?: unknown }> {
    const next = this.chain.then(async () => {
      const crashAfterRequests = this.crashNext;
      this.crashNext = null;
      this.current = actor;
      try {
        const result = await runFunctionInChild({
          modulePath: builtModulePath(this.loaded, fn), handlerName: fn.handlerName, payload,
          context: { ...retry, workspaceId: this.workspaceId, userWorkspaceId: actor.userWorkspaceId, workspaceMemberId: actor.workspaceMemberId },
          env: this.envFor(actor), timeoutMs: (fn.timeoutSeconds ?? 300) * 1000, crashAfterRequests, virtualNowMs: this.nowMs,
        });
        const record: RunRecord = { name: fn.name, ok: result.outcome === 'ok', outcome: result.outcome, requests: result.requests,
          maxRssBytes: result.maxRssBytes, stdout: result.stdout, stderr: result.stderr, trigger, ...(result.error ? { error: result.error } : {}) };
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
    const record = await this.run(fn, job.payload, job.actor, 'job', { retryCount: job.attemptsMade, maxRetries: job.retryLimit });
    // Only a RetryableLogicFunctionError is delivered again (APPS.md §3.4); a crash or timeout fails the job.
    const retryable = record.outcome === 'threw' && record.error?.name === 'RetryableLogicFunctionError';
    return this.queue.finish(job, this.nowMs, record.ok ? { ok: true } : { ok: false, retryable, reason: record.error?.message ?? record.outcome });
  }

  close(): void {
    for (const stop of this.unsubscribe) stop();
  }
}

export const loadOutput = (outputDir: string): LoadedManifest => loadManifest(outputDir);
