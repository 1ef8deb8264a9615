// Rotating the encryption key re-encrypts every personal credential (issue #7). The steps are ordered so that a
// crash at any point leaves every row readable: (1) save "new,old" as the keyring, (2) re-encrypt each row under the
// new key, (3) save the new key alone, (4) sweep once more for rows written under an old key meanwhile.
// A keyring entry that is not a key (a hand edit) is dropped rather than failing the rotation, which is what that
// entry's own error message tells the admin to run. Each row keeps the endpoint it was saved for (D37).
import { audit } from 'server/credentials/audit';
import {
  encryptSecret,
  envelopeEndpoint,
  envelopeKeyId,
  generateEncryptionKey,
  openEnvelope,
  parseKeyring,
  salvageKeyring,
  type EncryptionKey,
} from 'server/credentials/encryption';
import { CredentialInputError } from 'server/credentials/errors';
import { configuredEndpoint, VARIABLES } from 'server/credentials/org-variables';
import type { CredentialPorts, CredentialRow } from 'server/credentials/ports';

export interface RotationOutcome {
  keyId: string;
  reEncrypted: number;
  /** Rows that no configured key could open (tampered, or written under a lost key): marked INVALID, owners must re-enter. */
  unreadable: string[];
  /** Entries of the keyring variable that were not keys, removed by this rotation. */
  malformedKeysDropped: number;
}

export async function rotateEncryptionKey(
  ports: CredentialPorts,
  actorWorkspaceMemberId: string,
): Promise<RotationOutcome> {
  const { keys: previous, malformed } = salvageKeyring(ports.variables.get(VARIABLES.encryptionKey));
  // A sound keyring and no stored key: a new key would protect nothing, so nothing changes (issue 15).
  if (previous.length > 0 && malformed === 0 && (await ports.rows.list()).length === 0) {
    throw new CredentialInputError('rotateNothing');
  }
  const fresh = generateEncryptionKey();
  const [next] = parseKeyring(fresh) as [EncryptionKey];
  const keyring = [next, ...previous.map((entry) => entry.key)];
  await ports.variables.set(VARIABLES.encryptionKey, [fresh, ...previous.map((entry) => entry.encoded)].join(','));

  const outcome: RotationOutcome = { keyId: next.id, reEncrypted: 0, unreadable: [], malformedKeysDropped: malformed };
  const notUnderNext = (row: CredentialRow) => envelopeKeyId(row.encryptedSecret) !== next.id;
  await reEncryptRows(ports, keyring, next, outcome, notUnderNext);
  await ports.variables.set(VARIABLES.encryptionKey, fresh);
  await reEncryptRows(ports, keyring, next, outcome, notUnderNext);

  const dropped = previous.map((entry) => entry.key.id).join(', ') || 'none';
  const unreadable =
    outcome.unreadable.length > 0 ? `; ${outcome.unreadable.length} unreadable row(s) marked invalid` : '';
  const malformedWords =
    malformed > 0 ? `; ${malformed} malformed keyring entr${malformed === 1 ? 'y' : 'ies'} dropped` : '';
  await audit(
    ports,
    actorWorkspaceMemberId,
    'encryption-key.rotated',
    'encryption-key',
    `new key ${next.id}; previous key(s) ${dropped} removed; ${outcome.reEncrypted} credential(s) re-encrypted${unreadable}${malformedWords}`,
    { before: previous.length > 0 ? `key ${dropped}` : 'no key', after: `key ${next.id}` },
  );
  return outcome;
}

/**
 * Re-encrypts the rows `select` picks under `target`, each bound to the endpoint it was saved for; a v1 row (saved
 * before endpoints were bound) is bound to the endpoint in use now, the one it has been sent to until now.
 */
export async function reEncryptRows(
  ports: Pick<CredentialPorts, 'rows' | 'variables'>,
  keyring: EncryptionKey[],
  target: EncryptionKey,
  outcome: Pick<RotationOutcome, 'reEncrypted' | 'unreadable'>,
  select: (row: CredentialRow) => boolean,
): Promise<void> {
  const current = configuredEndpoint((key) => ports.variables.get(key));
  for (const row of await ports.rows.list()) {
    if (!select(row) || outcome.unreadable.includes(row.ownerWorkspaceMemberId)) continue;
    const encryptedSecret = reEncrypt(row, keyring, target, current);
    if (encryptedSecret === null) {
      outcome.unreadable.push(row.ownerWorkspaceMemberId);
      await ports.rows.update(row.id, { status: 'INVALID' });
      continue;
    }
    await ports.rows.update(row.id, { encryptedSecret });
    outcome.reEncrypted += 1;
  }
}

function reEncrypt(
  row: CredentialRow,
  keyring: EncryptionKey[],
  target: EncryptionKey,
  current: string,
): string | null {
  const owner = { ownerWorkspaceMemberId: row.ownerWorkspaceMemberId, companyId: row.companyId };
  try {
    const { secret, endpoint } = openEnvelope(row.encryptedSecret, keyring, owner);
    return encryptSecret(secret, target, { ...owner, endpoint: endpoint ?? current });
  } catch {
    return null;
  }
}

/** A row written before endpoints were bound (a v1 envelope). */
export const isLegacyRow = (row: CredentialRow): boolean =>
  envelopeKeyId(row.encryptedSecret) !== null && envelopeEndpoint(row.encryptedSecret) === null;
