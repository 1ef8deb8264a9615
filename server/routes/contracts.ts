// Request and answer shapes of the credential routes; ui/ imports these as types only (STYLE.md §2.1).
import type { CredentialSummary, PersonalStatus } from 'server/credentials/personal';
import type { ConnectionReport } from 'server/credentials/connection';
import type { Health } from 'server/credentials/health';
import type { OrgCredentialFacts } from 'server/credentials/org-credentials';
import type { CredentialPolicy } from 'server/credentials/policy';
import type { RotationOutcome } from 'server/credentials/rotation';

export interface OrganisationCredentialsForm {
  endpoint: 'production' | 'development' | 'custom';
  customUrl?: string;
  companyId: string;
  /** Write-only: empty keeps the stored key. */
  secretKey?: string;
}

export interface PersonalCredentialForm {
  companyId: string;
  secretKey: string;
  label?: string;
}

/** Every refusal: what is wrong, what to do, a stable code; a failed connection check adds its report. */
export interface RouteFailure {
  error: string;
  action: string;
  code?: string;
  report?: ConnectionReport;
}

export type OrganisationCredentialsAnswer = OrgCredentialFacts;
export type OrganisationSaveAnswer = { saved: true; facts: OrgCredentialFacts; report: ConnectionReport };
export type ConnectionTestAnswer = ConnectionReport;
export type MyCredentialAnswer = PersonalStatus;
export type MyCredentialSaveAnswer = { saved: true; credential: CredentialSummary; report: ConnectionReport };
export type MyCredentialDeleteAnswer = { deleted: boolean };
export type MemberCredentialsAnswer = { credentials: CredentialSummary[]; policy: CredentialPolicy };
export type RevokeAnswer = { revoked: true };
export type PolicyAnswer = { policy: CredentialPolicy };
export type RotateKeyAnswer = RotationOutcome;
export type HealthAnswer = Health;

export type { ConnectionReport, CredentialPolicy, CredentialSummary, Health, OrgCredentialFacts, PersonalStatus };
export type { ConnectionCheck } from 'server/credentials/connection';
