// The built uninstall function: the app's kv state and every per-user credential row (soft-deleted ones too) are
// gone; synced business data stays in Twenty (docs/architecture.md, decision on uninstall).
import { startStandIn, type StandIn } from 'test/twenty/stand-in';
import { createHarness, ensureBuiltOutput, type Harness } from 'test/twenty/harness';

let outputDir: string;
let standIn: StandIn;
let harness: Harness;

beforeAll(async () => {
  outputDir = await ensureBuiltOutput();
}, 300_000);

beforeEach(async () => {
  standIn = await startStandIn({ manifestPath: `${outputDir}/manifest.json` });
  harness = await createHarness({ standIn, outputDir });
});

afterEach(async () => {
  await harness.close();
  await standIn.close();
});

const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${standIn.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${standIn.apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
};

describe('uninstall', () => {
  it("clears the app's kv and destroys credential rows, but keeps synced companies", async () => {
    await harness.install();
    const credentials = standIn.seed('metakockaCredential', [
      { label: 'Ana', ownerWorkspaceMemberId: 'member-ana', companyId: '6371', encryptedSecret: 'v1:iv:ciphertext-a' },
      { label: 'Bor', ownerWorkspaceMemberId: 'member-bor', companyId: '6371', encryptedSecret: 'v1:iv:ciphertext-b' },
    ]);
    const softDeleted = await graphql('mutation($id: UUID!) { deleteMetakockaCredential(id: $id) { id } }', { id: credentials[1]!.id });
    expect(softDeleted.errors).toBeUndefined();
    standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '1000123' }]);
    expect(standIn.kv.size).toBeGreaterThan(0);

    const result = await harness.uninstall();

    expect(result).toMatchObject({ ran: true, ok: true, value: { credentialRowsDestroyed: 2 } });
    expect(standIn.store.rows('metakockaCredential')).toEqual([]);
    expect([...standIn.kv.keys()]).toEqual([]);
    expect(standIn.store.rows('company').map((row) => row.metakockaPartnerId)).toContain('1000123');
  });

  it('succeeds on a workspace with no credentials and no state', async () => {
    const result = await harness.uninstall();

    expect(result).toMatchObject({ ok: true, value: { credentialRowsDestroyed: 0, kvKeysDeleted: 0 } });
  });
});
