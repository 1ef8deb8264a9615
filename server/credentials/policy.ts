// The personal-credential policy (issue #7): OFF, OPTIONAL or REQUIRED for actions a user starts; kept in kv.
import { CredentialInputError } from 'server/credentials/errors';
import type { KvPort } from 'server/host/kv';

export const CREDENTIAL_POLICIES = ['OFF', 'OPTIONAL', 'REQUIRED'] as const;
export type CredentialPolicy = (typeof CREDENTIAL_POLICIES)[number];

const POLICY_KEY = 'metakocka:credentials:policy';
/** Until an admin decides, everything runs on the organisation's credentials, as before the feature existed. */
export const DEFAULT_POLICY: CredentialPolicy = 'OFF';

export function parsePolicy(value: unknown): CredentialPolicy {
  if (typeof value === 'string' && (CREDENTIAL_POLICIES as readonly string[]).includes(value))
    return value as CredentialPolicy;
  throw new CredentialInputError('policyUnknown', { given: String(value), choices: CREDENTIAL_POLICIES.join(', ') });
}

export async function readPolicy(kv: KvPort): Promise<CredentialPolicy> {
  const stored = await kv.get<string>(POLICY_KEY);
  return stored === null ? DEFAULT_POLICY : parsePolicy(stored);
}

export async function writePolicy(kv: KvPort, policy: CredentialPolicy): Promise<void> {
  await kv.set(POLICY_KEY, policy);
}
