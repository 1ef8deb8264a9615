// The credential routes (issue #7): the organisation's connection (read, save after a live check, test), "My Metakocka
// account" (always about the calling member, never another one), and the manager's: who has a personal credential,
// revoke one, the policy, and key rotation.
import { changePolicy, listPersonalCredentials, revokePersonalCredential } from 'server/credentials/admin';
import { matchesFingerprint } from 'server/credentials/fingerprint';
import {
  candidateCredentials,
  type OrgCredentialsInput,
  readOrgFacts,
  saveOrgCredentials,
} from 'server/credentials/org-credentials';
import { lastCheckOf, readOrgRecord, writeOrgRecord } from 'server/credentials/org-record';
import { deletePersonalCredential, personalStatus, savePersonalCredential } from 'server/credentials/personal';
import { parsePolicy, readPolicy } from 'server/credentials/policy';
import { rotateEncryptionKey } from 'server/credentials/rotation';
import type { RouteRequest } from 'server/host/route';
import {
  connectionTestRequest,
  organisationCredentialsRequest,
  personalCredentialRequest,
  policySaveRequest,
  revokeMemberCredentialRequest,
  type ConnectionTestAnswer,
  type MemberCredentialsAnswer,
  type MyCredentialAnswer,
  type MyCredentialDeleteAnswer,
  type MyCredentialSaveAnswer,
  type OrganisationCredentialsAnswer,
  type OrganisationSaveAnswer,
  type PolicyAnswer,
  type RevokeAnswer,
  type RotateKeyAnswer,
} from 'server/routes/contracts';
import { checkFailedReply, credentialRequest } from 'server/routes/route-body';
import type { CredentialRouteDeps } from 'server/routes/route-context';

export async function readOrganisationCredentials(
  _request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<OrganisationCredentialsAnswer> {
  return readOrgFacts(deps.ports);
}

export async function saveOrganisationCredentials(request: RouteRequest, deps: CredentialRouteDeps) {
  const form = credentialRequest(organisationCredentialsRequest, request.body);
  const outcome = await saveOrgCredentials(deps.ports, form, await deps.memberId(), deps.check);
  if (!outcome.saved) return checkFailedReply(outcome.report);
  const answer: OrganisationSaveAnswer = outcome;
  return answer;
}

/**
 * Runs the doctor's checks on the form's values (an empty key means the stored one, and only on the endpoint it was
 * saved with), or on the stored set when the body is empty. A test of the stored set also refreshes the health check.
 */
export async function testConnection(request: RouteRequest, deps: CredentialRouteDeps): Promise<ConnectionTestAnswer> {
  const body = credentialRequest(connectionTestRequest, request.body);
  const stored = await readOrgFacts(deps.ports);
  const form: OrgCredentialsInput =
    Object.keys(body).length > 0
      ? body
      : { endpoint: stored.endpoint, customUrl: stored.apiUrl, companyId: stored.companyId ?? '' };
  const credentials = await candidateCredentials(deps.ports, form);
  const checked = await deps.check(credentials);
  const record = await readOrgRecord(deps.ports.kv);
  if (matchesFingerprint(credentials, record.fingerprint))
    await writeOrgRecord(deps.ports.kv, { ...record, lastCheck: lastCheckOf(checked) });
  return checked.report;
}

// My Metakocka account: always the calling member.
export async function myCredentialStatus(
  _request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<MyCredentialAnswer> {
  return personalStatus(deps.ports, await deps.memberId());
}

export async function saveMyCredential(request: RouteRequest, deps: CredentialRouteDeps) {
  const form = credentialRequest(personalCredentialRequest, request.body);
  const outcome = await savePersonalCredential(deps.ports, await deps.memberId(), form, deps.check);
  if (!outcome.saved) return checkFailedReply(outcome.report);
  const answer: MyCredentialSaveAnswer = outcome;
  return answer;
}

export async function deleteMyCredential(
  _request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<MyCredentialDeleteAnswer> {
  return { deleted: await deletePersonalCredential(deps.ports, await deps.memberId()) };
}

// The manager's routes.
export async function listMemberCredentials(
  _request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<MemberCredentialsAnswer> {
  const credentials = await listPersonalCredentials(deps.ports);
  const names = await deps.memberNames(credentials.map((credential) => credential.ownerWorkspaceMemberId));
  return {
    credentials: credentials.map((credential) => ({
      ...credential,
      memberName: names.get(credential.ownerWorkspaceMemberId) ?? null,
    })),
    policy: await readPolicy(deps.ports.kv),
  };
}

export async function revokeMemberCredential(request: RouteRequest, deps: CredentialRouteDeps): Promise<RevokeAnswer> {
  const { ownerWorkspaceMemberId } = credentialRequest(revokeMemberCredentialRequest, request.body);
  await revokePersonalCredential(deps.ports, await deps.memberId(), ownerWorkspaceMemberId);
  return { revoked: true };
}

export async function readCredentialPolicy(_request: RouteRequest, deps: CredentialRouteDeps): Promise<PolicyAnswer> {
  return { policy: await readPolicy(deps.ports.kv) };
}

export async function saveCredentialPolicy(request: RouteRequest, deps: CredentialRouteDeps): Promise<PolicyAnswer> {
  const policy = parsePolicy(credentialRequest(policySaveRequest, request.body).policy);
  await changePolicy(deps.ports, await deps.memberId(), policy);
  return { policy };
}

export async function rotateCredentialKey(_request: RouteRequest, deps: CredentialRouteDeps): Promise<RotateKeyAnswer> {
  return rotateEncryptionKey(deps.ports, await deps.memberId());
}
