// Checks what an admin or user typed before anything is sent to Metakocka: each refusal says what is wrong and
// what to enter instead, and never repeats the secret key it was given.
import { CredentialInputError } from 'server/credentials/errors';
import { ENDPOINTS, type EndpointKind } from 'server/credentials/org-variables';

/** Metakocka company ids are numeric, usually sent as strings (API.md §1.2). */
export function parseCompanyId(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,12}$/.test(text)) {
    throw new CredentialInputError('companyIdDigits');
  }
  return text;
}

export function parseSecretKey(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 200 || /\s/.test(text)) {
    throw new CredentialInputError('secretKeyBlank');
  }
  return text;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or plain http only on this machine: the secret key travels in every request body (API.md §1.2). */
export const isSecureOrigin = (url: URL): boolean =>
  url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));

/**
 * The host origin the client builds its three path families on (CONTRACTS.md "Metakocka wire base URL").
 * A pasted method URL is cut back to the origin; plain http is refused except on this machine. Whether the app may
 * send a key there at all is endpoint-guard.ts's question (D37).
 */
export function parseEndpoint(kind: unknown, customUrl: unknown): string {
  if (kind === 'production' || kind === 'development') return ENDPOINTS[kind];
  if (kind !== 'custom') {
    throw new CredentialInputError('endpointChoice', { given: String(kind) });
  }
  let url: URL;
  try {
    url = new URL(typeof customUrl === 'string' ? customUrl.trim() : '');
  } catch {
    throw new CredentialInputError('customUrlInvalid');
  }
  const path = url.pathname.replace(/\/rest\/eshop(\/v1)?(\/json)?\/?.*$/, '').replace(/\/+$/, '');
  if (!isSecureOrigin(url)) {
    throw new CredentialInputError('customUrlInsecure');
  }
  if (path !== '' || url.search !== '' || url.hash !== '') {
    throw new CredentialInputError('customUrlPath', { origin: url.origin });
  }
  return url.origin;
}

export type { EndpointKind };
