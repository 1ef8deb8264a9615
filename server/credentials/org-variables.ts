// The organisation's Metakocka credentials as application variables (APPS.md §2.1; CONTRACTS.md "Metakocka wire
// base URL"): names, the known endpoints, and a reader that says which values are missing.
import { APP_VARIABLES, METAKOCKA_API_URLS } from 'plugin/constants/names';

export const VARIABLES = {
  companyId: APP_VARIABLES.companyId,
  secretKey: APP_VARIABLES.secretKey,
  apiUrl: APP_VARIABLES.apiUrl,
  encryptionKey: APP_VARIABLES.credentialEncryptionKey,
  allowedEndpoints: APP_VARIABLES.allowedEndpoints,
} as const;

/** Metakocka's hosts (API.md §1.1): production, and the development host its docs use for testing. */
export const ENDPOINTS = METAKOCKA_API_URLS;

export type EndpointKind = keyof typeof ENDPOINTS | 'custom';

export interface OrgCredentials {
  baseUrl: string;
  companyId: string;
  secretKey: string;
}

export type OrgCredentialsRead =
  | { ok: true; credentials: OrgCredentials }
  | { ok: false; missing: MissingCredential[]; baseUrl: string; companyId: string | null };

/** Which organisation value is not set: a key, so each language words it (error catalogue, screens). */
export type MissingCredential = 'companyId' | 'secretKey';

export function endpointKind(baseUrl: string): EndpointKind {
  if (baseUrl === ENDPOINTS.production) return 'production';
  if (baseUrl === ENDPOINTS.development) return 'development';
  return 'custom';
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The endpoint the API URL variable names: production when it is empty. */
export function configuredEndpoint(get: (key: string) => string | undefined): string {
  const apiUrl = get(VARIABLES.apiUrl);
  return present(apiUrl) ? apiUrl.trim().replace(/\/+$/, '') : ENDPOINTS.production;
}

export function readOrgCredentials(get: (key: string) => string | undefined): OrgCredentialsRead {
  const companyId = get(VARIABLES.companyId);
  const secretKey = get(VARIABLES.secretKey);
  const baseUrl = configuredEndpoint(get);
  const missing = [present(companyId) ? null : 'companyId', present(secretKey) ? null : 'secretKey'].filter(
    (m): m is MissingCredential => m !== null,
  );
  if (!present(companyId) || !present(secretKey))
    return { ok: false, missing, baseUrl, companyId: present(companyId) ? companyId.trim() : null };
  return { ok: true, credentials: { baseUrl, companyId: companyId.trim(), secretKey: secretKey.trim() } };
}
