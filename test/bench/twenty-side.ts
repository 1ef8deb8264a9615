// The Twenty side of the bench and of `npm start`: the stand-in with the built app installed into the harness, a full
// two-way sync through the app's own cron and job functions, and what the bench reads back (calls, stores, RSS).
import { createCrm } from 'server/crm';
import { DEFAULT_SETTINGS, STREAMS } from 'server/settings/schema';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { CRON_PERIOD_MINUTES } from 'server/sync/planner';
import { createHarness, ensureBuiltOutput, type Harness, type RunRecord } from 'test/twenty/harness';
import { CAPTURED_LATENCY, startStandIn, VirtualClock, type StandIn } from 'test/twenty/stand-in';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { TwentySide } from './integrity';

export const CRON_FUNCTION = 'sync-cron';
const MAX_CRON_TICKS = 24;
/** The user who edits companies in the "1% changed" run; flags as a Metakocka manager (CONTRACTS.md "Harness (E)"). */
const EDITOR = { workspaceMemberId: '4f0c2d1e-9b8a-4c7d-8e6f-5a4b3c2d1e0f', flags: ['MANAGE_METAKOCKA'] };

export interface TwentyStartOptions {
  appVariables: Record<string, string>;
  /** Bench: captured latency, app-token rate profile, virtual clock. Start: none of these, real clock. */
  benchModel: boolean;
  /** A settings change an admin saves right after installing (through the app's own settings route). */
  settings?: Record<string, unknown>;
}

/** The admin who saves settings in `npm start`: holds the app's Manage Metakocka flag. */
const ADMIN = { workspaceMemberId: '5f3c2b1a-7d6e-4c5b-9a8f-0e1d2c3b4a59', flags: ['MANAGE_METAKOCKA'] };

export interface StreamSummary {
  stream: string;
  status: string;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
  skipped: number;
  openIssues: number;
  apiCallsMetakocka: number;
  apiCallsTwenty: number;
}

export interface SyncOutcome {
  decisions: unknown;
  jobs: { ran: number; failed: number };
  failures: Array<{ name: string; error: string }>;
  /** Function runs by function name (cron, steps, database events, pushes). */
  functionRuns: Record<string, number>;
  streams: StreamSummary[];
  /** Streams the settings know but the run produced no run record for (not available in this build, or disabled). */
  missingStreams: string[];
  /** Streams the cron reported as turned off in the sync settings. */
  disabledStreams: string[];
  virtualMs: number;
  realMs: number;
  peakRssBytes: number;
  /** Peak RSS per function, and per stream for sync steps ("run-sync-step partners"), to tell which job sets the peak. */
  peakRssByJob: Record<string, number>;
}

const disabledIn = (decisions: unknown, stream: string) =>
  Array.isArray(decisions) &&
  decisions.some((d: { stream?: string; action?: string }) => d.stream === stream && d.action === 'disabled');

export class TwentyWorld {
  private constructor(
    readonly standIn: StandIn,
    readonly harness: Harness,
    private readonly outputDir: string,
  ) {}

  static async start(options: TwentyStartOptions): Promise<TwentyWorld> {
    const outputDir = await ensureBuiltOutput();
    const standIn = await startStandIn({
      manifestPath: join(outputDir, 'manifest.json'),
      ...(options.benchModel
        ? { latency: CAPTURED_LATENCY, profile: 'app-token' as const, clock: new VirtualClock() }
        : {}),
    });
    // The harness batches each write's database events the way Twenty does (APPS.md §3.3, test/twenty/harness/events.ts).
    const harness = await createHarness({ standIn, outputDir, appVariables: options.appVariables });
    const world = new TwentyWorld(standIn, harness, outputDir);
    const installed = await harness.install();
    if (!installed.ok) throw new Error(`post-install failed: ${installed.error?.name}: ${installed.error?.message}`);
    if (options.settings) {
      const saved = await harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
        method: 'POST',
        body: options.settings,
        as: ADMIN,
      });
      if (saved.status !== 200)
        throw new Error(`saving the sync settings failed (${saved.status}): ${JSON.stringify(saved.body)}`);
    }
    return world;
  }

  /** Runs the cron tick (as Twenty's scheduler would), then every job it leads to until the queue is empty. */
  async sync(): Promise<SyncOutcome> {
    const runsBefore = this.harness.runs().length;
    const knownRuns = new Set(this.rows('metakockaSyncRun').map((r) => `${r.id}:${r.startedAt}`));
    const virtualStart = this.harness.now();
    const realStart = Date.now();
    const decisions = await this.harness.cron(CRON_FUNCTION);
    const jobs = { ran: 0, failed: 0, cronTicks: 1 };
    const newRuns = () => this.rows('metakockaSyncRun').filter((r) => !knownRuns.has(`${r.id}:${r.startedAt}`));
    for (;;) {
      for (let round = 0; round < 10_000; round++) {
        const drained = await this.harness.drainJobs({ max: 1000 });
        jobs.ran += drained.ran;
        jobs.failed += drained.failed;
        if (drained.ran === 0) break;
      }
      // A run whose job chain broke (e.g. retries used up on Twenty's rate limit) is resumed by a later cron tick, as
      // Twenty's scheduler would tick every 5 minutes (server/sync/planner.ts); bounded to 2 virtual hours. A stream
      // waiting for others (documents after partners and products) starts in the job that ends the last of them (D60),
      // so a tick is needed only while a run is still queued or running once the queue is empty.
      const unfinished = newRuns().some((r) => r.status === 'RUNNING' || r.status === 'QUEUED');
      if (!unfinished || jobs.cronTicks >= MAX_CRON_TICKS) break;
      this.harness.advance(CRON_PERIOD_MINUTES * 60_000);
      await this.harness.cron(CRON_FUNCTION);
      jobs.cronTicks += 1;
    }
    const runs = this.harness.runs().slice(runsBefore);
    const streams = newRuns().map((r) => this.summaryOf(r));
    const seen = new Set(streams.map((s) => s.stream.toLowerCase()));
    return {
      decisions,
      jobs,
      failures: runs
        .filter((r) => !r.ok)
        .slice(0, 10)
        .map((r) => ({ name: r.name, error: `${r.outcome}: ${r.error?.message ?? r.stderr.slice(-500)}` })),
      functionRuns: runs.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.name]: (acc[r.name] ?? 0) + 1 }), {}),
      streams,
      // A stream the settings turn off (documents is off by default, server/settings/schema.ts) is not a failure.
      missingStreams: STREAMS.filter((s) => !seen.has(s) && !disabledIn(decisions, s)),
      disabledStreams: STREAMS.filter((s) => !seen.has(s) && disabledIn(decisions, s)),
      virtualMs: this.harness.now() - virtualStart,
      realMs: Date.now() - realStart,
      peakRssBytes: runs.reduce((peak, r) => Math.max(peak, r.maxRssBytes), 0),
      peakRssByJob: this.peakRssByJob(runs),
    };
  }

  private peakRssByJob(runs: RunRecord[]): Record<string, number> {
    const streamOf = new Map(this.harness.jobs().map((j) => [j.jobId, j.payload.stream]));
    const peaks: Record<string, number> = {};
    for (const run of runs) {
      const stream = run.jobId ? streamOf.get(run.jobId) : undefined;
      const key = typeof stream === 'string' ? `${run.name} ${stream}` : run.name;
      peaks[key] = Math.max(peaks[key] ?? 0, run.maxRssBytes);
    }
    return peaks;
  }

  /** Moves virtual time past every stream's schedule, so the next cron tick starts all streams again. */
  passSchedule(): void {
    const longest = Math.max(...Object.values(DEFAULT_SETTINGS.streams).map((s) => s.everyMinutes));
    this.harness.advance(longest * 60_000 + 60_000);
  }

  private summaryOf(r: Record<string, any>): StreamSummary {
    const stream = String(r.stream ?? '').toLowerCase();
    const openIssues = this.rows('metakockaSyncIssue').filter(
      (i) => i.status === 'OPEN' && String(i.stream ?? '').toLowerCase() === stream,
    ).length;
    const n = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0) || 0);
    return {
      stream,
      status: String(r.status),
      created: n(r.createdCount),
      updated: n(r.updatedCount),
      unchanged: n(r.unchangedCount),
      deleted: n(r.deletedCount),
      failed: n(r.failedCount),
      skipped: n(r.skippedCount),
      openIssues,
      apiCallsMetakocka: n(r.apiCallsMetakocka),
      apiCallsTwenty: n(r.apiCallsTwenty),
    };
  }

  rows(objectName: string): Array<Record<string, any>> {
    return this.standIn.store.rows(objectName).filter((row: Record<string, any>) => !row.deletedAt);
  }

  calls(): Record<string, number> {
    return this.standIn.calls.byRoot();
  }

  snapshot(withDocuments: boolean): TwentySide {
    return twentySnapshot((name) => this.rows(name), withDocuments);
  }

  /** A user renames every 1/fraction-th bound company through the API; Twenty sends the database events. */
  async changeCompanies(fraction: number): Promise<number> {
    const bound = this.rows('company')
      .filter((c) => c.metakockaPartnerId)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const step = Math.max(1, Math.round(1 / fraction));
    const drafts = bound
      .filter((_, i) => i % step === 0)
      .map((c) => ({ id: String(c.id), name: `${String(c.name).trim()} d.o.o.` }));
    const crm = createCrm({
      apiUrl: this.standIn.url,
      token: this.standIn.tokens.user(EDITOR.workspaceMemberId, EDITOR.flags),
    });
    for (let i = 0; i < drafts.length; i += 200) await crm.companies.upsertMany(drafts.slice(i, i + 200) as never);
    return drafts.length;
  }

  async close(): Promise<void> {
    await this.harness.close();
    await this.standIn.close();
    rmSync(this.outputDir, { recursive: true, force: true });
  }
}

/** Twenty's side of the integrity check: the bound rows that are not soft-deleted, as plain projections. */
export function twentySnapshot(
  rows: (objectName: string) => Array<Record<string, any>>,
  withDocuments: boolean,
): TwentySide {
  const pick = <K extends string>(name: string, keys: K[]) =>
    rows(name).map((r) => Object.fromEntries(['id', ...keys].map((k) => [k, r[k] ?? null])));
  const side: TwentySide = {
    companies: pick('company', ['name', 'metakockaPartnerId', 'metakockaSyncExcluded']) as TwentySide['companies'],
    people: pick('person', [
      'metakockaPartnerId',
      'metakockaContactId',
      'metakockaSyncExcluded',
    ]) as TwentySide['people'],
    products: pick('metakockaProduct', ['metakockaId', 'code', 'name', 'isActive']) as TwentySide['products'],
  };
  if (!withDocuments) return side;
  return {
    ...side,
    documents: pick('metakockaSalesDocument', ['metakockaId', 'countCode']) as TwentySide['documents'],
    lines: pick('metakockaSalesDocumentLine', ['metakockaRowKey']) as TwentySide['lines'],
  };
}
