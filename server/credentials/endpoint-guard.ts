// Where a stored Metakocka key may go (D37). Checked every time a stored key is about to be sent, not only on save:
// the API URL must be one of Metakocka's own hosts or an origin a Twenty administrator listed in
// METAKOCKA_ALLOWED_ENDPOINTS (a variable no app route writes), and the organisation's key goes only to the endpoint
// it was saved with. A key entered outside the app (Twenty's variables editor) is bound to the URL of its first use.
import { audit } from 'server/credentials/audit';
import {
  EndpointChangedError,
  EndpointNotAllowedError,
  OrganisationCredentialsMissingError,
} from 'server/credentials/errors';
import { matchesSecret, secretFingerprintOf } from 'server/credentials/fingerprint';
import { readOrgRecord, writeOrgRecord } from 'server/credentials/org-record';
import { ENDPOINTS, readOrgCredentials, VARIABLES, type OrgCredentials } from 'server/credentials/org-variables';
import type { AppVariablesPort, CredentialPorts } from 'server/credentials/ports';
import { isSecureOrigin } from 'server/credentials/validation';

/** The origins an administrator listed; an entry that is not an https (or loopback http) origin is never allowed. */
export function listedEndpoints(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => {
      try {
        const url = new URL(entry.trim());
        return isSecureOrigin(url) && entry.trim().replace(/\/+$/, '') === url.origin ? url.origin : null;
      } catch {
        return null;
      }
    })
    .filter((origin): origin is string => origin !== null);
}

export function assertEndpointAllowed(variables: AppVariablesPort, endpoint: string): void {
  if ((Object.values(ENDPOINTS) as string[]).includes(endpoint)) return;
  if (listedEndpoints(variables.get(VARIABLES.allowedEndpoints)).includes(endpoint)) return;
  throw new EndpointNotAllowedError(endpoint, VARIABLES.allowedEndpoints);
}

/**
 * Refuses to send the stored organisation key anywhere but the endpoint it was saved with. A key the app has not
 * bound yet (saved before D37, or entered in Twenty's variables editor) is bound here to `endpoint`.
 */
export async function assertKeyBoundTo(
  ports: Pick<CredentialPorts, 'kv' | 'audit' | 'now'>,
  endpoint: string,
  secretKey: string,
): Promise<void> {
  const record = await readOrgRecord(ports.kv);
  const bound = record.keyBinding;
  if (bound && matchesSecret(secretKey, bound.key)) {
    if (bound.endpoint !== endpoint) throw new EndpointChangedError(bound.endpoint, endpoint);
    return;
  }
  await writeOrgRecord(ports.kv, { ...record, keyBinding: { endpoint, key: secretFingerprintOf(secretKey) } });
  if (bound) {
    await audit(
      ports,
      null,
      'organisation-credentials.key-bound',
      'organisation',
      'secret key replaced outside the app; bound to the API URL of its first use',
      { before: bound.endpoint, after: endpoint },
    );
  }
}

/** The organisation's stored credentials, only when they may be sent where the API URL points now. */
export async function usableOrgCredentials(
  ports: Pick<CredentialPorts, 'kv' | 'audit' | 'now' | 'variables'>,
): Promise<OrgCredentials> {
  const read = readOrgCredentials((key) => ports.variables.get(key));
  if (!read.ok) throw new OrganisationCredentialsMissingError(read.missing);
  assertEndpointAllowed(ports.variables, read.credentials.baseUrl);
  await assertKeyBoundTo(ports, read.credentials.baseUrl, read.credentials.secretKey);
  return read.credentials;
}
