// A v1 envelope as the app wrote them before endpoints were bound (D45): AAD of owner and company only.
import { createCipheriv, randomBytes } from 'node:crypto';

import type { EncryptionKey, EnvelopeOwner } from 'server/credentials/encryption';

export function legacyEnvelope(secret: string, key: EncryptionKey, owner: EnvelopeOwner): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, nonce).setAAD(
    Buffer.from(`metakocka-credential:v1:${owner.ownerWorkspaceMemberId}:${owner.companyId}`),
  );
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', key.id, ...[nonce, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'))].join(
    '.',
  );
}
