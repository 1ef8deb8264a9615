// The encryption keyring held in METAKOCKA_CREDENTIAL_ENCRYPTION_KEY. The first key is created at install
// (migrations/0003), never by a save: two members saving their first keys at once would each create one, and the
// row written under the key that lost the race could never be opened again (issue 12 item 9).
import { generateEncryptionKey, parseKeyring, type EncryptionKey } from 'server/credentials/encryption';
import { CredentialKeyError } from 'server/credentials/errors';
import { VARIABLES } from 'server/credentials/org-variables';
import type { AppVariablesPort } from 'server/credentials/ports';

export function readKeyring(variables: AppVariablesPort): EncryptionKey[] {
  return parseKeyring(variables.get(VARIABLES.encryptionKey));
}

/** Saves a fresh key if none is configured; only the post-install step calls this (one run at a time). */
export async function ensureKeyring(variables: AppVariablesPort): Promise<EncryptionKey[]> {
  const keyring = readKeyring(variables);
  if (keyring.length > 0) return keyring;
  const fresh = generateEncryptionKey();
  await variables.set(VARIABLES.encryptionKey, fresh);
  return parseKeyring(fresh);
}

/** The key new envelopes are written under. */
export function encryptingKey(variables: AppVariablesPort): EncryptionKey {
  const [key] = readKeyring(variables);
  if (!key) {
    throw new CredentialKeyError('none', { variable: VARIABLES.encryptionKey });
  }
  return key;
}
