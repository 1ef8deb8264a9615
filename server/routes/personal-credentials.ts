// Routes of "My Metakocka account" (issue #7): always about the calling member, never another one.
import { deletePersonalCredential, personalStatus, savePersonalCredential } from 'server/credentials/personal';
import type { RouteRequest } from 'server/host/route';
import type { MyCredentialAnswer, MyCredentialDeleteAnswer, MyCredentialSaveAnswer } from 'server/routes/contracts';
import { bodyOf, checkFailedReply } from 'server/routes/route-body';
import type { CredentialRouteDeps } from 'server/routes/route-context';

export async function myCredentialStatus(_request: RouteRequest, deps: CredentialRouteDeps): Promise<MyCredentialAnswer> {
  return personalStatus(deps.ports, await deps.memberId());
}

export async function saveMyCredential(request: RouteRequest, deps: CredentialRouteDeps) {
  const body = bodyOf(request.body);
  const outcome = await savePersonalCredential(deps.ports, await deps.memberId(), { companyId: body.companyId, secretKey: body.secretKey, label: body.label }, deps.check);
  if (!outcome.saved) return checkFailedReply(outcome.report);
  const answer: MyCredentialSaveAnswer = outcome;
  return answer;
}

export async function deleteMyCredential(_request: RouteRequest, deps: CredentialRouteDeps): Promise<MyCredentialDeleteAnswer> {
  return { deleted: await deletePersonalCredential(deps.ports, await deps.memberId()) };
}
