// A salted HMAC of the organisation's credentials, kept in kv so the health check can tell that someone changed
// them in Twenty's own variables editor (issue #7). The HMAC never lets anyone recover the key.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import type { OrgCredentials } from 'server/credentials/org-variables';

export interface Fingerprint {
  salt: string;
  mac: string;
}

function mac(credentials: OrgCredentials, salt: Buffer): Buffer {
  return createHmac('sha256', salt)
    .update(`${credentials.baseUrl}\0${credentials.companyId}\0${credentials.secretKey}`, 'utf8')
    .digest();
}

export function fingerprintOf(credentials: OrgCredentials): Fingerprint {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), mac: mac(credentials, salt).toString('base64') };
}

export function matchesFingerprint(credentials: OrgCredentials, fingerprint: Fingerprint | null | undefined): boolean {
  if (!fingerprint) return false;
  const expected = Buffer.from(fingerprint.mac, 'base64');
  const actual = mac(credentials, Buffer.from(fingerprint.salt, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
