// The encryption keyring held in METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: read it, or create the first key when the
// first personal credential is stored, so an admin never has to invent 32 random bytes by hand.
import { generateEncryptionKey, parseKeyring, type EncryptionKey } from 'server/credentials/encryption';
import { VARIABLES } from 'server/credentials/org-variables';
import type { AppVariablesPort } from 'server/credentials/ports';

export function readKeyring(variables: AppVariablesPort): EncryptionKey[] {
  return parseKeyring(variables.get(VARIABLES.encryptionKey));
}

/** The keyring, with a fresh key saved first if none is configured. The first key is the one that encrypts. */
export async function ensureKeyring(variables: AppVariablesPort): Promise<EncryptionKey[]> {
  const keyring = readKeyring(variables);
  if (keyring.length > 0) return keyring;
  const fresh = generateEncryptionKey();
  await variables.set(VARIABLES.encryptionKey, fresh);
  return parseKeyring(fresh);
}
