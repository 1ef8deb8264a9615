// Twenty hands a batch-mode database-event function the events of one write together, at most 200 per run, one batch
// per event name; a per-record function gets one run per event (APPS.md §3.3, twenty-sdk DatabaseEventBatchPayload).
// The first block checks the payloads the harness builds; the second drives real writes through the stand-in into
// the built fixture app (on-company-updated-batch is batch mode, on-company-created is per record).
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { eventRunsForWrite } from 'test/twenty/harness/events';
import type { LoadedManifest, ManifestFunction } from 'test/twenty/harness/manifest';
import type { StandInRecordEvent } from 'test/twenty/harness/stand-in-port';
import { buildFixtureApp } from 'test/twenty/harness';

const ids = { workspaceId: 'ws-1', applicationId: 'app-1' };
const member = 'a1b2c3d4-0000-4000-8000-00000000000a';
const recordId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const fn = (name: string, eventName: string, batchMode: boolean, updatedFields?: string[]): ManifestFunction => ({
  universalIdentifier: `uid-${name}`,
  name,
  handlerName: 'default',
  builtHandlerPath: `${name}.mjs`,
  databaseEventTriggerSettings: { eventName, batchMode, ...(updatedFields ? { updatedFields } : {}) },
});

const loaded: LoadedManifest = {
  outputDir: '/nowhere',
  version: '1.0.0',
  manifest: {
    application: { universalIdentifier: 'app' },
    objects: [],
    logicFunctions: [
      fn('batch-updated', 'company.updated', true, ['name']),
      fn('batch-any', 'company.*', true),
      fn('single-created', 'company.created', false),
    ],
  },
};

const renamed = (i: number): StandInRecordEvent => ({
  name: 'company.updated',
  objectNameSingular: 'company',
  recordId: recordId(i),
  before: { name: `Old ${i}` },
  after: { name: `New ${i}` },
  updatedFields: ['name'],
  workspaceMemberId: member,
});
const created = (i: number): StandInRecordEvent => ({
  name: 'company.created',
  objectNameSingular: 'company',
  recordId: recordId(i),
  before: null,
  after: { name: `Made ${i}` },
  updatedFields: [],
});

const runsOf = (events: StandInRecordEvent[]) =>
  eventRunsForWrite(loaded, events, ids).map((run) => ({ fn: run.fn.name, payload: run.payload as any }));

describe('runs built from one write', () => {
  it('hands a batch-mode function all events of the write in one run, in the DatabaseEventBatchPayload shape', () => {
    const runs = runsOf([renamed(1), renamed(2), renamed(3)]).filter((run) => run.fn === 'batch-updated');

    expect(runs).toHaveLength(1);
    const payload = runs[0]!.payload;
    expect(payload).toMatchObject({
      name: 'company.updated',
      workspaceId: 'ws-1',
      objectMetadata: { nameSingular: 'company', namePlural: 'companies' },
    });
    expect(payload.recordId).toBeUndefined();
    expect(payload.events.map((e: any) => e.recordId)).toEqual([recordId(1), recordId(2), recordId(3)]);
    expect(payload.events[1]).toEqual({
      recordId: recordId(2),
      workspaceMemberId: member,
      properties: {
        before: { name: 'Old 2' },
        after: { name: 'New 2' },
        updatedFields: ['name'],
        diff: { name: { before: 'Old 2', after: 'New 2' } },
      },
    });
  });

  it('splits a write of 450 events into runs of 200, 200 and 50', () => {
    const runs = runsOf(Array.from({ length: 450 }, (_, i) => renamed(i))).filter((run) => run.fn === 'batch-updated');

    expect(runs.map((run) => run.payload.events.length)).toEqual([200, 200, 50]);
    expect(runs.flatMap((run) => run.payload.events.map((e: any) => e.recordId))).toEqual(
      Array.from({ length: 450 }, (_, i) => recordId(i)),
    );
  });

  it('keeps one batch per event name when a write (an upsert) both creates and updates', () => {
    const runs = runsOf([renamed(1), created(2), renamed(3), created(4)]);

    const batches = runs
      .filter((run) => run.fn === 'batch-any')
      .map((run) => [run.payload.name, run.payload.events.map((e: any) => e.recordId)]);
    expect(batches).toEqual([
      ['company.updated', [recordId(1), recordId(3)]],
      ['company.created', [recordId(2), recordId(4)]],
    ]);
  });

  it('still gives a per-record function one run per event, carrying recordId and properties itself', () => {
    const runs = runsOf([created(1), created(2), created(3)]).filter((run) => run.fn === 'single-created');

    expect(runs.map((run) => run.payload.recordId)).toEqual([recordId(1), recordId(2), recordId(3)]);
    expect(runs[0]!.payload).toMatchObject({ name: 'company.created', properties: { after: { name: 'Made 1' } } });
    expect(runs[0]!.payload.events).toBeUndefined();
  });
});

describe('writes through the stand-in reach the built fixture app batched per write', () => {
  const world = useHarnessWorld(buildFixtureApp, { buildTimeoutMs: 180_000 });

  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const body = await world.graphql(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const rename = (idList: string[], name: string) =>
    graphql('mutation($f:CompanyFilterInput!,$d:CompanyUpdateInput!){updateCompanies(filter:$f,data:$d){id}}', {
      f: { id: { in: idList } },
      d: { name },
    });

  it('runs the batch-mode function once for a write that renames three companies, once more for a later write', async () => {
    const made = await graphql('mutation($d:[CompanyCreateInput!]!){createCompanies(data:$d){id}}', {
      d: [{ name: 'Alfa' }, { name: 'Beta' }, { name: 'Gama' }],
    });
    const companyIds = made.createCompanies.map((c: { id: string }) => c.id) as string[];
    expect(await world.harness.drainJobs()).toEqual({ ran: 3, failed: 0 }); // company.created is per record: 3 runs

    await rename(companyIds, 'Renamed');
    await rename(companyIds.slice(0, 1), 'Renamed again');
    const drained = await world.harness.drainJobs();

    expect(world.standIn.kv.get('batch-sizes')).toEqual([3, 1]);
    expect(drained).toEqual({ ran: 2, failed: 0 });
    expect(world.harness.functionsRun().map((run) => run.name)).toEqual([
      ...Array(3).fill('on-company-created'),
      'on-company-updated-batch',
      'on-company-updated-batch',
    ]);
  }, 120_000);
});
