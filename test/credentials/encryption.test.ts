import { decryptSecret, encryptSecret, envelopeKeyId, generateEncryptionKey, parseKeyring } from 'server/credentials/encryption';
import { CredentialKeyError, CredentialTamperedError } from 'server/credentials/errors';

const SECRET = 'mk-secret-3f9a1c77-test';
const binding = { ownerWorkspaceMemberId: 'member-ana', companyId: '4411' };
const [key] = parseKeyring(generateEncryptionKey());

/** Flips one bit in the base64url part at `index` of the envelope. */
function flip(envelope: string, index: number): string {
  const parts = envelope.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('encryptSecret', () => {
  it('gives different ciphertexts for the same secret, because every write takes a fresh nonce', () => {
    const envelopes = new Set(Array.from({ length: 50 }, () => encryptSecret(SECRET, key!, binding)));
    expect(envelopes.size).toBe(50);
    const nonces = new Set([...envelopes].map((envelope) => envelope.split('.')[2]));
    expect(nonces.size).toBe(50);
  });

  it('writes a versioned envelope naming the key, with a 96-bit nonce, and no trace of the secret', () => {
    const envelope = encryptSecret(SECRET, key!, binding);
    expect(envelope.startsWith(`v1.${key!.id}.`)).toBe(true);
    expect(Buffer.from(envelope.split('.')[2]!, 'base64url')).toHaveLength(12);
    expect(envelope).not.toContain(SECRET);
    expect(Buffer.from(envelope.split('.')[3]!, 'base64url').toString('latin1')).not.toContain(SECRET);
    expect(envelopeKeyId(envelope)).toBe(key!.id);
  });

  it('opens again with the same key and binding', () => {
    expect(decryptSecret(encryptSecret(SECRET, key!, binding), [key!], binding)).toBe(SECRET);
  });
});

describe('decryptSecret', () => {
  const envelope = encryptSecret(SECRET, key!, binding);

  it.each([
    ['nonce', 2],
    ['ciphertext', 3],
    ['authentication tag', 4],
  ])('detects a changed %s', (_part, index) => {
    expect(() => decryptSecret(flip(envelope, index), [key!], binding)).toThrow(CredentialTamperedError);
  });

  it('refuses a row copied onto another member or company (the owner is bound in)', () => {
    expect(() => decryptSecret(envelope, [key!], { ...binding, ownerWorkspaceMemberId: 'member-bor' })).toThrow(CredentialTamperedError);
    expect(() => decryptSecret(envelope, [key!], { ...binding, companyId: '4412' })).toThrow(CredentialTamperedError);
  });

  it('leaves a stored row useless without its key: an unknown key id is refused, a forged key id fails integrity', () => {
    const [other] = parseKeyring(generateEncryptionKey());
    expect(() => decryptSecret(envelope, [other!], binding)).toThrow(CredentialKeyError);
    const forged = envelope.replace(`v1.${key!.id}.`, `v1.${other!.id}.`);
    expect(() => decryptSecret(forged, [other!], binding)).toThrow(CredentialTamperedError);
  });

  it('names the member but never the secret when it fails', () => {
    try {
      decryptSecret(flip(envelope, 3), [key!], binding);
      throw new Error('expected a failure');
    } catch (error) {
      expect(String((error as Error).message)).toContain('member-ana');
      expect(JSON.stringify(error)).not.toContain(SECRET);
      expect(String(error)).not.toContain(SECRET);
    }
  });

  it('refuses text that is not an envelope', () => {
    expect(() => decryptSecret(SECRET, [key!], binding)).toThrow(CredentialTamperedError);
  });
});

describe('parseKeyring', () => {
  it('reads one key or a "new,old" list, in base64 or hex', () => {
    const a = generateEncryptionKey();
    const b = Buffer.from(a, 'base64').toString('hex');
    expect(parseKeyring(`${a}`)).toHaveLength(1);
    const ring = parseKeyring(`${generateEncryptionKey()},${b}`);
    expect(ring).toHaveLength(2);
    expect(ring[1]!.id).toBe(parseKeyring(a)[0]!.id);
  });

  it('refuses a key that is not 32 bytes, saying what to do', () => {
    expect(() => parseKeyring('too-short')).toThrow(/not 32 bytes/);
    expect(() => parseKeyring(Buffer.alloc(16).toString('base64'))).toThrow(CredentialKeyError);
  });

  it('treats a missing variable as no keys', () => {
    expect(parseKeyring(undefined)).toEqual([]);
    expect(parseKeyring('  ')).toEqual([]);
  });
});
