/**
 * Contract replay (issue #4 "Done when"): every request in contract/examples/ is sent to the stand-in in the
 * order it was captured (capture timestamps), and status, error codes and values must match the recorded answer
 * (timestamps, cursors' encoding and metadata ids aside). Steps the capture relied on but did not record
 * (the seeded demo workspace, the demo workflow's edits, a soft delete + restore) are recreated by interludes.
 */
import { randomUUID } from 'node:crypto';
import { startStandIn, VirtualClock, type StandIn } from 'test/twenty/stand-in/index';
import type { NormaliseOptions } from './compare';
import {
  checkCreateOneObject,
  checkFirstOver200,
  checkObjectInventory,
  checkRateLimit,
  checkUniqueFieldMetadata,
  expectExchange,
} from './custom-checks';
import { exampleFiles, loadExample, Replayer, type Exchange } from './replayer';

type Step =
  | {
      kind: 'example';
      id: string;
      before?: string[];
      after?: string[];
      opts?: NormaliseOptions;
      custom?: (r: Replayer, ex: Exchange) => Promise<void>;
    }
  | { kind: 'interlude'; name: string; run: (r: Replayer) => Promise<void> };

const ex = (id: string, more: Omit<Extract<Step, { kind: 'example' }>, 'kind' | 'id'> = {}): Step => ({
  kind: 'example',
  id,
  ...more,
});
const interlude = (name: string, run: (r: Replayer) => Promise<void>): Step => ({ kind: 'interlude', name, run });
const unordered = { opts: { unordered: true } };

const ids = {
  acme: 'be8a10a4-0a0b-408a-80a6-ed59be71c047',
  beta: '0b0af286-63a3-4dd2-8a28-6c6bc0105f3e',
  delta: 'b1d6b6a8-44c5-42ca-b415-ba928a70aa8a',
  alice: '466ebbaa-02c7-4d99-ad8b-b888030b5eb7',
  carol: 'da577c76-65a4-4c22-b08b-c55fc2ccd56c',
  dave: '538db471-7a9d-4a02-82e7-2b0ccaf47627',
};

const PLAN: Step[] = [
  interlude('seed the demo workspace: 599 companies (g8e totalCount 605 = 599 + 6 test companies)', async (r) => {
    // The first seeded ids are the ones g8e shows; the rest sort after them. Positive positions, like the demo seed (a1: new rows start at 0).
    const recorded = [
      '20202020-a000-4485-94de-70c2a98daef2',
      '20202020-a018-492d-89de-f9cd4ee80437',
      '20202020-a023-4180-9da1-6b417beacf0e',
    ];
    const rows = Array.from({ length: 599 }, (_, i) => ({
      id: recorded[i] ?? `20202020-b${String(i).padStart(3, '0')}-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Demo company ${String(i + 1).padStart(3, '0')}`,
      position: i + 1,
    }));
    r.standIn.seed('company', rows);
    expect(r.standIn.store.count('company')).toBe(599);
  }),
  ex('i1', { custom: checkObjectInventory }),
  ex('a1'),
  ex('a1b'),
  ex('a2'),
  ex('a3'),
  ex('a4'),
  ex('a5'),
  ex('a6'),
  ex('a7'),
  interlude(
    'Delta is soft-deleted, then restored by an upsert on its domain (d1 shows "ContractTest Delta (restored by upsert)")',
    async (r) => {
      const del = await r.gql('mutation($id: UUID!) { deleteCompany(id: $id) { id deletedAt } }', { id: ids.delta });
      expect((del.data?.deleteCompany as { deletedAt: string }).deletedAt).not.toBeNull();
      const up = await r.gql(
        'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data, upsert: true) { id deletedAt } }',
        {
          data: [
            {
              name: 'ContractTest Delta (restored by upsert)',
              domainName: { primaryLinkUrl: 'https://delta-contract.example.com' },
            },
          ],
        },
      );
      expect(up).toEqual({ data: { createCompanies: [{ id: ids.delta, deletedAt: null }] } });
    },
  ),
  ex('i2', { custom: checkCreateOneObject }),
  ex('i3'),
  ex('a10', { before: ['create'], after: ['createOneUpsert'] }),
  ex('i3b'),
  ex('i3c'),
  ex('g6', { before: ['omitted'] }),
  ex('i1b', { custom: checkUniqueFieldMetadata }),
  ex('b1'),
  interlude('the demo workflow moves Alice and Carol to Beta (b1 caveat; visible in b6, d7, d9)', async (r) => {
    const res = await r.gql(
      'mutation($filter: PersonFilterInput!, $data: PersonUpdateInput!) { updatePeople(filter: $filter, data: $data) { id } }',
      {
        filter: { id: { in: [ids.alice, ids.carol] } },
        data: { companyId: ids.beta },
      },
    );
    expect((res.data?.updatePeople as unknown[]).length).toBe(2);
  }),
  ex('b3'),
  ex('b4'),
  ex('b5'),
  interlude('Dave exists with a lower-case email (b6 upserts him by an upper-case one)', async (r) => {
    const res = await r.gql('mutation($data: [PersonCreateInput!]!) { createPeople(data: $data) { id } }', {
      data: [
        {
          id: ids.dave,
          name: { firstName: 'ContractTest', lastName: 'Dave' },
          emails: { primaryEmail: 'dave.contract@example.com' },
          phones: { primaryPhoneNumber: '41234567', primaryPhoneCountryCode: 'SI', primaryPhoneCallingCode: '+386' },
          companyId: ids.beta,
        },
      ],
    });
    expect(res.errors).toBeUndefined();
  }),
  ex('b6'),
  ex('c1'),
  ex('d1'),
  ex('d2-paging-page1'),
  ex('d2-paging-page2'),
  ex('d2-paging-page3'),
  ex('d3'),
  ex('d4'),
  ex('d5'),
  ex('d6', { after: ['eqEmpty', 'isNotNull', 'neqEmpty'] }),
  ex('d7'),
  ex('d8'),
  ex('d9'),
  ex('d10'),
  ...[
    'g1a',
    'g1b',
    'g1c',
    'g2a',
    'g2b',
    'g2c',
    'g2d',
    'g2e',
    'g2f',
    'g3a',
    'g3b',
    'g3c',
    'g4a',
    'g4b',
    'g4c',
    'g4d',
    'g5a',
    'g5b',
    'g5c',
    'g5d',
    'g7a',
    'g7b',
    'g7c',
    'g7d',
    'g8a',
    'g8b',
    'g8c',
    'g8d',
  ].map((id) => ex(id)),
  ex('g8e', { custom: checkFirstOver200 }),
  ex('f1'),
  ex('f2'),
  ex('f3'),
  ex('f4'),
  ex('e1', unordered),
  ex('e2', unordered),
  ex('e3', unordered),
  ex('e4'),
  ex('e5', unordered),
  ex('e6', unordered),
  ex('e7', unordered),
  ex('e8', unordered),
  ex('e9', unordered),
  ex('h1', { custom: checkRateLimit }),
  ex('x1'),
  ex('x2'),
  ex('x3'),
  ex('x4'),
  ex('u1', { before: ['create'] }),
  ex('u2'),
  ex('u4', { before: ['create'] }),
  ex('u5'),
  interlude(
    '"ContractTest Link1" exists, written with an upper-case host and a trailing slash (a11 matches it after normalisation)',
    async (r) => {
      const res = await r.gql(
        'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id domainName { primaryLinkUrl } } }',
        {
          data: [
            {
              id: '799fe4a7-4743-419b-8cbf-3657ddf03d6f',
              name: 'ContractTest Link1',
              domainName: { primaryLinkUrl: 'https://UPPER-CONTRACT.example.com/Path/' },
            },
          ],
        },
      );
      expect(res).toEqual({
        data: {
          createCompanies: [
            {
              id: '799fe4a7-4743-419b-8cbf-3657ddf03d6f',
              domainName: { primaryLinkUrl: 'https://upper-contract.example.com/Path' },
            },
          ],
        },
      });
    },
  ),
  ex('a11'),
  ex('l2'),
  ex('i4', { after: ['coreQueryAfterDelete'] }),
];

// ---------- the replay ----------

describe('Twenty contract replay (contract/examples, in capture order)', () => {
  let standIn: StandIn;
  let replayer: Replayer;
  const clock = new VirtualClock(Date.parse('2026-11-25T17:16:00.000Z'));

  beforeAll(async () => {
    standIn = await startStandIn({ manifest: null, clock, newId: () => replayer?.nextId() ?? randomUUID() });
    replayer = new Replayer(standIn, clock);
  });
  afterAll(() => standIn?.close());

  test('the plan covers every example file exactly once', () => {
    const covered = new Set<string>(['h2']); // h2 is sent inside the h1 step, right after the throttle
    for (const step of PLAN) if (step.kind === 'example') covered.add(step.id);
    const files = exampleFiles();
    const matches = (f: string, id: string) => f === `${id}.json` || f.startsWith(`${id}-`);
    const uncovered = files.filter((f) => ![...covered].some((id) => matches(f, id)));
    expect(uncovered).toEqual([]);
    for (const id of covered) expect([id, files.filter((f) => matches(f, id)).length]).toEqual([id, 1]);
  });

  for (const step of PLAN) {
    if (step.kind === 'interlude') {
      test(`interlude: ${step.name}`, () => step.run(replayer));
      continue;
    }
    test(step.id, async () => {
      const { example } = loadExample(step.id);
      const ctx = (example.context ?? {}) as Record<string, Exchange>;
      for (const name of step.before ?? [])
        await expectExchange(replayer, { ...ctx[name]!, endpoint: ctx[name]!.endpoint ?? example.endpoint }, step.opts);
      if (step.custom) await step.custom(replayer, example);
      else await expectExchange(replayer, example, step.opts);
      for (const name of step.after ?? [])
        await expectExchange(replayer, { ...ctx[name]!, endpoint: ctx[name]!.endpoint ?? example.endpoint }, step.opts);
    });
  }
});
