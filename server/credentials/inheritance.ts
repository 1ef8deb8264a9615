// Which Metakocka credential an action runs with (issue #7). Background work always uses the organisation's; an
// action a user started uses the user's own when the policy allows and one is stored, and REQUIRED refuses without
// one. The answer says whose credential it was (owner, never the secret) so the action can record it.
import { decryptSecret, envelopeEndpoint } from 'server/credentials/encryption';
import { audit } from 'server/credentials/audit';
import { usableOrgCredentials } from 'server/credentials/endpoint-guard';
import { PersonalCredentialRequiredError } from 'server/credentials/errors';
import { readKeyring } from 'server/credentials/keyring';
import type { OrgCredentials } from 'server/credentials/org-variables';
import { readPolicy, type CredentialPolicy } from 'server/credentials/policy';
import type { CredentialPorts, CredentialRow } from 'server/credentials/ports';

/** Who started the action: a member (record push, command, workflow step run by a user), or nobody (cron, jobs). */
export type ActionOrigin = { kind: 'user'; workspaceMemberId: string } | { kind: 'background' };

export interface CredentialUse {
  source: 'organisation' | 'personal';
  /** The member whose credential was used; null for the organisation's. */
  ownerWorkspaceMemberId: string | null;
  /** Why this one, in words, for run records and audit entries. */
  reason: string;
}

export interface ResolvedCredential extends OrgCredentials {
  use: CredentialUse;
}

export type Choice =
  | { use: 'organisation'; reason: string }
  | { use: 'personal'; row: CredentialRow; reason: string }
  | { refuse: string };

/** The decision alone, without I/O: the table the inheritance tests walk through. */
export function chooseCredential(
  policy: CredentialPolicy,
  origin: ActionOrigin,
  row: CredentialRow | null,
  org: Pick<OrgCredentials, 'companyId' | 'baseUrl'>,
): Choice {
  if (origin.kind === 'background')
    return { use: 'organisation', reason: 'background work always uses the organisation credential' };
  if (policy === 'OFF') return { use: 'organisation', reason: 'personal credentials are off' };
  const unusable = row === null ? 'none stored' : whyUnusable(row, org);
  if (row !== null && unusable === null)
    return { use: 'personal', row, reason: `policy ${policy}: the member's own credential` };
  if (policy === 'OPTIONAL')
    return {
      use: 'organisation',
      reason: row
        ? `policy OPTIONAL: the member’s credential is not usable (${unusable}), so the organisation’s`
        : 'policy OPTIONAL: the member has none',
    };
  return { refuse: unusable! };
}

/** Why a stored row cannot act for the workspace now, or null when it can. */
function whyUnusable(row: CredentialRow, org: Pick<OrgCredentials, 'companyId' | 'baseUrl'>): string | null {
  if (row.companyId !== org.companyId) return `stored for company ${row.companyId}`;
  const endpoint = envelopeEndpoint(row.encryptedSecret);
  // Bound to the endpoint it was saved with (D37): after an endpoint change the member enters it again.
  if (endpoint !== org.baseUrl)
    return `saved for ${endpoint ?? 'an unrecorded endpoint'}, while Metakocka is now reached at ${org.baseUrl}; enter it again`;
  if (row.status === 'INVALID') return 'refused by Metakocka at its last check';
  return null;
}

export async function resolveCredential(
  ports: Pick<CredentialPorts, 'kv' | 'rows' | 'variables' | 'audit' | 'now'>,
  origin: ActionOrigin,
): Promise<ResolvedCredential> {
  const org = await usableOrgCredentials(ports);
  const policy = origin.kind === 'user' ? await readPolicy(ports.kv) : 'OFF';
  const row =
    origin.kind === 'user' && policy !== 'OFF' ? await ports.rows.findByOwner(origin.workspaceMemberId) : null;
  const choice = chooseCredential(policy, origin, row, org);
  if ('refuse' in choice)
    throw new PersonalCredentialRequiredError(
      (origin as { workspaceMemberId: string }).workspaceMemberId,
      choice.refuse,
    );
  if (choice.use === 'organisation')
    return { ...org, use: { source: 'organisation', ownerWorkspaceMemberId: null, reason: choice.reason } };
  const binding = {
    ownerWorkspaceMemberId: choice.row.ownerWorkspaceMemberId,
    companyId: choice.row.companyId,
    endpoint: org.baseUrl,
  };
  const secretKey = decryptSecret(choice.row.encryptedSecret, readKeyring(ports.variables), binding);
  return {
    baseUrl: org.baseUrl,
    companyId: choice.row.companyId,
    secretKey,
    use: { source: 'personal', ownerWorkspaceMemberId: choice.row.ownerWorkspaceMemberId, reason: choice.reason },
  };
}

/** A short tag for run and issue records: "organisation" or "personal:<memberId>". */
export const credentialTag = (use: CredentialUse): string =>
  use.source === 'organisation' ? 'organisation' : `personal:${use.ownerWorkspaceMemberId}`;

/** Records which credential an action used, as an audit entry (owner and reason; never the secret). */
export async function recordCredentialUse(
  ports: Pick<CredentialPorts, 'audit' | 'now'>,
  use: CredentialUse,
  action: string,
  actorWorkspaceMemberId: string | null,
): Promise<void> {
  await audit(ports, actorWorkspaceMemberId, 'credential.used', action, `${credentialTag(use)}: ${use.reason}`);
}
