// A full two-way sync, sales documents included, killed after its n-th outside call (before or after the call takes
// effect), then resumed the way production resumes: a killed process runs nothing more (its job is lost, harness
// README: "a crash fails the job for good"), the cron finds the stale run, the next pull re-queues lost pushes, and a
// user whose "Push to Metakocka" failed presses it again. Afterwards both sides must hold every record exactly once
// with equal values.
import { handleRecordEvents } from 'server/sync/partners/events';
import { normaliseTaxNumber } from 'server/sync/partners/fields';
import { cronTick, startRun } from 'server/sync/planner';
import { loadRunState, type RunState } from 'server/sync/checkpoints';
import { writeSettings } from 'server/settings/store';
import { STREAMS, type StreamName } from 'server/settings/schema';
import { countBy, groupBy } from 'test/support/collections';
import { documentsIntegrity, type TwentyMadeDocument } from './documents-integrity';
import { seedSandboxDocuments } from './sandbox-documents';
import { partner, product } from './mk-records';
import { createTestRuntime, type TestRuntime } from './runtime';
import { draftTwentyDocuments, pushFromTwenty } from './twenty-documents';

export class Crash extends Error {}

export interface CrashPoint {
  /** The n-th outside call of the run (1-based); with `call`, the n-th call of that name. */
  afterCalls: number;
  /** 'before': the call never happens; 'after': it takes effect but its answer is lost with the process. */
  mode: 'before' | 'after';
  /** A method name (e.g. 'putDocument', 'partnersPage') or a GraphQL operation (e.g. 'UpsertMetakockaSalesDocumentLines'). */
  call?: string;
}

export interface ScenarioSize {
  partners: number;
  products: number;
  twentyCompanies: number;
  /** Sales documents seeded in Metakocka (every type, lines, payments, lineage); 0 leaves the documents stream off. */
  documents: number;
  /** Offers and orders drafted in Twenty and pushed once the first sync is done. */
  twentyDocuments: number;
}

export interface World {
  rt: TestRuntime;
  /** Whether the documents stream takes part (its records are the sandbox's). */
  documents: boolean;
  twentyMade: TwentyMadeDocument[];
}

const DOCUMENT_METHODS = [
  'searchDocuments',
  'getDocument',
  'putDocument',
  'updateDocument',
  'deleteDocument',
  'changeDocumentStatus',
  'findDocumentAfterUncertainWrite',
];

/** Every call to the outside world the sync makes: Twenty (memory repos and the GraphQL gateway), Metakocka, kv writes, enqueues. */
export function outsideCalls(
  rt: TestRuntime,
): Array<{ target: object; names: string[]; side: 'twenty' | 'metakocka' | 'host' }> {
  const repos = [rt.crm.companies, rt.crm.people, rt.crm.products, rt.crm.syncIssues, rt.crm.syncRuns];
  return [
    ...repos.map((target) => ({
      target,
      names: ['findBy', 'findByIds', 'findWhere', 'upsertMany', 'page', 'softDeleteByIds'],
      side: 'twenty' as const,
    })),
    { target: rt.crm.gateway, names: ['request'], side: 'twenty' },
    {
      target: rt.mk,
      names: ['partnersPage', 'findPartners', 'addPartner', 'updatePartner', 'productsPage', 'productsByMkIds'],
      side: 'metakocka',
    },
    { target: rt.mk.documents as object, names: DOCUMENT_METHODS, side: 'metakocka' as const },
    { target: rt.kv, names: ['set', 'delete'], side: 'host' },
    { target: rt.jobs, names: ['enqueue'], side: 'host' },
  ];
}

type Around = (call: () => Promise<unknown>, side: 'twenty' | 'metakocka' | 'host', name: string) => Promise<unknown>;

/** A GraphQL request is named by its operation (createRecordRepo's Page/Upsert/Delete<Plural>). */
const callName = (name: string, args: unknown[]) => {
  if (name === 'request') return /(?:query|mutation)\s+(\w+)/.exec(String(args[0]))?.[1] ?? name;
  return name === 'set' || name === 'delete' ? `kv.${name}(${String(args[0])})` : name; // kv: which checkpoint
};

export function wrapCalls(rt: TestRuntime, around: Around, include: (target: object) => boolean = () => true): void {
  for (const { target, names, side } of outsideCalls(rt)) {
    if (!include(target)) continue;
    for (const name of names) {
      if (typeof (target as any)[name] !== 'function') continue;
      const original = (target as any)[name].bind(target);
      (target as any)[name] = (...args: unknown[]) => around(() => original(...args), side, callName(name, args));
    }
  }
}

/** Counts every outside call and kills the process at the chosen one: from then on, nothing of that process runs. */
function armCrash(rt: TestRuntime, point: CrashPoint | null) {
  let calls = 0;
  let named = 0;
  let fired = false;
  const names: string[] = [];
  let armed = point !== null;
  let dead = false;
  wrapCalls(rt, async (call, _side, name) => {
    if (dead) throw new Crash('the process is gone');
    calls += 1;
    names.push(name);
    if (point?.call === name) named += 1;
    const hit =
      armed &&
      (point!.call === undefined ? calls === point!.afterCalls : point!.call === name && named === point!.afterCalls);
    if (hit) fired = true;
    if (hit && point!.mode === 'before') {
      dead = true;
      throw new Crash(`crash before call ${calls}`);
    }
    const result = await call();
    if (hit) {
      dead = true;
      throw new Crash(`crash after call ${calls}`);
    }
    return result;
  });
  return {
    calls: () => calls,
    names: () => [...names],
    fired: () => fired,
    disarm: () => void (armed = false),
    revive: () => void (dead = false),
  };
}

/** Varied net prices (up to 4 decimals, API.md §1.5) and two VAT rates, so document totals exercise rounding. */
function variedProduct(i: number) {
  const cents = 300 + ((i * 7919) % 9000);
  const price = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}${i % 4 === 1 ? '35' : ''}`;
  const base = product();
  const [list] = base.priceLists;
  return { ...base, priceLists: [{ ...list!, price, taxCode: i % 3 === 2 ? 'EX3' : 'EX4', taxFactor: null }] };
}

export async function seedScenario(size: ScenarioSize, seed = 5): Promise<World> {
  const rt = createTestRuntime();
  for (let i = 0; i < size.partners; i += 1) {
    const p = partner(i % 4 === 3 ? { businessEntity: false, taxIdNumber: '' } : {});
    rt.mk.partners.set(p.mkId, p);
  }
  for (let i = 0; i < size.products; i += 1) rt.mk.products.push(variedProduct(i));
  if (size.documents > 0) {
    seedSandboxDocuments(rt, { documents: size.documents, seed });
    await writeSettings(rt.kv, { streams: { documents: { enabled: true } } }); // as an admin turns it on (docs/sync-settings.md)
  }
  for (let i = 0; i < size.twentyCompanies; i += 1) {
    const [company] = rt.crm.tables.companies.upsert([
      { name: `Twenty Firma ${i} d.o.o.`, metakockaTaxNumber: `SI7${String(i).padStart(7, '0')}` },
    ]);
    const [person] = rt.crm.tables.people.upsert([
      {
        name: { firstName: 'Oseba', lastName: `${i}` },
        emails: { primaryEmail: `oseba${i}@twenty.example` },
        companyId: company!.id,
      },
    ]);
    await handleRecordEvents(rt, 'company', [{ recordId: company!.id, after: company }]);
    await handleRecordEvents(rt, 'person', [{ recordId: person!.id, after: person }]);
  }
  return { rt, documents: size.documents > 0, twentyMade: [] };
}

export const streamsOf = (world: World): StreamName[] => STREAMS.filter((s) => s !== 'documents' || world.documents);

export async function runUntilQuiet(world: World) {
  const { rt } = world;
  for (let round = 0; round < 20; round += 1) {
    await rt.drain();
    rt.clock.now = new Date(rt.clock.now.getTime() + 20 * 60_000); // past stuckAfterMinutes: the cron resumes stale runs
    await cronTick(rt).catch(() => undefined); // a fault in the cron: the next tick tries again
    const states = await Promise.all(streamsOf(world).map((s) => loadRunState(rt.kv, s)));
    if (rt.queue.length === 0 && states.every((s: RunState | null) => s?.status !== 'running')) return;
  }
}

/** One user-started process (a "Run now" or a push press); a crash ends it, the next process starts fresh. */
async function asProcess(crash: { revive(): void }, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false; // the user sees an error (or the process died) and will try again
  } finally {
    crash.revive();
  }
}

/**
 * The whole life the tests replay: run every stream now; once quiet, users push documents they made in Twenty; the
 * next scheduled pass; then users press "Push" again on whatever failed, and one more pass.
 */
export async function playScenario(
  world: World,
  guard: { revive(): void },
  after: { firstPassDone(): void },
  twentyDocuments: number,
) {
  const { rt } = world;
  await asProcess(guard, async () => {
    for (const stream of streamsOf(world)) await startRun(rt, stream, { trigger: 'manual', dryRun: false });
  });
  await runUntilQuiet(world);
  const failed: string[] = [];
  if (world.documents) {
    world.twentyMade = draftTwentyDocuments(rt, twentyDocuments);
    for (const made of world.twentyMade)
      if (!(await asProcess(guard, () => pushFromTwenty(rt, made.id)))) failed.push(made.id);
  }
  rt.clock.now = new Date(rt.clock.now.getTime() + 2 * 60 * 60_000);
  await cronTick(rt).catch(() => undefined);
  await runUntilQuiet(world);
  after.firstPassDone();
  for (let attempt = 0; attempt < 5 && failed.length > 0; attempt += 1) {
    for (const id of failed.splice(0)) if (!(await asProcess(guard, () => pushFromTwenty(rt, id)))) failed.push(id);
  }
  // The next scheduled pass heals what a killed step or push left (its pull finds the change and re-queues it).
  rt.clock.now = new Date(rt.clock.now.getTime() + 2 * 60 * 60_000);
  await cronTick(rt).catch(() => undefined);
  await runUntilQuiet(world);
}

/** Runs the scenario once; returns the number of outside calls a clean run makes when point is null. */
/** `callNames[i]` names outside call i + 1 of the run (up to the end of the first pass), for reports. */
export async function runCrashScenario(
  size: ScenarioSize,
  point: CrashPoint | null,
): Promise<{ world: World; calls: number; callNames: string[]; fired: boolean }> {
  const world = await seedScenario(size);
  const crash = armCrash(world.rt, point);
  world.rt.afterJob = crash.revive;
  let calls = 0;
  await playScenario(
    world,
    crash,
    {
      firstPassDone: () => {
        calls = crash.calls();
        crash.disarm();
      },
    },
    size.twentyDocuments,
  );
  return { world, calls, callNames: crash.names().slice(0, calls), fired: crash.fired() };
}

/** Duplicates, missing records and value differences between the two sides; all zero when the sync is exact. */
export function integrity(world: World): { duplicates: string[]; missing: string[]; mismatches: string[] } {
  const { rt } = world;
  const out = { duplicates: [] as string[], missing: [] as string[], mismatches: [] as string[] };
  const companies = [...rt.crm.tables.companies.rows.values()].filter((c) => !c.deletedAt);
  const people = [...rt.crm.tables.people.rows.values()].filter((p) => !p.deletedAt);
  const products = [...rt.crm.tables.metakockaProducts.rows.values()];
  const partners = [...rt.mk.partners.values()];
  for (const [name, n] of countBy(partners, (p) => p.name))
    if (n > 1) out.duplicates.push(`Metakocka partner "${name}" ×${n}`);
  for (const [id, n] of countBy(
    companies.filter((c) => c.metakockaPartnerId),
    (c) => c.metakockaPartnerId,
  ))
    if (n > 1) out.duplicates.push(`company for partner ${id} ×${n}`);
  for (const [id, n] of countBy(products, (p) => p.metakockaId)) if (n > 1) out.duplicates.push(`product ${id} ×${n}`);
  const companyOf = groupBy(companies, (c) => c.metakockaPartnerId);
  const contactIds = new Set(people.map((x) => x.metakockaContactId));
  const privateIds = new Set(people.map((x) => x.metakockaPartnerId));
  const productOf = groupBy(products, (x) => x.metakockaId);
  for (const p of partners) {
    const contacts = countBy(p.contacts, (c) => `${c.name}|${c.email}`);
    for (const [key, n] of contacts) if (n > 1) out.duplicates.push(`contact ${key} on partner ${p.mkId} ×${n}`);
    if (p.businessEntity) {
      const company = companyOf.get(p.mkId)?.[0];
      if (!company) out.missing.push(`company for partner ${p.mkId}`);
      else {
        if (String(company.name).trim() !== p.name.trim())
          out.mismatches.push(`name of partner ${p.mkId}: "${company.name}" vs "${p.name}"`);
        if (normaliseTaxNumber(company.metakockaTaxNumber) !== normaliseTaxNumber(p.taxIdNumber))
          out.mismatches.push(`tax number of partner ${p.mkId}`);
      }
      for (const contact of p.contacts)
        if (!contactIds.has(contact.mkId)) out.missing.push(`person for contact ${contact.mkId}`);
    } else if (!privateIds.has(p.mkId)) out.missing.push(`person for private partner ${p.mkId}`);
  }
  for (const c of companies) if (!c.metakockaPartnerId) out.missing.push(`partner for company ${c.name}`);
  for (const person of people)
    if (!person.metakockaContactId && !person.metakockaPartnerId) out.missing.push(`contact for person ${person.id}`);
  for (const p of rt.mk.products.list()) {
    const twin = productOf.get(p.mkId)?.[0];
    if (!twin) out.missing.push(`product ${p.mkId}`);
    else if (twin.name !== p.name || twin.isActive !== p.active) out.mismatches.push(`product ${p.mkId}`);
  }
  if (world.documents) {
    const docs = documentsIntegrity(rt, world.twentyMade);
    out.duplicates.push(...docs.duplicates);
    out.missing.push(...docs.missing);
    out.mismatches.push(...docs.mismatches);
  }
  return out;
}

/** Whether a call belongs to the documents stream or a document push (Metakocka document methods, document and line records, documents kv). */
export const isDocumentCall = (name: string | undefined) => /Document|documents/.test(name ?? '');

/** `count` crash points spread evenly over every (call, before|after) pair of a run of `totalCalls` calls. */
export function spreadPoints(totalCalls: number, count: number): CrashPoint[] {
  const pairs = totalCalls * 2;
  const picked = new Set<number>();
  for (let i = 0; i < count; i += 1) picked.add(Math.floor((i * pairs) / count));
  return [...picked].map((k) => ({ afterCalls: 1 + Math.floor(k / 2), mode: k % 2 === 0 ? 'after' : 'before' }));
}
