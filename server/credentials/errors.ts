// Errors of the credentials module (STYLE.md §2.8): permanent, with a stable code and an action a person can take.
// None carries a secret: messages name members, companies and key ids only.
import { SyncError } from 'server/errors';

export class CredentialKeyError extends SyncError {
  readonly code = 'CREDENTIAL_KEY';
  readonly retryable = false;
}

export class CredentialTamperedError extends SyncError {
  readonly code = 'CREDENTIAL_TAMPERED';
  readonly retryable = false;
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'Ask the member to enter their Metakocka secret key again on "My Metakocka account"; the stored copy cannot be trusted.', options);
  }
}

export class PersonalCredentialRequiredError extends SyncError {
  readonly code = 'PERSONAL_CREDENTIAL_REQUIRED';
  readonly retryable = false;
  constructor(readonly workspaceMemberId: string, why: string) {
    super(
      `Your organisation requires your own Metakocka credential for actions you start, and member ${workspaceMemberId} has no usable one (${why}).`,
      'Open Settings → My Metakocka account, enter your Metakocka secret key and save it, then try again.',
    );
  }
}

export class OrganisationCredentialsMissingError extends SyncError {
  readonly code = 'CREDENTIALS_MISSING';
  readonly retryable = false;
  constructor(missing: string[]) {
    super(
      `Metakocka is not configured: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
      'An administrator enters the company id and secret key under Settings → Metakocka and tests the connection.',
    );
  }
}

export class CredentialInputError extends SyncError {
  readonly code = 'CREDENTIAL_INPUT';
  readonly retryable = false;
}

export class VariableWriteError extends SyncError {
  readonly code = 'VARIABLE_WRITE';
  readonly retryable = false;
}
