// Manager routes (issue #7): who has a personal credential, revoke one, the policy, and key rotation.
import { changePolicy, listPersonalCredentials, revokePersonalCredential } from 'server/credentials/admin';
import { parsePolicy, readPolicy } from 'server/credentials/policy';
import { rotateEncryptionKey } from 'server/credentials/rotation';
import type { RouteRequest } from 'server/host/route';
import type { MemberCredentialsAnswer, PolicyAnswer, RevokeAnswer, RotateKeyAnswer } from 'server/routes/contracts';
import { bodyOf } from 'server/routes/route-body';
import type { CredentialRouteDeps } from 'server/routes/route-context';

export async function listMemberCredentials(_request: RouteRequest, deps: CredentialRouteDeps): Promise<MemberCredentialsAnswer> {
  return { credentials: await listPersonalCredentials(deps.ports), policy: await readPolicy(deps.ports.kv) };
}

export async function revokeMemberCredential(request: RouteRequest, deps: CredentialRouteDeps): Promise<RevokeAnswer> {
  await revokePersonalCredential(deps.ports, await deps.memberId(), bodyOf(request.body).ownerWorkspaceMemberId);
  return { revoked: true };
}

export async function readCredentialPolicy(_request: RouteRequest, deps: CredentialRouteDeps): Promise<PolicyAnswer> {
  return { policy: await readPolicy(deps.ports.kv) };
}

export async function saveCredentialPolicy(request: RouteRequest, deps: CredentialRouteDeps): Promise<PolicyAnswer> {
  const policy = parsePolicy(bodyOf(request.body).policy);
  await changePolicy(deps.ports, await deps.memberId(), policy);
  return { policy };
}

export async function rotateCredentialKey(_request: RouteRequest, deps: CredentialRouteDeps): Promise<RotateKeyAnswer> {
  return rotateEncryptionKey(deps.ports, await deps.memberId());
}
