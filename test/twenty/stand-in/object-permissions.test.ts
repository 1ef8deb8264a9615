/**
 * A member's object and row permissions with a user token (object-permissions.ts): what currentUserWorkspace reports,
 * what a read shows, and which writes are refused. The app's token is not restricted.
 */
import { startStandIn, type StandIn } from './index';
import { gql } from './client';

const MEMBER = '6a0c1e22-7777-4777-8777-777777777777';
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn({ manifest: null, rateLimit: null });
});
afterAll(() => standIn.close());

const companyIds = async (token: string) =>
  (await gql(standIn, '{ companies { edges { node { id } } } }', undefined, { token })).data?.companies?.edges.map(
    (e: any) => e.node.id,
  );

describe('member object permissions', () => {
  test('an unrestricted member holds the Member role on every object, listed by metadata id', async () => {
    const token = standIn.tokens.user(MEMBER, []);
    const answer = await gql(
      standIn,
      '{ currentUser { currentUserWorkspace { objectPermissions { objectMetadataId canReadObjectRecords canUpdateObjectRecords canSoftDeleteObjectRecords canDestroyObjectRecords } } } }',
      undefined,
      { token, endpoint: '/metadata' },
    );
    const list = answer.data?.currentUser.currentUserWorkspace.objectPermissions as Array<Record<string, unknown>>;
    expect(list).toHaveLength(standIn.model.objects.size);
    expect(list).toContainEqual({
      objectMetadataId: standIn.model.get('company')!.id,
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: true,
      canDestroyObjectRecords: true,
    });
  });

  test('a restricted object: reported, reads limited to the row-level predicate, writes refused', async () => {
    const [own, other] = standIn.seed('company', [{ name: 'Own d.o.o.' }, { name: 'Other d.o.o.' }]) as Array<{
      id: string;
    }>;
    standIn.permissions.restrict(MEMBER, 'company', {
      canUpdateObjectRecords: false,
      rowFilter: { name: { eq: 'Own d.o.o.' } },
    });
    const token = standIn.tokens.user(MEMBER, []);

    const reported = await gql(
      standIn,
      '{ currentUser { currentUserWorkspace { objectPermissions { objectMetadataId canReadObjectRecords canUpdateObjectRecords } } } }',
      undefined,
      { token, endpoint: '/metadata' },
    );
    expect(reported.data?.currentUser.currentUserWorkspace.objectPermissions).toContainEqual({
      objectMetadataId: standIn.model.get('company')!.id,
      canReadObjectRecords: true,
      canUpdateObjectRecords: false,
    });

    expect(await companyIds(token)).toEqual([own!.id]);
    const hidden = await gql(
      standIn,
      'query($id: UUID!) { company(filter: { id: { eq: $id } }) { id } }',
      { id: other!.id },
      { token },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await gql(
      standIn,
      'mutation($id: UUID!) { updateCompany(id: $id, data: { name: "Renamed" }) { id } }',
      { id: own!.id },
      { token },
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(standIn.store.get('company', own!.id)?.name).toBe('Own d.o.o.');
    // The app's own token is not the member's role.
    expect(await companyIds(standIn.tokens.app)).toEqual(expect.arrayContaining([own!.id, other!.id]));
  });

  test('a row outside the predicate cannot be updated even with update permission', async () => {
    const [outside] = standIn.seed('company', [{ name: 'Outside d.o.o.' }]) as Array<{ id: string }>;
    standIn.permissions.restrict(MEMBER, 'company', { rowFilter: { name: { eq: 'Own d.o.o.' } } });
    const token = standIn.tokens.user(MEMBER, []);
    const update = await gql(
      standIn,
      'mutation($id: UUID!) { updateCompany(id: $id, data: { name: "Mine now" }) { id } }',
      { id: outside!.id },
      { token },
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(standIn.store.get('company', outside!.id)?.name).toBe('Outside d.o.o.');
  });
});
