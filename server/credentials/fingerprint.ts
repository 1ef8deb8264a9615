// Salted HMACs kept in kv, never the values: of the organisation's credentials, so the health check can tell that
// someone changed them in Twenty's own variables editor (issue #7); and of the secret key alone, so the app knows
// which endpoint that key was saved with (D37). An HMAC never lets anyone recover the key.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import type { OrgCredentials } from 'server/credentials/org-variables';

export interface Fingerprint {
  salt: string;
  mac: string;
}

const credentialsText = (credentials: OrgCredentials): string =>
  `${credentials.baseUrl}\0${credentials.companyId}\0${credentials.secretKey}`;

function fingerprintOfText(text: string): Fingerprint {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), mac: createHmac('sha256', salt).update(text, 'utf8').digest('base64') };
}

function matchesText(text: string, fingerprint: Fingerprint | null | undefined): boolean {
  if (!fingerprint) return false;
  const expected = Buffer.from(fingerprint.mac, 'base64');
  const actual = createHmac('sha256', Buffer.from(fingerprint.salt, 'base64')).update(text, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export const fingerprintOf = (credentials: OrgCredentials): Fingerprint =>
  fingerprintOfText(credentialsText(credentials));

export const matchesFingerprint = (credentials: OrgCredentials, fingerprint: Fingerprint | null | undefined): boolean =>
  matchesText(credentialsText(credentials), fingerprint);

export const secretFingerprintOf = (secretKey: string): Fingerprint => fingerprintOfText(`secret\0${secretKey}`);

export const matchesSecret = (secretKey: string, fingerprint: Fingerprint | null | undefined): boolean =>
  matchesText(`secret\0${secretKey}`, fingerprint);
