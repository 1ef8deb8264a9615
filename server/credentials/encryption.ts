// AES-256-GCM envelopes for personal Metakocka secret keys (issue #7): a fresh 96-bit nonce per write, a key id
// in the envelope so a rotation can read rows written under the previous key, and the owner and endpoint bound in as
// AAD so a row copied onto another member, or read after the endpoint changed, fails to open (D37). Node's crypto
// only; no secret ever reaches a message.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

import { CredentialEndpointChangedError, CredentialKeyError, CredentialTamperedError } from 'server/credentials/errors';

/**
 * `v2.<keyId>.<endpoint>.<nonce>.<ciphertext>.<tag>`, base64url parts: AES-256-GCM, 12-byte nonce, 16-byte tag, and
 * the Metakocka endpoint the key was saved for, readable without the key but authenticated as AAD (D37).
 * `v1.<keyId>.<nonce>.<ciphertext>.<tag>` was written before the endpoint was bound; it is still opened so the
 * upgrade (migrations/0003) and a rotation can rewrite it as v2.
 */
const ENVELOPE_VERSION = 'v2';
const LEGACY_VERSION = 'v1';
const NONCE_BYTES = 12; // 96 bits: GCM's native nonce size (NIST SP 800-38D §8.2)
const TAG_BYTES = 16; // the full tag: Node accepts shorter ones (down to 4 bytes) unless told the length
const KEY_BYTES = 32;

export interface EncryptionKey {
  id: string;
  bytes: Buffer;
}

/** Whose the ciphertext is: opening it under another owner or company fails like tampering. */
export interface EnvelopeOwner {
  ownerWorkspaceMemberId: string;
  companyId: string;
}

/** What a new envelope is bound to: its owner and the endpoint the secret may be sent to. */
export interface EnvelopeBinding extends EnvelopeOwner {
  endpoint: string;
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
  return keyringEntries(raw).map(parseKey);
}

const keyringEntries = (raw: string | undefined): string[] =>
  raw === undefined || raw.trim() === '' ? [] : raw.split(',').map((part) => part.trim());

/** The entries that are keys, as stored, and how many are not: a rotation replaces a damaged keyring instead of failing on it. */
export function salvageKeyring(raw: string | undefined): {
  keys: Array<{ key: EncryptionKey; encoded: string }>;
  malformed: number;
} {
  const keys: Array<{ key: EncryptionKey; encoded: string }> = [];
  let malformed = 0;
  keyringEntries(raw).forEach((encoded, index) => {
    try {
      keys.push({ key: parseKey(encoded, index), encoded });
    } catch {
      malformed += 1;
    }
  });
  return { keys, malformed };
}

function parseKey(encoded: string, index: number): EncryptionKey {
  const isHex = /^[0-9a-fA-F]{64}$/.test(encoded);
  const isBase64 = /^[A-Za-z0-9+/]{43}=$/.test(encoded);
  if (!isHex && !isBase64) {
    throw new CredentialKeyError('malformedEntry', { position: index + 1 });
  }
  const bytes = Buffer.from(encoded, isHex ? 'hex' : 'base64');
  return { id: keyId(bytes), bytes };
}

/** 8 hex characters of a domain-separated SHA-256: names the key in envelopes without revealing it. */
export function keyId(bytes: Buffer): string {
  return createHash('sha256').update('metakocka-credential-key-id\0').update(bytes).digest('hex').slice(0, 8);
}

function aad(version: string, owner: EnvelopeOwner, endpoint: string | null): Buffer {
  const bound = version === LEGACY_VERSION ? '' : `:${endpoint}`;
  return Buffer.from(
    `metakocka-credential:${version}:${owner.ownerWorkspaceMemberId}:${owner.companyId}${bound}`,
    'utf8',
  );
}

export function encryptSecret(secret: string, key: EncryptionKey, binding: EnvelopeBinding): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(ENVELOPE_VERSION, binding, binding.endpoint));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [Buffer.from(binding.endpoint, 'utf8'), nonce, ciphertext, cipher.getAuthTag()].map((part) =>
    part.toString('base64url'),
  );
  return [ENVELOPE_VERSION, key.id, ...parts].join('.');
}

interface EnvelopeParts {
  version: string;
  keyId: string;
  /** null for a v1 envelope, written before endpoints were bound. */
  endpoint: string | null;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function envelopeParts(envelope: string): EnvelopeParts | null {
  const parts = envelope.split('.');
  const bytes = (part: string | undefined) => Buffer.from(part ?? '', 'base64url');
  if (parts.length === 6 && parts[0] === ENVELOPE_VERSION) {
    const [version, keyId, endpoint, nonce, ciphertext, tag] = parts as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      version,
      keyId,
      endpoint: bytes(endpoint).toString('utf8'),
      nonce: bytes(nonce),
      ciphertext: bytes(ciphertext),
      tag: bytes(tag),
    };
  }
  if (parts.length === 5 && parts[0] === LEGACY_VERSION) {
    const [version, keyId, nonce, ciphertext, tag] = parts as [string, string, string, string, string];
    return { version, keyId, endpoint: null, nonce: bytes(nonce), ciphertext: bytes(ciphertext), tag: bytes(tag) };
  }
  return null;
}

/** The key id an envelope was written under, or null when the text is not an envelope at all. */
export function envelopeKeyId(envelope: string): string | null {
  return envelopeParts(envelope)?.keyId ?? null;
}

/** The endpoint an envelope is bound to, read without the key; null for a v1 envelope or text that is none. */
export function envelopeEndpoint(envelope: string): string | null {
  return envelopeParts(envelope)?.endpoint ?? null;
}

/** Opens an envelope under the endpoint it carries; the caller decides whether that endpoint may be used. */
export function openEnvelope(
  envelope: string,
  keyring: EncryptionKey[],
  owner: EnvelopeOwner,
): { secret: string; endpoint: string | null } {
  const parts = envelopeParts(envelope);
  const member = owner.ownerWorkspaceMemberId;
  if (!parts)
    throw new CredentialTamperedError('notEnvelope', { workspaceMemberId: member, version: ENVELOPE_VERSION });
  const key = keyring.find((candidate) => candidate.id === parts.keyId);
  if (!key) {
    throw new CredentialKeyError('keyMissing', { workspaceMemberId: member, keyId: parts.keyId });
  }
  // GCM would take a shorter tag or another nonce length; either is a forged or damaged envelope, never ours.
  if (parts.nonce.length !== NONCE_BYTES || parts.tag.length !== TAG_BYTES) {
    throw new CredentialTamperedError('envelopeShape', {
      workspaceMemberId: member,
      nonceBytes: parts.nonce.length,
      tagBytes: parts.tag.length,
      expectedNonce: NONCE_BYTES,
      expectedTag: TAG_BYTES,
    });
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, parts.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(parts.version, owner, parts.endpoint));
    decipher.setAuthTag(parts.tag);
    const secret = Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
    return { secret, endpoint: parts.endpoint };
  } catch (error) {
    throw new CredentialTamperedError('integrity', { workspaceMemberId: member }, { cause: error });
  }
}

/** The secret, only when the envelope is bound to `binding.endpoint`: a key saved for one host is never sent to another. */
export function decryptSecret(envelope: string, keyring: EncryptionKey[], binding: EnvelopeBinding): string {
  const { secret, endpoint } = openEnvelope(envelope, keyring, binding);
  if (endpoint !== binding.endpoint)
    throw new CredentialEndpointChangedError(binding.ownerWorkspaceMemberId, endpoint, binding.endpoint);
  return secret;
}
