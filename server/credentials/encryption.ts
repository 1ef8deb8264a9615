// AES-256-GCM envelopes for personal Metakocka secret keys (issue #7): a fresh 96-bit nonce per write, a key id
// in the envelope so a rotation can read rows written under the previous key, and the owner bound in as AAD so a
// row copied onto another member fails to open. Node's crypto only; no secret ever reaches a message.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

import { CredentialKeyError, CredentialTamperedError } from 'server/credentials/errors';

/** `v1.<keyId>.<nonce>.<ciphertext>.<tag>`, base64url parts. v1 = AES-256-GCM, 12-byte nonce, 16-byte tag. */
const ENVELOPE_VERSION = 'v1';
const NONCE_BYTES = 12; // 96 bits: GCM's native nonce size (NIST SP 800-38D §8.2)
const KEY_BYTES = 32;

export interface EncryptionKey {
  id: string;
  bytes: Buffer;
}

/** What the ciphertext is bound to: opening it under another owner or company fails like tampering. */
export interface EnvelopeBinding {
  ownerWorkspaceMemberId: string;
  companyId: string;
}

/** A fresh random key, encoded the way METAKOCKA_CREDENTIAL_ENCRYPTION_KEY stores it (base64, 32 bytes). */
export function generateEncryptionKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * Parses the application variable: one key, or a comma list "new,old" while a rotation is under way.
 * The first key encrypts; every listed key may decrypt.
 */
export function parseKeyring(raw: string | undefined): EncryptionKey[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part, index) => parseKey(part.trim(), index));
}

function parseKey(encoded: string, index: number): EncryptionKey {
  const isHex = /^[0-9a-fA-F]{64}$/.test(encoded);
  const isBase64 = /^[A-Za-z0-9+/]{43}=$/.test(encoded);
  if (!isHex && !isBase64) {
    throw new CredentialKeyError(
      `Key ${index + 1} in METAKOCKA_CREDENTIAL_ENCRYPTION_KEY is not 32 bytes in base64 or hex.`,
      'Rotate the encryption key from the Metakocka settings page, or set the variable to 32 random bytes in base64.',
    );
  }
  const bytes = Buffer.from(encoded, isHex ? 'hex' : 'base64');
  return { id: keyId(bytes), bytes };
}

/** 8 hex characters of a domain-separated SHA-256: names the key in envelopes without revealing it. */
export function keyId(bytes: Buffer): string {
  return createHash('sha256').update('metakocka-credential-key-id\0').update(bytes).digest('hex').slice(0, 8);
}

function aad(binding: EnvelopeBinding): Buffer {
  return Buffer.from(`metakocka-credential:${ENVELOPE_VERSION}:${binding.ownerWorkspaceMemberId}:${binding.companyId}`, 'utf8');
}

export function encryptSecret(secret: string, key: EncryptionKey, binding: EnvelopeBinding): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, nonce);
  cipher.setAAD(aad(binding));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [nonce, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
  return [ENVELOPE_VERSION, key.id, ...parts].join('.');
}

/** The key id an envelope was written under, or null when the text is not an envelope at all. */
export function envelopeKeyId(envelope: string): string | null {
  const parts = envelope.split('.');
  return parts.length === 5 && parts[0] === ENVELOPE_VERSION ? parts[1]! : null;
}

export function decryptSecret(envelope: string, keyring: EncryptionKey[], binding: EnvelopeBinding): string {
  const parts = envelope.split('.');
  if (parts.length !== 5 || parts[0] !== ENVELOPE_VERSION) {
    throw new CredentialTamperedError(`The stored credential of member ${binding.ownerWorkspaceMemberId} is not a ${ENVELOPE_VERSION} envelope.`);
  }
  const [, id, nonce, ciphertext, tag] = parts as [string, string, string, string, string];
  const key = keyring.find((candidate) => candidate.id === id);
  if (!key) {
    throw new CredentialKeyError(
      `The stored credential of member ${binding.ownerWorkspaceMemberId} was encrypted with key ${id}, which is not configured.`,
      'Restore the previous METAKOCKA_CREDENTIAL_ENCRYPTION_KEY, or ask the member to enter their Metakocka key again.',
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new CredentialTamperedError(`The stored credential of member ${binding.ownerWorkspaceMemberId} failed its integrity check.`, { cause: error });
  }
}
