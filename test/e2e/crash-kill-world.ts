// A small two-way world for the process-level crash test: the sandbox, the stand-in with the built app installed,
// Twenty-made companies with contacts, and the ways a killed run is resumed as in Twenty: a redelivered job (the
// worker died with it), the cron's stuck-run detection (the job failed for good), and the next scheduled pass.
import { createCrm } from 'server/crm';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { CRON_PERIOD_MINUTES } from 'server/sync/planner';
import type { RunRecord } from 'test/twenty/harness';
import { mkBaseline, type MkBaseline } from './crash-kill-stores';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER, startSyncWorld, type SyncWorld } from './sync-world';

/** CRASH_KILL_DOCUMENTS=1 also turns the documents stream on (off by default in the settings) with 20 documents. */
export const WITH_DOCUMENTS = process.env.CRASH_KILL_DOCUMENTS === '1';
/** Two product pages (1000 per product_list page, API.md §2.3) and a partners page with contacts and private persons. */
export const WORLD_SIZE = { partners: 30, products: 1100, documents: WITH_DOCUMENTS ? 20 : 0, seed: 11 };
const TWENTY_MADE = 3;
const CRON = 'sync-cron';
const STREAMS = WITH_DOCUMENTS ? (['partners', 'products', 'documents'] as const) : (['partners', 'products'] as const);
/** Past stuckAfterMinutes, so the cron takes a run whose job died for stuck (server/sync/planner.ts isStuck). */
const PAST_STUCK_MS = (DEFAULT_SETTINGS.stuckAfterMinutes + 1) * 60_000;
/** Past every stream's schedule, so the cron starts the next pass, whose pull re-queues pushes a kill lost. */
const PAST_SCHEDULE_MS = (Math.max(...STREAMS.map((s) => DEFAULT_SETTINGS.streams[s].everyMinutes)) + 1) * 60_000;
const MAX_CRON_ROUNDS = 12;

export interface CrashWorld {
  world: SyncWorld;
  baseline: MkBaseline;
}

export async function startCrashWorld(outputDir: string): Promise<CrashWorld> {
  const world = await startSyncWorld(outputDir, WORLD_SIZE);
  const installed = await world.harness.install();
  if (!installed.ok) throw new Error(`post-install failed: ${installed.error?.name}: ${installed.error?.message}`);
  if (WITH_DOCUMENTS) {
    const saved = await world.harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { streams: { documents: { enabled: true } } },
      as: MANAGER,
    });
    if (saved.status !== 200)
      throw new Error(`turning the documents stream on failed (${saved.status}): ${JSON.stringify(saved.body)}`);
  }
  const baseline = mkBaseline(world.sandbox);
  // A user adds companies with one contact each through the API; the stand-in's writes queue the database-event runs.
  const user = createCrm({ apiUrl: world.standIn.url, token: world.standIn.apiKey });
  const companies = await user.companies.upsertMany(
    Array.from({ length: TWENTY_MADE }, (_, i) => ({
      name: `Iz Twentyja ${i + 1} d.o.o.`,
      metakockaTaxNumber: `SI8${String(i + 1).padStart(7, '0')}`,
    })) as never,
  );
  await user.people.upsertMany(
    companies.map((company: { id: string }, i: number) => ({
      name: { firstName: 'Kontakt', lastName: `Številka ${i + 1}` },
      emails: { primaryEmail: `kontakt${i + 1}@iz-twentyja.example` },
      companyId: company.id,
    })) as never,
  );
  return { world, baseline };
}

const runState = (world: SyncWorld, stream: string) =>
  world.standIn.kv.get(`metakocka:run:${stream}`) as { status?: string } | undefined;
const pendingJobs = (world: SyncWorld) =>
  world.harness.jobs().filter((job) => ['WAITING', 'DELAYED', 'ACTIVE'].includes(job.state));
/** The engine's own run state decides whether a run is in progress; run records are only judged at the end (runProblems). */
const anyRunning = (world: SyncWorld) => STREAMS.some((s) => runState(world, s)?.status === 'running');

/**
 * Drains, then ticks the cron as Twenty does every 5 minutes: while something runs, time jumps past stuckAfterMinutes
 * so the tick resumes it; when all is quiet, one more tick may start a run that waited (documents wait for partners and
 * products, server/sync/chain.ts RUNS_AFTER). Ends when a quiet tick starts nothing.
 */
async function settle(world: SyncWorld, redeliver: boolean): Promise<void> {
  for (let round = 0; round < MAX_CRON_ROUNDS; round += 1) {
    if (redeliver) world.harness.redeliverCrashedJobs();
    await world.drain();
    const quiet =
      !anyRunning(world) && pendingJobs(world).length === 0 && !(redeliver && world.harness.redeliverCrashedJobs() > 0);
    world.harness.advance(quiet ? CRON_PERIOD_MINUTES * 60_000 : PAST_STUCK_MS);
    const decisions = (await world.harness.cron(CRON)) as Array<{ action?: string }>;
    if (quiet && !decisions.some((d) => d.action === 'started' || d.action === 'resumed')) return;
  }
}

/**
 * A full sync as a manager starts it, then resumed as Twenty would: with `redeliver`, killed jobs come back (a worker
 * died); always, the cron resumes runs whose job chain broke, and one more scheduled pass heals lost pushes.
 */
export async function syncAndResume(world: SyncWorld, redeliver: boolean): Promise<void> {
  await world.sync();
  await settle(world, redeliver);
  world.harness.advance(PAST_SCHEDULE_MS);
  await settle(world, redeliver);
}

/** What must hold after the resumed sync besides the stores: every run finished, only killed runs failed. */
export function runProblems(world: SyncWorld): string[] {
  const problems: string[] = [];
  for (const stream of STREAMS)
    if (runState(world, stream)?.status === 'running') problems.push(`the ${stream} run is still running`);
  const records = world.rows('metakockaSyncRun');
  for (const r of records.filter((x) => x.status === 'RUNNING'))
    problems.push(`run record ${r.stream} ${r.id} still RUNNING`);
  for (const stream of STREAMS) {
    const latest = records
      .filter((r) => String(r.stream).toLowerCase() === stream)
      .sort((a, b) => String(a.startedAt).localeCompare(String(b.startedAt)))
      .at(-1);
    if (!latest) problems.push(`no ${stream} run record`);
    else if (latest.status !== 'SUCCEEDED')
      problems.push(`latest ${stream} run ended ${latest.status}: ${latest.errorSummary ?? ''}`);
  }
  for (const job of pendingJobs(world)) problems.push(`job ${job.jobId} is still ${job.state}`);
  // A job that threw RetryableLogicFunctionError and then succeeded is the designed path (e.g. a dropped connection
  // under load: CRM_UNAVAILABLE); a job that failed for good without being killed, or a failed cron/route run, is not.
  for (const job of world.harness
    .jobs()
    .filter((j) => j.state === 'FAILED' && j.failedReason !== 'crashed')
    .slice(0, 5)) {
    problems.push(`job ${job.jobId} failed for good: ${job.failedReason}`);
  }
  const failedDirect = world.harness
    .runs()
    .filter((run: RunRecord) => run.trigger !== 'job' && !run.ok && run.outcome !== 'crashed');
  for (const run of failedDirect.slice(0, 5))
    problems.push(`${run.name} ${run.outcome}: ${run.error?.message ?? run.stderr.slice(-300)}`);
  for (const issue of world
    .rows('metakockaSyncIssue')
    .filter((i) => i.status === 'OPEN')
    .slice(0, 5))
    problems.push(`open sync issue ${issue.issueKey}: ${issue.message}`);
  return problems;
}

/**
 * After a first sync: a user edits records in Twenty through the API (their database events queue pushes) while
 * someone edits others in Metakocka (new partner, renames, a deactivated product). Different records on each side, so
 * nothing conflicts and both sides must end equal.
 */
export async function editBothSides(world: SyncWorld): Promise<void> {
  const user = createCrm({ apiUrl: world.standIn.url, token: world.standIn.apiKey });
  const partners = world.sandbox.store.partners.list();
  const business = partners.filter((p) => p.businessEntity);
  const companies = world
    .rows('company')
    .filter((c) => c.metakockaPartnerId)
    .sort((a, b) => String(a.metakockaPartnerId).localeCompare(String(b.metakockaPartnerId)));
  const renamedInTwenty = new Set(companies.slice(0, 3).map((c) => String(c.metakockaPartnerId)));
  await user.companies.upsertMany(
    companies.slice(0, 3).map((c) => ({ id: c.id, name: `${String(c.name).trim()} (uredil Twenty)` })) as never,
  );
  const contacts = world
    .rows('person')
    .filter(
      (p) =>
        p.metakockaContactId &&
        !renamedInTwenty.has(String(companies.find((c) => c.id === p.companyId)?.metakockaPartnerId)),
    );
  await user.people.upsertMany(
    contacts
      .slice(0, 2)
      .map((p, i) => ({ id: p.id, emails: { primaryEmail: `nov.naslov${i + 1}@uredil-twenty.example` } })) as never,
  );

  const untouched = business.filter(
    (p) =>
      !renamedInTwenty.has(p.mkId) &&
      !p.contacts.some((c) => contacts.slice(0, 2).some((x) => x.metakockaContactId === c.mkId)),
  );
  for (const partner of untouched.slice(0, 2)) partner.customer = `${partner.customer.trim()} (uredil Metakocka)`;
  const template = untouched[2]!;
  const nextId = String(Math.max(...partners.map((p) => Number(p.mkId) || 0)) + 1000);
  const fresh = {
    ...template,
    mkId: nextId,
    countCode: `N${nextId}`,
    customer: 'Nova stranka iz Metakocke d.o.o.',
    taxIdNumber: 'SI99887766',
    addresses: template.addresses.map((a, i) => ({ ...a, mkId: `${nextId}${i + 1}` })),
    contacts: [],
  };
  world.sandbox.store.partners.insert(fresh);
  const products = world.sandbox.store.products.list();
  for (const product of products.slice(0, 5)) product.name = `${product.name} (novo ime)`;
  products[5]!.activated = false;
  for (const product of products.slice(0, 6)) world.sandbox.store.touchProduct(product.mkId);
}

/** Job runs that threw and were delivered again (shown with a result, not a failure by themselves). */
export const retriedRuns = (world: SyncWorld): string[] =>
  world.harness
    .runs()
    .filter((run: RunRecord) => run.trigger === 'job' && run.outcome === 'threw')
    .map((run) => `${run.name}: ${run.error?.message.slice(0, 120)}`);
