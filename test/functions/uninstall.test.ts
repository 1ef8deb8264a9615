// The built uninstall function: the app's kv state and every per-user credential row (soft-deleted ones too) are
// gone; synced business data stays in Twenty (docs/architecture.md, decision on uninstall).
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { ensureBuiltOutput } from 'test/twenty/harness';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const graphql = (query: string, variables?: Record<string, unknown>) => world.graphql(query, variables);

describe('uninstall', () => {
  it("clears the app's kv and destroys credential rows, but keeps synced companies", async () => {
    await world.harness.install();
    const credentials = world.standIn.seed('metakockaCredential', [
      { label: 'Ana', ownerWorkspaceMemberId: 'member-ana', companyId: '6371', encryptedSecret: 'v1:iv:ciphertext-a' },
      { label: 'Bor', ownerWorkspaceMemberId: 'member-bor', companyId: '6371', encryptedSecret: 'v1:iv:ciphertext-b' },
    ]);
    const softDeleted = await graphql('mutation($id: UUID!) { deleteMetakockaCredential(id: $id) { id } }', {
      id: credentials[1]!.id,
    });
    expect(softDeleted.errors).toBeUndefined();
    world.standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '1000123' }]);
    expect(world.standIn.kv.size).toBeGreaterThan(0);

    const result = await world.harness.uninstall();

    expect(result).toMatchObject({ ran: true, ok: true, value: { credentialRowsDestroyed: 2 } });
    expect(world.standIn.store.rows('metakockaCredential')).toEqual([]);
    expect([...world.standIn.kv.keys()]).toEqual([]);
    expect(world.standIn.store.rows('company').map((row) => row.metakockaPartnerId)).toContain('1000123');
  });

  it('succeeds on a workspace with no credentials and no state', async () => {
    const result = await world.harness.uninstall();

    expect(result).toMatchObject({ ok: true, value: { credentialRowsDestroyed: 0, kvKeysDeleted: 0 } });
  });
});
