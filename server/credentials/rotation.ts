// Rotating the encryption key re-encrypts every personal credential (issue #7). The steps are ordered so that a
// crash at any point leaves every row readable: (1) save "new,old" as the keyring, (2) re-encrypt each row under the
// new key, (3) save the new key alone, (4) sweep once more for rows written under an old key meanwhile.
import { audit } from 'server/credentials/audit';
import { decryptSecret, encryptSecret, envelopeKeyId, generateEncryptionKey, parseKeyring, type EncryptionKey } from 'server/credentials/encryption';
import { readKeyring } from 'server/credentials/keyring';
import { VARIABLES } from 'server/credentials/org-variables';
import type { CredentialPorts, CredentialRow } from 'server/credentials/ports';

export interface RotationOutcome {
  keyId: string;
  reEncrypted: number;
  /** Rows that no configured key could open (tampered, or written under a lost key): marked INVALID, owners must re-enter. */
  unreadable: string[];
}

export async function rotateEncryptionKey(ports: CredentialPorts, actorWorkspaceMemberId: string): Promise<RotationOutcome> {
  const previous = readKeyring(ports.variables);
  const fresh = generateEncryptionKey();
  const [next] = parseKeyring(fresh) as [EncryptionKey];
  const keyring = [next, ...previous];
  await ports.variables.set(VARIABLES.encryptionKey, [fresh, ...rawKeys(ports)].join(','));

  const outcome: RotationOutcome = { keyId: next.id, reEncrypted: 0, unreadable: [] };
  await reEncryptRows(ports, keyring, next, outcome);
  await ports.variables.set(VARIABLES.encryptionKey, fresh);
  await reEncryptRows(ports, keyring, next, outcome);

  const dropped = previous.map((key) => key.id).join(', ') || 'none';
  const unreadable = outcome.unreadable.length > 0 ? `; ${outcome.unreadable.length} unreadable row(s) marked invalid` : '';
  await audit(ports, actorWorkspaceMemberId, 'encryption-key.rotated', 'encryption-key', `new key ${next.id}; previous key(s) ${dropped} removed; ${outcome.reEncrypted} credential(s) re-encrypted${unreadable}`);
  return outcome;
}

/** The keys as stored, so step (1) keeps them byte for byte. */
function rawKeys(ports: CredentialPorts): string[] {
  const raw = ports.variables.get(VARIABLES.encryptionKey);
  return raw ? raw.split(',').map((part) => part.trim()).filter((part) => part !== '') : [];
}

async function reEncryptRows(ports: CredentialPorts, keyring: EncryptionKey[], next: EncryptionKey, outcome: RotationOutcome): Promise<void> {
  for (const row of await ports.rows.list()) {
    if (envelopeKeyId(row.encryptedSecret) === next.id || outcome.unreadable.includes(row.ownerWorkspaceMemberId)) continue;
    const encryptedSecret = reEncrypt(row, keyring, next);
    if (encryptedSecret === null) {
      outcome.unreadable.push(row.ownerWorkspaceMemberId);
      await ports.rows.update(row.id, { status: 'INVALID' });
      continue;
    }
    await ports.rows.update(row.id, { encryptedSecret });
    outcome.reEncrypted += 1;
  }
}

function reEncrypt(row: CredentialRow, keyring: EncryptionKey[], next: EncryptionKey): string | null {
  const binding = { ownerWorkspaceMemberId: row.ownerWorkspaceMemberId, companyId: row.companyId };
  try {
    return encryptSecret(decryptSecret(row.encryptedSecret, keyring, binding), next, binding);
  } catch {
    return null;
  }
}
