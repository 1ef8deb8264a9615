// Where the process-level crash test kills runs. A kill point names a function and a place in its requests ("after the
// first product write", "after add_partner answered"); it is resolved against a clean sync of the same world, so the
// test keeps hitting those places when the engine changes how many requests a step makes (the request names come from
// the harness's request log, test/twenty/harness/preload.mjs), and where it can it counts only requests of one name.
import type { CrashFilter, RunRecord } from 'test/twenty/harness';
import type { QueuedJob } from 'test/twenty/harness/job-queue';

type Payload = Record<string, any>;

export interface KillTarget {
  label: string;
  functionName: string;
  /** Requests the run completes before it dies (0 = it dies as its first request leaves); null = not this run. */
  afterRequests(log: string[], payload: Payload): number | null;
  /**
   * When set, the kill counts only requests of this name (harness `countOnly`): "after the 1st createCompanies" lands
   * there even when the run reads a little more or less than the clean run did (e.g. after an earlier kill).
   */
  countOnly?: string;
}

export interface Kill {
  label: string;
  functionName: string;
  afterRequests: number;
  /** The clean run's request that is the last one answered before the kill ("—" for none). */
  lastRequest: string;
  filter: CrashFilter;
}

export interface PlannedWorld {
  name: string;
  redeliver: boolean;
  targets: Array<keyof typeof TARGETS>;
}

export interface KillWorld {
  name: string;
  /** Killed jobs come back as from a dead worker (BullMQ stalled job); otherwise only the cron resumes. */
  redeliver: boolean;
  kills: Kill[];
}

const nameOf = (request: string) => request.split(/[ /]/).at(-1) ?? '';
const positions = (log: string[], name: string) => log.flatMap((request, i) => (nameOf(request) === name ? [i] : []));
const first = (log: string[], name: string) => positions(log, name)[0];
const last = (log: string[], name: string) => positions(log, name).at(-1);
const isStream = (payload: Payload, stream: string) => payload.stream === stream;

const hasPushes = (key: 'companyIds' | 'personIds') => (p: Payload) => (p[key] ?? []).length > 0;

/** Kill right after the first `name` request of a run for which `applies` holds; counts only `name` requests. */
const afterFirst = (
  label: string,
  functionName: string,
  name: string,
  applies: (p: Payload, log: string[]) => boolean,
): KillTarget => ({
  label,
  functionName,
  countOnly: name,
  afterRequests: (log, p) => (first(log, name) !== undefined && applies(p, log) ? first(log, name)! + 1 : null),
});

/** Kill after the run's last request, before it returns (its job fails although its work is done). */
const atEnd = (label: string, functionName: string, applies: (p: Payload) => boolean): KillTarget => ({
  label,
  functionName,
  afterRequests: (log, p) => (log.length > 0 && applies(p) ? log.length : null),
});

/** The default plan: places where a lost answer or a half-done step could leave duplicates, holes or stale values. */
export const TARGETS = {
  routeBeforeFirstStep: {
    label: 'run-sync route: run state and record written, killed before the first step job was queued',
    functionName: 'run-sync',
    countOnly: 'enqueueJobs',
    afterRequests: (log) => first(log, 'enqueueJobs') ?? null,
  },
  routeAfterLastRunRecord: {
    label: "run-sync route: last stream's run record written, killed before its run state was saved",
    functionName: 'run-sync',
    countOnly: 'createMetakockaSyncRuns',
    afterRequests: (log) => (last(log, 'createMetakockaSyncRuns') ?? -1) + 1 || null,
  },
  companyEventBeforePush: {
    label: 'company.created batch run: killed before it queued the push',
    functionName: 'company-created',
    afterRequests: (log) => (log.length > 0 ? 0 : null),
  },
  partnersBetweenCompaniesAndPeople: afterFirst(
    'partners page: companies written, killed before the people were written',
    'run-sync-step',
    'createCompanies',
    (p, log) => isStream(p, 'partners') && (last(log, 'createPeople') ?? -1) > first(log, 'createCompanies')!,
  ),
  productsMidPage: afterFirst(
    'products page: killed mid-page, after its first product write',
    'run-sync-step',
    'createMetakockaProducts',
    (p, log) => isStream(p, 'products') && positions(log, 'createMetakockaProducts').length > 1,
  ),
  companyPushLostAnswer: afterFirst(
    'company push: add_partner answered, killed before the binding reached Twenty',
    'push-records',
    'add_partner',
    hasPushes('companyIds'),
  ),
  partnersQueuedBeforeCheckpoint: afterFirst(
    "partners step: jobs queued (the sweep's pushes or the next step), killed before its run record and checkpoint were saved",
    'run-sync-step',
    'enqueueJobs',
    (p, log) => isStream(p, 'partners') && (last(log, 'setAppKeyValue') ?? -1) > first(log, 'enqueueJobs')!,
  ),
  partnersDoneBeforeReturn: atEnd(
    'partners step: every request done (checkpoint saved), killed before it returned (its job fails)',
    'run-sync-step',
    (p) => isStream(p, 'partners'),
  ),
  productsDoneBeforeReturn: atEnd(
    'products step: every request done, killed before it returned (its job fails)',
    'run-sync-step',
    (p) => isStream(p, 'products'),
  ),
  productsBeforeCheckpoint: {
    label: 'products page: all its writes done, killed before its checkpoint',
    functionName: 'run-sync-step',
    countOnly: 'createMetakockaProducts',
    afterRequests: (log, p) => {
      const lastWrite = last(log, 'createMetakockaProducts');
      return isStream(p, 'products') && lastWrite !== undefined && (last(log, 'setAppKeyValue') ?? -1) > lastWrite
        ? lastWrite + 1
        : null;
    },
  },
  contactPushLostAnswer: afterFirst(
    'contact push: update_partner answered, killed before the person was bound',
    'push-records',
    'update_partner',
    hasPushes('personIds'),
  ),
  partnersAfterMetakockaRead: afterFirst(
    'partners page: Metakocka page read, killed before anything was written',
    'run-sync-step',
    'get_partner',
    (p) => isStream(p, 'partners'),
  ),
  productsBetweenPages: {
    label: 'products step: first page written, killed before the next page was read',
    functionName: 'run-sync-step',
    countOnly: 'createMetakockaProducts',
    afterRequests: (log, p) =>
      isStream(p, 'products') && positions(log, 'product_list').length > 1 ? positions(log, 'product_list')[1]! : null,
  },
  companyPushBeforeIntentCleared: afterFirst(
    'company push: binding written to Twenty, killed before the push intent was cleared',
    'push-records',
    'createCompanies',
    hasPushes('companyIds'),
  ),
  personEventAfterPushQueued: afterFirst(
    'person.created batch run: push queued, killed before it returned',
    'person-created',
    'enqueueJobs',
    () => true,
  ),
  documentsAfterDocumentWrite: afterFirst(
    'documents page: documents written, killed before their lines',
    'run-sync-step',
    'createMetakockaSalesDocuments',
    (p) => isStream(p, 'documents'),
  ),
  documentsAfterLineWrite: afterFirst(
    'documents page: lines written, killed before the page was finished and checkpointed',
    'run-sync-step',
    'createMetakockaSalesDocumentLines',
    (p) => isStream(p, 'documents'),
  ),
  documentsAfterSecondSearch: {
    label: 'documents step: second page read from Metakocka, killed before it was written',
    functionName: 'run-sync-step',
    countOnly: 'search',
    afterRequests: (log, p) =>
      isStream(p, 'documents') && positions(log, 'search').length > 1 ? positions(log, 'search')[1]! + 1 : null,
  },
} satisfies Record<string, KillTarget>;

/**
 * Several kills per sync keep the test short; each world mixes steps, pushes and event runs, and its kills hit
 * different runs, so one kill does not shift where the next one lands.
 */
export const DEFAULT_WORLDS: PlannedWorld[] = [
  {
    name: 'route, event run, partners page, products between pages; cron resumes',
    redeliver: false,
    targets: [
      'routeBeforeFirstStep',
      'companyEventBeforePush',
      'partnersBetweenCompaniesAndPeople',
      'productsBetweenPages',
    ],
  },
  {
    name: 'products mid-page, lost add_partner answer, partners before checkpoint, person event; jobs redelivered',
    redeliver: true,
    targets: [
      'productsMidPage',
      'companyPushLostAnswer',
      'partnersQueuedBeforeCheckpoint',
      'personEventAfterPushQueued',
    ],
  },
  {
    name: 'route after the last run record, products before checkpoint, lost update_partner answer, partners step done, push before intent cleared; cron resumes',
    redeliver: false,
    targets: [
      'routeAfterLastRunRecord',
      'productsBeforeCheckpoint',
      'contactPushLostAnswer',
      'partnersDoneBeforeReturn',
      'companyPushBeforeIntentCleared',
    ],
  },
];

/** With CRASH_KILL_DOCUMENTS=1 (documents stream on): kills inside the documents pull. */
export const DOCUMENT_WORLDS: PlannedWorld[] = [
  {
    name: 'documents: after the document write, then after the line write of the resumed step; jobs redelivered',
    redeliver: true,
    targets: ['documentsAfterDocumentWrite', 'documentsAfterLineWrite'],
  },
  {
    name: 'documents: after the second page was read; cron resumes',
    redeliver: false,
    targets: ['documentsAfterSecondSearch'],
  },
];

/** With CRASH_KILL_ALL=1: the remaining targets. */
export const MORE_WORLDS: PlannedWorld[] = [
  {
    name: 'partners after the Metakocka read, products done before returning; jobs redelivered',
    redeliver: true,
    targets: ['partnersAfterMetakockaRead', 'productsDoneBeforeReturn'],
  },
];

/**
 * What identifies "the same run" in another world: the step's stream and number, which push lists are filled, the
 * event name; never ids, which differ between worlds.
 */
export function shapeOf(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.length > 0;
  if (payload === null || typeof payload !== 'object') return typeof payload === 'number' ? payload : undefined;
  const p = payload as Payload;
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((key) => [key, key === 'stream' || key === 'name' ? p[key] : shapeOf(p[key])]),
  );
}

const sameShape = (a: unknown, b: unknown) => JSON.stringify(shapeOf(a)) === JSON.stringify(shapeOf(b));

export interface CleanSync {
  runs: RunRecord[];
  jobs: Array<QueuedJob<unknown>>;
}

const payloadOf = (clean: CleanSync, run: RunRecord): Payload =>
  (clean.jobs.find((job) => job.jobId === run.jobId)?.payload ?? {}) as Payload;

function killAt(clean: CleanSync, label: string, run: RunRecord, afterRequests: number, countOnly?: string): Kill {
  const shape = run.jobId ? payloadOf(clean, run) : null;
  const counted = countOnly
    ? run.requestLog.slice(0, afterRequests).filter((request) => nameOf(request) === countOnly).length
    : afterRequests;
  return {
    label,
    functionName: run.name,
    afterRequests: counted,
    lastRequest: `${afterRequests > 0 ? (run.requestLog[afterRequests - 1] ?? '?') : '—'}${countOnly ? ` (counting ${countOnly} only)` : ''}`,
    filter: {
      functionName: run.name,
      ...(shape ? { payloadMatches: (payload: unknown) => sameShape(payload, shape) } : {}),
      ...(countOnly ? { countOnly: new RegExp(`[ /]${countOnly}$`) } : {}),
    },
  };
}

/** The first run of the clean sync where the target applies; throws when none does (the plan needs updating). */
export function resolveKill(clean: CleanSync, target: KillTarget): Kill {
  for (const run of clean.runs.filter((r) => r.name === target.functionName)) {
    const n = target.afterRequests(run.requestLog, payloadOf(clean, run));
    if (n !== null) return killAt(clean, target.label, run, n, target.countOnly);
  }
  const seen = clean.runs.filter((r) => r.name === target.functionName).map((r) => r.requestLog.map(nameOf).join(','));
  throw new Error(
    `Kill point "${target.label}" fits no ${target.functionName} run of a clean sync; update test/e2e/crash-kill-plan.ts. Runs seen: ${JSON.stringify(seen)}`,
  );
}

/** Extra worlds (CRASH_KILL_RANDOM=n): one kill each at a random request of a random run, seeded for replay. */
export function randomWorlds(clean: CleanSync, count: number, seed: number): KillWorld[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0; // mulberry32
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Runs without requests (an event batch the sync itself caused) cannot be killed by the switch.
  const candidates = clean.runs.filter(
    (run) => (run.trigger === 'job' || run.trigger === 'route') && run.requestLog.length > 0,
  );
  return Array.from({ length: count }, (_, i) => {
    const run = candidates[Math.floor(random() * candidates.length)]!;
    const n = Math.floor(random() * (run.requestLog.length + 1));
    const redeliver = random() < 0.5;
    return {
      name: `random ${i + 1} (seed ${seed})`,
      redeliver,
      kills: [killAt(clean, `${run.name} killed after request ${n} of ${run.requestLog.length}`, run, n)],
    };
  });
}

/**
 * Kills for the second sync after edits on both sides (crash-kill-world.ts editBothSides). They count named requests
 * (harness `countOnly`), so they need no clean reference run: the edit event lost before its push was queued, a lost
 * update_partner answer, the pull killed after its first write of Metakocka's changes, a product write half done.
 */
export const EDIT_KILLS: Kill[] = [
  {
    label: 'company.updated batch run: killed before it queued the pushes',
    functionName: 'company-updated',
    afterRequests: 0,
    lastRequest: '—',
    filter: { functionName: 'company-updated' },
  },
  {
    label: 'person push: update_partner answered, killed before the new hash reached Twenty',
    functionName: 'push-records',
    afterRequests: 1,
    lastRequest: 'update_partner',
    filter: {
      functionName: 'push-records',
      payloadMatches: (p) => (p.personIds ?? []).length > 0,
      countOnly: /update_partner$/,
    },
  },
  {
    label: 'partners pull: killed after its first company write',
    functionName: 'run-sync-step',
    afterRequests: 1,
    lastRequest: 'createCompanies|updateCompanies',
    filter: {
      functionName: 'run-sync-step',
      payloadMatches: (p) => p.stream === 'partners',
      countOnly: /(create|update)Compan(y|ies)$/,
    },
  },
  {
    label: 'products pull: killed after its first product write',
    functionName: 'run-sync-step',
    afterRequests: 1,
    lastRequest: 'createMetakockaProducts|updateMetakockaProducts',
    filter: {
      functionName: 'run-sync-step',
      payloadMatches: (p) => p.stream === 'products',
      countOnly: /(create|update)MetakockaProducts?$/,
    },
  },
];
