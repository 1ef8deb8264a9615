// What the post-install step prepares for personal credentials (migrations/0003): the encryption key, created once at
// install rather than by the first save (two first saves at once would each create one, and the row written under
// the losing key could never be opened; issue 12 item 9), and v1 rows rewritten as v2, bound to the endpoint (D37).
import { salvageKeyring } from 'server/credentials/encryption';
import { ensureKeyring } from 'server/credentials/keyring';
import { VARIABLES } from 'server/credentials/org-variables';
import type { CredentialPorts } from 'server/credentials/ports';
import { isLegacyRow, reEncryptRows } from 'server/credentials/rotation';

/** Idempotent: a key that exists is kept and a v2 row is left alone. Answers the members whose rows could not be opened. */
export async function prepareCredentialStore(
  ports: Pick<CredentialPorts, 'rows' | 'variables'>,
): Promise<{ unreadable: string[] }> {
  const { keys, malformed } = salvageKeyring(ports.variables.get(VARIABLES.encryptionKey));
  // A hand-edited, malformed keyring is left for the rotation its error message points the admin to.
  if (keys.length === 0 && malformed > 0) return { unreadable: [] };
  const keyring = await ensureKeyring(ports.variables);
  const outcome = { reEncrypted: 0, unreadable: [] as string[] };
  await reEncryptRows(ports, keyring, keyring[0]!, outcome, isLegacyRow);
  return { unreadable: outcome.unreadable };
}
