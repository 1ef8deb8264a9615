// A member's own Metakocka credential (issue #7, "My Metakocka account"): status, save after a live check, delete.
// Metakocka ids are per company (API.md §6 item 27), so a key for another company than the organisation's is refused.
import { audit } from 'server/credentials/audit';
import { diagnosisOf, type ConnectionChecker, type ConnectionReport } from 'server/credentials/connection';
import { wordCheck } from 'server/doctor/check-texts';
import { encryptSecret, envelopeEndpoint } from 'server/credentials/encryption';
import { assertEndpointAllowed } from 'server/credentials/endpoint-guard';
import { CredentialInputError, OrganisationCredentialsMissingError } from 'server/credentials/errors';
import { encryptingKey } from 'server/credentials/keyring';
import { configuredEndpoint, readOrgCredentials } from 'server/credentials/org-variables';
import { readPolicy, type CredentialPolicy } from 'server/credentials/policy';
import type { CredentialPorts, CredentialRow } from 'server/credentials/ports';
import { parseCompanyId, parseSecretKey } from 'server/credentials/validation';

/** A row as its owner or an admin may see it: everything but the envelope. */
export interface CredentialSummary {
  ownerWorkspaceMemberId: string;
  companyId: string;
  label: string | null;
  status: CredentialRow['status'];
  lastVerifiedAt: string | null;
  updatedAt: string | null;
  /** The endpoint the key was saved for; null when saved before endpoints were bound (D37). */
  savedForEndpoint: string | null;
  /** True when the organisation now reaches Metakocka elsewhere: the key is not used until its owner enters it again. */
  endpointChanged: boolean;
}

export const summarise = (row: CredentialRow, orgEndpoint: string): CredentialSummary => {
  const savedForEndpoint = envelopeEndpoint(row.encryptedSecret);
  return {
    ownerWorkspaceMemberId: row.ownerWorkspaceMemberId,
    companyId: row.companyId,
    label: row.label,
    status: row.status,
    lastVerifiedAt: row.lastVerifiedAt,
    updatedAt: row.updatedAt,
    savedForEndpoint,
    endpointChanged: savedForEndpoint !== orgEndpoint,
  };
};

export interface PersonalStatus {
  policy: CredentialPolicy;
  organisationCompanyId: string | null;
  credential: CredentialSummary | null;
}

export async function personalStatus(ports: CredentialPorts, workspaceMemberId: string): Promise<PersonalStatus> {
  const org = readOrgCredentials((key) => ports.variables.get(key));
  const row = await ports.rows.findByOwner(workspaceMemberId);
  return {
    policy: await readPolicy(ports.kv),
    organisationCompanyId: org.ok ? org.credentials.companyId : org.companyId,
    credential: row
      ? summarise(
          row,
          configuredEndpoint((key) => ports.variables.get(key)),
        )
      : null,
  };
}

export interface PersonalCredentialInput {
  companyId: unknown;
  secretKey: unknown;
  label?: unknown;
}

export class PersonalCredentialsOffError extends CredentialInputError {
  constructor() {
    super('personalOff');
  }
}

export type SavePersonalOutcome =
  { saved: true; credential: CredentialSummary; report: ConnectionReport } | { saved: false; report: ConnectionReport };

export async function savePersonalCredential(
  ports: CredentialPorts,
  workspaceMemberId: string,
  input: PersonalCredentialInput,
  check: ConnectionChecker,
): Promise<SavePersonalOutcome> {
  if ((await readPolicy(ports.kv)) === 'OFF') throw new PersonalCredentialsOffError();
  const org = readOrgCredentials((key) => ports.variables.get(key));
  if (!org.ok || org.credentials.companyId === '')
    throw new OrganisationCredentialsMissingError(org.ok ? ['companyId'] : org.missing);
  const companyId = parseCompanyId(input.companyId);
  if (companyId !== org.credentials.companyId) {
    throw new CredentialInputError('otherCompany', { workspaceCompanyId: org.credentials.companyId, companyId });
  }
  const secretKey = parseSecretKey(input.secretKey);
  const label = typeof input.label === 'string' && input.label.trim() !== '' ? input.label.trim().slice(0, 120) : null;
  const endpoint = org.credentials.baseUrl;
  assertEndpointAllowed(ports.variables, endpoint);
  const key = encryptingKey(ports.variables);
  const { report } = await check({ baseUrl: endpoint, companyId, secretKey });
  if (!report.ok) return { saved: false, report: asMemberWouldFixIt(report, companyId) };

  const encryptedSecret = encryptSecret(secretKey, key, {
    ownerWorkspaceMemberId: workspaceMemberId,
    companyId,
    endpoint,
  });
  const draft = {
    ownerWorkspaceMemberId: workspaceMemberId,
    companyId,
    encryptedSecret,
    label,
    lastVerifiedAt: report.checkedAt,
    status: 'VERIFIED' as const,
  };
  const existing = await ports.rows.findByOwner(workspaceMemberId);
  if (existing) await ports.rows.update(existing.id, draft);
  else await ports.rows.create(draft);
  const before = existing ? envelopeEndpoint(existing.encryptedSecret) : null;
  await audit(
    ports,
    workspaceMemberId,
    'personal-credential.saved',
    `member:${workspaceMemberId}`,
    existing ? 'secret key replaced (verified)' : 'secret key set (verified)',
    { before, after: endpoint },
  );
  const saved = await ports.rows.findByOwner(workspaceMemberId);
  return { saved: true, credential: summarise(saved!, endpoint), report };
}

/** Deletes the member's own row; answers whether there was one. */
export async function deletePersonalCredential(ports: CredentialPorts, workspaceMemberId: string): Promise<boolean> {
  const existing = await ports.rows.findByOwner(workspaceMemberId);
  if (!existing) return false;
  await ports.rows.destroy(existing.id);
  await audit(
    ports,
    workspaceMemberId,
    'personal-credential.deleted',
    `member:${workspaceMemberId}`,
    'secret key removed by its owner',
    { before: envelopeEndpoint(existing.encryptedSecret), after: null },
  );
  return true;
}

/**
 * A refused key's fix as a member can act on it: the doctor's fix tells an admin to save the organisation's values in
 * the app settings, which a member cannot open; a member enters their own key again or asks for one.
 */
function asMemberWouldFixIt(report: ConnectionReport, companyId: string): ConnectionReport {
  const fix = wordCheck({ id: 'fix.memberKey', params: { companyId } }, report.language);
  const checks = report.checks.map((check) => (check.errorCode === 'MK_AUTH' ? { ...check, fix } : check));
  return { ...report, checks, diagnosis: diagnosisOf(checks) };
}
