// A full two-way sync killed after its n-th outside call (before or after the call takes effect), then resumed the way
// production resumes (the cron finds the stale run; the next pull re-queues lost pushes). Afterwards both sides must
// hold every record exactly once with equal values.
import { handleRecordEvents } from 'server/sync/partners/events';
import { normaliseTaxNumber } from 'server/sync/partners/fields';
import { cronTick, startRun } from 'server/sync/planner';
import { loadRunState } from 'server/sync/checkpoints';
import { CrmUnavailableError } from 'server/crm';
import { MetakockaUnavailableError } from 'server/metakocka';
import { partner, product } from './memory-mk';
import { createTestRuntime, type TestRuntime } from './runtime';

export class Crash extends Error {}

export interface CrashPoint {
  afterCalls: number;
  /** 'before': the call never happens; 'after': it takes effect but its answer is lost with the process. */
  mode: 'before' | 'after';
}

export interface ScenarioSize {
  partners: number;
  products: number;
  twentyCompanies: number;
}

/** Counts every outside call (Twenty, Metakocka, kv writes) and dies at the chosen one. */
function armCrash(rt: TestRuntime, point: CrashPoint | null): { calls: () => number; disarm(): void } {
  let calls = 0;
  let armed = point !== null;
  const wrap = <T extends object>(target: T, names: string[]) => {
    for (const name of names) {
      const original = (target as any)[name].bind(target);
      (target as any)[name] = async (...args: unknown[]) => {
        calls += 1;
        if (armed && point!.mode === 'before' && calls === point!.afterCalls) throw new Crash(`crash before call ${calls}`);
        const result = await original(...args);
        if (armed && point!.mode === 'after' && calls === point!.afterCalls) throw new Crash(`crash after call ${calls}`);
        return result;
      };
    }
  };
  for (const repo of [rt.crm.companies, rt.crm.people, rt.crm.products, rt.crm.syncIssues, rt.crm.syncRuns]) wrap(repo, ['findBy', 'findByIds', 'findWhere', 'upsertMany', 'page']);
  wrap(rt.mk, ['partnersPage', 'findPartners', 'addPartner', 'updatePartner', 'productsPage']);
  wrap(rt.kv, ['set', 'delete']);
  wrap(rt.jobs, ['enqueue']);
  return { calls: () => calls, disarm: () => void (armed = false) };
}

export async function seedScenario(size: ScenarioSize): Promise<TestRuntime> {
  const rt = createTestRuntime();
  for (let i = 0; i < size.partners; i += 1) {
    const p = partner(i % 4 === 3 ? { businessEntity: false, taxIdNumber: '' } : {});
    rt.mk.partners.set(p.mkId, p);
  }
  for (let i = 0; i < size.products; i += 1) rt.mk.products.push(product());
  for (let i = 0; i < size.twentyCompanies; i += 1) {
    const [company] = rt.crm.tables.companies.upsert([{ name: `Twenty Firma ${i} d.o.o.`, metakockaTaxNumber: `SI7${String(i).padStart(7, '0')}` }]);
    const [person] = rt.crm.tables.people.upsert([{ name: { firstName: 'Oseba', lastName: `${i}` }, emails: { primaryEmail: `oseba${i}@twenty.example` }, companyId: company!.id }]);
    await handleRecordEvents(rt, 'company', [{ recordId: company!.id, after: company }]);
    await handleRecordEvents(rt, 'person', [{ recordId: person!.id, after: person }]);
  }
  return rt;
}

async function runUntilQuiet(rt: TestRuntime) {
  for (let round = 0; round < 20; round += 1) {
    await rt.drain();
    rt.clock.now = new Date(rt.clock.now.getTime() + 20 * 60_000); // past stuckAfterMinutes: the cron resumes stale runs
    await cronTick(rt).catch(() => undefined); // a fault in the cron: the next tick tries again
    const states = await Promise.all([loadRunState(rt.kv, 'partners'), loadRunState(rt.kv, 'products')]);
    if (rt.queue.length === 0 && states.every((s) => s?.status !== 'running')) return;
  }
}

/** Runs the scenario once; returns the number of outside calls a clean run makes when point is null. */
export async function runCrashScenario(size: ScenarioSize, point: CrashPoint | null): Promise<{ rt: TestRuntime; calls: number }> {
  const rt = await seedScenario(size);
  const crash = armCrash(rt, point);
  try {
    await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
    await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
  } catch (error) {
    if (!(error instanceof Crash)) throw error;
  }
  await rt.drain();
  const calls = crash.calls();
  crash.disarm();
  await runUntilQuiet(rt);
  // The next scheduled pass heals what a killed push left (its pull finds the Twenty change and re-queues it).
  rt.clock.now = new Date(rt.clock.now.getTime() + 2 * 60 * 60_000);
  await cronTick(rt);
  await runUntilQuiet(rt);
  return { rt, calls };
}

/** Duplicates, missing records and value differences between the two sides; all zero when the sync is exact. */
export function integrity(rt: TestRuntime): { duplicates: string[]; missing: string[]; mismatches: string[] } {
  const out = { duplicates: [] as string[], missing: [] as string[], mismatches: [] as string[] };
  const companies = [...rt.crm.tables.companies.rows.values()].filter((c) => !c.deletedAt);
  const people = [...rt.crm.tables.people.rows.values()].filter((p) => !p.deletedAt);
  const products = [...rt.crm.tables.metakockaProducts.rows.values()];
  const partners = [...rt.mk.partners.values()];
  const count = <T>(items: T[], key: (x: T) => string) => items.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());
  for (const [name, n] of count(partners, (p) => p.name)) if (n > 1) out.duplicates.push(`Metakocka partner "${name}" ×${n}`);
  for (const [id, n] of count(companies.filter((c) => c.metakockaPartnerId), (c) => c.metakockaPartnerId)) if (n > 1) out.duplicates.push(`company for partner ${id} ×${n}`);
  for (const [id, n] of count(products, (p) => p.metakockaId)) if (n > 1) out.duplicates.push(`product ${id} ×${n}`);
  for (const p of partners) {
    const contacts = count(p.contacts, (c) => `${c.name}|${c.email}`);
    for (const [key, n] of contacts) if (n > 1) out.duplicates.push(`contact ${key} on partner ${p.mkId} ×${n}`);
    if (p.businessEntity) {
      const company = companies.find((c) => c.metakockaPartnerId === p.mkId);
      if (!company) out.missing.push(`company for partner ${p.mkId}`);
      else {
        if (String(company.name).trim() !== p.name.trim()) out.mismatches.push(`name of partner ${p.mkId}: "${company.name}" vs "${p.name}"`);
        if (normaliseTaxNumber(company.metakockaTaxNumber) !== normaliseTaxNumber(p.taxIdNumber)) out.mismatches.push(`tax number of partner ${p.mkId}`);
      }
      for (const contact of p.contacts) if (!people.some((x) => x.metakockaContactId === contact.mkId)) out.missing.push(`person for contact ${contact.mkId}`);
    } else if (!people.some((x) => x.metakockaPartnerId === p.mkId)) out.missing.push(`person for private partner ${p.mkId}`);
  }
  for (const c of companies) if (!c.metakockaPartnerId) out.missing.push(`partner for company ${c.name}`);
  for (const person of people) if (!person.metakockaContactId && !person.metakockaPartnerId) out.missing.push(`contact for person ${person.id}`);
  for (const p of rt.mk.products) {
    const twin = products.find((x) => x.metakockaId === p.mkId);
    if (!twin) out.missing.push(`product ${p.mkId}`);
    else if (twin.name !== p.name || twin.isActive !== p.active) out.mismatches.push(`product ${p.mkId}`);
  }
  return out;
}

/** A tiny seeded PRNG (mulberry32), so a failing fault run can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Transient faults on both sides at `rate`: half fail before the call, half apply it and lose the answer. */
function armFaults(rt: TestRuntime, rate: number, random: () => number) {
  const wrap = (target: object, names: string[], fault: () => Error) => {
    for (const name of names) {
      const original = (target as any)[name].bind(target);
      (target as any)[name] = async (...args: unknown[]) => {
        const roll = random();
        if (roll < rate / 2) throw fault();
        const result = await original(...args);
        if (roll < rate) throw fault(); // lost write answer: the call took effect
        return result;
      };
    }
  };
  for (const repo of [rt.crm.companies, rt.crm.people, rt.crm.products, rt.crm.syncIssues, rt.crm.syncRuns]) wrap(repo, ['findBy', 'findByIds', 'findWhere', 'upsertMany', 'page'], () => new CrmUnavailableError('injected fault'));
  wrap(rt.mk, ['partnersPage', 'findPartners', 'addPartner', 'updatePartner', 'productsPage'], () => new MetakockaUnavailableError('timeout', 'injected'));
}

export async function runFaultScenario(size: ScenarioSize, rate: number, seed: number): Promise<TestRuntime> {
  const rt = await seedScenario(size);
  armFaults(rt, rate, prng(seed));
  for (const stream of ['partners', 'products'] as const) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await startRun(rt, stream, { trigger: 'manual', dryRun: false });
        break;
      } catch {
        // a fault while starting: the user (or the cron) simply tries again
      }
    }
  }
  await runUntilQuiet(rt);
  rt.clock.now = new Date(rt.clock.now.getTime() + 2 * 60 * 60_000);
  await cronTick(rt).catch(() => undefined);
  await runUntilQuiet(rt);
  return rt;
}

/** `count` crash points spread evenly over every (call, before|after) pair of a run of `totalCalls` calls. */
export function spreadPoints(totalCalls: number, count: number): CrashPoint[] {
  const pairs = totalCalls * 2;
  const picked = new Set<number>();
  for (let i = 0; i < count; i += 1) picked.add(Math.floor((i * pairs) / count));
  return [...picked].map((k) => ({ afterCalls: 1 + Math.floor(k / 2), mode: k % 2 === 0 ? 'after' : 'before' }));
}
