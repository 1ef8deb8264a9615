// Errors of the credentials module (STYLE.md §2.8): permanent, with a stable code and an action a person can take.
// None carries a secret: messages name members, companies and key ids only.
import type { MissingCredential } from 'server/credentials/org-variables';
import { renderAction } from 'server/error-catalogue';
import { catalogued, problemOf, SyncError } from 'server/errors';

/** none: no key configured; malformedEntry: an entry of the variable is no key; keyMissing: the key a member's
 *  credential was stored under is gone. */
export class CredentialKeyError extends SyncError {
  readonly code = 'CREDENTIAL_KEY';
  readonly retryable = false;
  constructor(problem: 'none' | 'malformedEntry' | 'keyMissing', params: Record<string, string | number> = {}) {
    super(problemOf('CREDENTIAL_KEY', problem, params));
  }
}

/** What about a stored credential shows it was changed outside the app; params name the member, never the secret. */
export class CredentialTamperedError extends SyncError {
  readonly code = 'CREDENTIAL_TAMPERED';
  readonly retryable = false;
  constructor(
    problem: 'notEnvelope' | 'envelopeShape' | 'integrity',
    params: Record<string, string | number>,
    options?: ErrorOptions,
  ) {
    super(problemOf('CREDENTIAL_TAMPERED', problem, params), undefined, options);
  }
}

export class PersonalCredentialRequiredError extends SyncError {
  readonly code = 'PERSONAL_CREDENTIAL_REQUIRED';
  readonly retryable = false;
  constructor(
    readonly workspaceMemberId: string,
    why: string,
  ) {
    super(
      catalogued('PERSONAL_CREDENTIAL_REQUIRED', { workspaceMemberId, why }),
      'Open Settings → My Metakocka account, enter your Metakocka secret key and save it, then try again.',
    );
  }
}

export class OrganisationCredentialsMissingError extends SyncError {
  readonly code = 'CREDENTIALS_MISSING';
  readonly retryable = false;
  constructor(missing: MissingCredential[]) {
    super(
      catalogued('CREDENTIALS_MISSING', { missing: missing.length === 1 ? missing[0]! : 'both' }),
      'An administrator enters the company id and secret key under Settings → Metakocka and tests the connection.',
    );
  }
}

/** What was wrong with a credential form or request; each has its sentence and next step in the catalogue. */
export type CredentialProblem =
  | 'companyIdDigits'
  | 'companyIdTooLong'
  | 'secretKeyTooLong'
  | 'rotateNothing'
  | 'secretKeyBlank'
  | 'endpointChoice'
  | 'customUrlInvalid'
  | 'customUrlInsecure'
  | 'customUrlPath'
  | 'policyUnknown'
  | 'revokeNoMember'
  | 'revokeNothing'
  | 'personalOff'
  | 'otherCompany'
  | 'callerUnknown'
  | 'requestInvalid';

export class CredentialInputError extends SyncError {
  readonly code = 'CREDENTIAL_INPUT';
  readonly retryable = false;
  constructor(problem: CredentialProblem, params: Record<string, string> = {}) {
    const all = { ...params, problem, next: problem };
    super(catalogued('CREDENTIAL_INPUT', all), renderAction('CREDENTIAL_INPUT', all));
  }
}

export class VariableWriteError extends SyncError {
  readonly code = 'VARIABLE_WRITE';
  readonly retryable = false;
  /** notWritten: a variable only Twenty's editor sets; refused: Twenty did not save it (`detail`: Twenty's words). */
  constructor(problem: 'notWritten' | 'refused', params: { variable: string; detail?: string }) {
    const all = { ...params, problem, next: problem };
    super(catalogued('VARIABLE_WRITE', all), renderAction('VARIABLE_WRITE', all));
  }
}

/** The API URL points somewhere the app may not send a Metakocka key (D37). */
export class EndpointNotAllowedError extends SyncError {
  readonly code = 'ENDPOINT_NOT_ALLOWED';
  readonly retryable = false;
  constructor(endpoint: string, variable: string) {
    super(
      catalogued('ENDPOINT_NOT_ALLOWED', { endpoint, variable }),
      `Choose Metakocka's production or development host, or ask a Twenty administrator (Applications permission) to add ${endpoint} to ${variable} under Settings → Applications → Metakocka → Variables.`,
    );
  }
}

/** The organisation's stored key was saved for another endpoint than the one it would now go to (D37). */
export class EndpointChangedError extends SyncError {
  readonly code = 'ENDPOINT_CHANGED';
  readonly retryable = false;
  constructor(savedFor: string, requested: string) {
    super(
      catalogued('ENDPOINT_CHANGED', { savedFor, requested }),
      `A Metakocka manager enters the secret key again together with ${requested} under Settings → Metakocka, or the API URL goes back to ${savedFor}.`,
    );
  }
}

/** A member's stored key was saved for another endpoint than the organisation's current one (D37). */
export class CredentialEndpointChangedError extends SyncError {
  readonly code = 'CREDENTIAL_ENDPOINT_CHANGED';
  readonly retryable = false;
  constructor(workspaceMemberId: string, savedFor: string | null, current: string) {
    super(
      catalogued('CREDENTIAL_ENDPOINT_CHANGED', {
        workspaceMemberId,
        savedFor: savedFor ?? 'none',
        current,
      }),
      'The member enters their Metakocka secret key again on "My Metakocka account".',
    );
  }
}
