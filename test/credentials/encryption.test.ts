import { createCipheriv, randomBytes } from 'node:crypto';

import {
  decryptSecret,
  encryptSecret,
  envelopeEndpoint,
  envelopeKeyId,
  generateEncryptionKey,
  openEnvelope,
  parseKeyring,
  salvageKeyring,
} from 'server/credentials/encryption';
import { CredentialEndpointChangedError, CredentialKeyError, CredentialTamperedError } from 'server/credentials/errors';
import { englishWordsIn } from 'test/support/english-leftovers';

import { legacyEnvelope } from './legacy-envelope';

const SECRET = 'mk-secret-3f9a1c77-test';
const binding = { ownerWorkspaceMemberId: 'member-ana', companyId: '4411', endpoint: 'https://main.metakocka.si' };
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
    const nonces = new Set([...envelopes].map((envelope) => envelope.split('.')[3]));
    expect(nonces.size).toBe(50);
  });

  it('writes a versioned envelope naming the key and the endpoint, with a 96-bit nonce, and no trace of the secret', () => {
    const envelope = encryptSecret(SECRET, key!, binding);
    expect(envelope.startsWith(`v2.${key!.id}.`)).toBe(true);
    expect(Buffer.from(envelope.split('.')[3]!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(envelope.split('.')[5]!, 'base64url')).toHaveLength(16);
    expect(envelope).not.toContain(SECRET);
    expect(Buffer.from(envelope.split('.')[4]!, 'base64url').toString('latin1')).not.toContain(SECRET);
    expect(envelopeKeyId(envelope)).toBe(key!.id);
    expect(envelopeEndpoint(envelope)).toBe('https://main.metakocka.si');
  });

  it('opens again with the same key and binding', () => {
    expect(decryptSecret(encryptSecret(SECRET, key!, binding), [key!], binding)).toBe(SECRET);
  });
});

describe('decryptSecret', () => {
  const envelope = encryptSecret(SECRET, key!, binding);

  it.each([
    ['endpoint', 2],
    ['nonce', 3],
    ['ciphertext', 4],
    ['authentication tag', 5],
  ])('detects a changed %s', (_part, index) => {
    expect(() => decryptSecret(flip(envelope, index), [key!], binding)).toThrow(CredentialTamperedError);
  });

  it('never hands out a key saved for one endpoint to another (the endpoint is bound in)', () => {
    const attempt = () => decryptSecret(envelope, [key!], { ...binding, endpoint: 'https://evil.example' });
    expect(attempt).toThrow(CredentialEndpointChangedError);
    expect(attempt).toThrow(/saved for https:\/\/main\.metakocka\.si.*now reached at https:\/\/evil\.example/);
    // Rewriting the endpoint the envelope carries breaks its integrity instead.
    const parts = envelope.split('.');
    parts[2] = Buffer.from('https://evil.example').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), [key!], { ...binding, endpoint: 'https://evil.example' })).toThrow(
      CredentialTamperedError,
    );
  });

  it('refuses a row copied onto another member or company (the owner is bound in)', () => {
    expect(() => decryptSecret(envelope, [key!], { ...binding, ownerWorkspaceMemberId: 'member-bor' })).toThrow(
      CredentialTamperedError,
    );
    expect(() => decryptSecret(envelope, [key!], { ...binding, companyId: '4412' })).toThrow(CredentialTamperedError);
  });

  it('leaves a stored row useless without its key: an unknown key id is refused, a forged key id fails integrity', () => {
    const [other] = parseKeyring(generateEncryptionKey());
    expect(() => decryptSecret(envelope, [other!], binding)).toThrow(CredentialKeyError);
    const forged = envelope.replace(`v2.${key!.id}.`, `v2.${other!.id}.`);
    expect(() => decryptSecret(forged, [other!], binding)).toThrow(CredentialTamperedError);
  });

  it('names the member but never the secret when it fails', () => {
    try {
      decryptSecret(flip(envelope, 4), [key!], binding);
      throw new Error('expected a failure');
    } catch (error) {
      expect(String((error as Error).message)).toContain('member-ana');
      expect(JSON.stringify(error)).not.toContain(SECRET);
      expect(String(error)).not.toContain(SECRET);
      // A Slovenian reader gets the same finding and next step in Slovenian, still without the secret.
      const sl = (error as CredentialTamperedError).describe('sl');
      expect(sl.message).toBe(
        'Shranjena poverilnica člana member-ana ne prestane preverjanja celovitosti. Ni ji mogoče zaupati.',
      );
      expect(englishWordsIn(`${sl.message} ${sl.action}`.replaceAll('member-ana', '<id>'))).toEqual([]); // ids are UUIDs
      expect(JSON.stringify(sl)).not.toContain(SECRET);
    }
  });

  it('refuses a truncated authentication tag, which GCM alone would accept down to 4 bytes', () => {
    const parts = envelope.split('.');
    const forged = [
      ...parts.slice(0, 5),
      Buffer.from(parts[5]!, 'base64url').subarray(0, 4).toString('base64url'),
    ].join('.');
    expect(() => decryptSecret(forged, [key!], binding)).toThrow(CredentialTamperedError);
    expect(() => decryptSecret(forged, [key!], binding)).toThrow(/4-byte tag \(expected 12 and 16\)/);
  });

  it('refuses a nonce of another length than 12 bytes, even with a tag that verifies for it', () => {
    const nonce = randomBytes(16);
    const aad = Buffer.from(
      `metakocka-credential:v2:${binding.ownerWorkspaceMemberId}:${binding.companyId}:${binding.endpoint}`,
    );
    const cipher = createCipheriv('aes-256-gcm', key!.bytes, nonce).setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(SECRET, 'utf8'), cipher.final()]);
    const forged = [
      'v2',
      key!.id,
      Buffer.from(binding.endpoint).toString('base64url'),
      ...[nonce, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url')),
    ].join('.');
    expect(() => decryptSecret(forged, [key!], binding)).toThrow(/16-byte nonce/);
  });

  it('still opens an envelope written before endpoints were bound (v1), reporting no endpoint', () => {
    const legacy = legacyEnvelope(SECRET, key!, binding);
    expect(openEnvelope(legacy, [key!], binding)).toEqual({ secret: SECRET, endpoint: null });
    expect(() => decryptSecret(legacy, [key!], binding)).toThrow(CredentialEndpointChangedError);
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

describe('salvageKeyring', () => {
  it('keeps the entries that are keys, as stored, and counts the ones that are not', () => {
    const good = generateEncryptionKey();
    const { keys, malformed } = salvageKeyring(`not-a-key, ${good} ,AAAA`);
    expect(keys.map((entry) => entry.encoded)).toEqual([good]);
    expect(keys[0]!.key.id).toBe(parseKeyring(good)[0]!.id);
    expect(malformed).toBe(2);
  });
});
