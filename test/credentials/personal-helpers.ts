// Steps shared by the personal-credential route tests.
import { openEnvelope, parseKeyring } from 'server/credentials/encryption';
import { COMPANY_ID, CREDENTIAL_ROUTES, MANAGER, SANDBOX_KEY, type RouteWorld } from 'test/credentials/route-world';

export async function allowPersonal(world: RouteWorld, policy: 'OPTIONAL' | 'REQUIRED' = 'OPTIONAL'): Promise<void> {
  await world.connect();
  const reply = await world.post(CREDENTIAL_ROUTES.policySave, { policy }, MANAGER);
  if (reply.status !== 200) throw new Error(`policy save failed: ${JSON.stringify(reply)}`);
}

export async function storePersonal(
  world: RouteWorld,
  as: { workspaceMemberId: string; flags: string[] },
  label = 'my key',
): Promise<void> {
  const reply = await world.post(
    CREDENTIAL_ROUTES.mineSave,
    { companyId: COMPANY_ID, secretKey: SANDBOX_KEY, label },
    as,
  );
  if (reply.status !== 200) throw new Error(`personal save failed: ${JSON.stringify(reply)}`);
}

/** Opens a stored row with the key in the app's variables, as the app itself would. */
export function openRow(world: RouteWorld, row: Record<string, any>): string {
  return openEnvelope(
    row.encryptedSecret,
    parseKeyring(world.variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY),
    row as { ownerWorkspaceMemberId: string; companyId: string },
  ).secret;
}
