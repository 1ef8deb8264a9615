// What a Metakocka manager may do with other members' credentials (issue #7): see who has one and when it was last
// verified, and revoke it. There is deliberately no way to read one back.
import { audit } from 'server/credentials/audit';
import { envelopeEndpoint } from 'server/credentials/encryption';
import { CredentialInputError } from 'server/credentials/errors';
import { summarise, type CredentialSummary } from 'server/credentials/personal';
import { configuredEndpoint } from 'server/credentials/org-variables';
import { readPolicy, writePolicy, type CredentialPolicy } from 'server/credentials/policy';
import type { CredentialPorts } from 'server/credentials/ports';

export async function listPersonalCredentials(ports: CredentialPorts): Promise<CredentialSummary[]> {
  const rows = await ports.rows.list();
  const orgEndpoint = configuredEndpoint((key) => ports.variables.get(key));
  return rows
    .map((row) => summarise(row, orgEndpoint))
    .sort((a, b) => a.ownerWorkspaceMemberId.localeCompare(b.ownerWorkspaceMemberId));
}

export async function revokePersonalCredential(
  ports: CredentialPorts,
  actorWorkspaceMemberId: string,
  ownerWorkspaceMemberId: unknown,
): Promise<void> {
  if (typeof ownerWorkspaceMemberId !== 'string' || ownerWorkspaceMemberId.trim() === '') {
    throw new CredentialInputError('revokeNoMember');
  }
  const row = await ports.rows.findByOwner(ownerWorkspaceMemberId);
  if (!row) {
    throw new CredentialInputError('revokeNothing', { workspaceMemberId: ownerWorkspaceMemberId });
  }
  await ports.rows.destroy(row.id);
  await audit(
    ports,
    actorWorkspaceMemberId,
    'personal-credential.revoked',
    `member:${ownerWorkspaceMemberId}`,
    'secret key revoked by an administrator',
    {
      before: `key saved for ${envelopeEndpoint(row.encryptedSecret) ?? 'an unrecorded endpoint'} (${row.status})`,
      after: 'no key',
    },
  );
}

export async function changePolicy(
  ports: CredentialPorts,
  actorWorkspaceMemberId: string,
  policy: CredentialPolicy,
): Promise<void> {
  const previous = await readPolicy(ports.kv);
  if (previous === policy) return;
  await writePolicy(ports.kv, policy);
  await audit(ports, actorWorkspaceMemberId, 'policy.changed', 'personal-credential-policy', `${previous} → ${policy}`);
}
