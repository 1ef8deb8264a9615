// Routes for the organisation's connection (issue #7): read the facts, save after a live check, test a connection.
import { candidateCredentials, readOrgFacts, saveOrgCredentials, type OrgCredentialsInput } from 'server/credentials/org-credentials';
import { matchesFingerprint } from 'server/credentials/fingerprint';
import { readOrgRecord, writeOrgRecord } from 'server/credentials/org-record';
import type { RouteRequest } from 'server/host/route';
import type { ConnectionTestAnswer, OrganisationCredentialsAnswer, OrganisationSaveAnswer } from 'server/routes/contracts';
import { bodyOf, checkFailedReply } from 'server/routes/route-body';
import type { CredentialRouteDeps } from 'server/routes/route-context';

export async function readOrganisationCredentials(_request: RouteRequest, deps: CredentialRouteDeps): Promise<OrganisationCredentialsAnswer> {
  return readOrgFacts(deps.ports);
}

export async function saveOrganisationCredentials(request: RouteRequest, deps: CredentialRouteDeps) {
  const outcome = await saveOrgCredentials(deps.ports, formOf(request), await deps.memberId(), deps.check);
  if (!outcome.saved) return checkFailedReply(outcome.report);
  const answer: OrganisationSaveAnswer = outcome;
  return answer;
}

/**
 * Runs the doctor's checks on the form's values (an empty key means the stored one, and only on the endpoint it was
 * saved with), or on the stored set when the body is empty. A test of the stored set also refreshes the health check.
 */
export async function testConnection(request: RouteRequest, deps: CredentialRouteDeps): Promise<ConnectionTestAnswer> {
  const body = bodyOf(request.body);
  const stored = await readOrgFacts(deps.ports);
  const form: OrgCredentialsInput = Object.keys(body).length > 0 ? formOf(request) : { endpoint: stored.endpoint, customUrl: stored.apiUrl, companyId: stored.companyId ?? '' };
  const credentials = await candidateCredentials(deps.ports, form);
  const report = await deps.check(credentials);
  const record = await readOrgRecord(deps.ports.kv);
  if (matchesFingerprint(credentials, record.fingerprint)) {
    const { diagnosis } = report;
    await writeOrgRecord(deps.ports.kv, { ...record, lastCheck: { ok: report.ok, at: report.checkedAt, checkId: diagnosis?.checkId ?? null, detail: diagnosis?.detail ?? null, fix: diagnosis?.fix ?? null } });
  }
  return report;
}

function formOf(request: RouteRequest): OrgCredentialsInput {
  const body = bodyOf(request.body);
  return { endpoint: body.endpoint, customUrl: body.customUrl, companyId: body.companyId, secretKey: body.secretKey };
}
