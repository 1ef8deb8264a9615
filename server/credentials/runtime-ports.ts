// Builds the credentials module's ports from the AppRuntime the host gives every function (server/host/runtime.ts).
import { createCrmGateway } from 'server/crm/gateway';
import { VariableWriteError } from 'server/credentials/errors';
import { VARIABLES } from 'server/credentials/org-variables';
import type { AppVariablesPort, CredentialPorts } from 'server/credentials/ports';
import { auditEntries, credentialRows } from 'server/credentials/twenty-rows';
import type { AppRuntime } from 'server/host/runtime';

export function credentialPortsFor(runtime: AppRuntime, source: Record<string, string | undefined> = process.env): CredentialPorts {
  const gateway = createCrmGateway({ apiUrl: runtime.crm.apiUrl, token: runtime.crm.token('application'), fetch: runtime.crm.fetch });
  return {
    kv: runtime.kv,
    rows: credentialRows(gateway),
    audit: auditEntries(gateway),
    variables: applicationVariables(runtime, source),
    now: () => runtime.clock.now(),
  };
}

/**
 * The variables the app's own pages save. METAKOCKA_ALLOWED_ENDPOINTS is deliberately not one: only Twenty's variable
 * editor (Applications permission) sets it, so no app route can widen where keys may be sent (D37).
 */
const APP_WRITTEN_VARIABLES: ReadonlySet<string> = new Set([VARIABLES.companyId, VARIABLES.secretKey, VARIABLES.apiUrl, VARIABLES.encryptionKey]);

/**
 * Reads from the function's environment (Twenty passes every application variable, secrets included; APPS.md §2.1)
 * and writes with updateOneApplicationVariable on /metadata, which needs the APPLICATIONS flag on the app role.
 */
export function applicationVariables(runtime: AppRuntime, source: Record<string, string | undefined>): AppVariablesPort {
  const written = new Map<string, string>();
  return {
    get: (key) => (written.has(key) ? written.get(key) : source[key]),
    async set(key, value) {
      if (!APP_WRITTEN_VARIABLES.has(key)) {
        throw new VariableWriteError(`The app never writes ${key}.`, 'Set it in Twenty under Settings → Applications → Metakocka → Variables.');
      }
      const response = await runtime.crm.fetch(runtime.crm.metadataUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${runtime.crm.token('application')}` },
        body: JSON.stringify({
          query: 'mutation SetVariable($key: String!, $value: String!, $applicationId: UUID!) { updateOneApplicationVariable(key: $key, value: $value, applicationId: $applicationId) }',
          variables: { key, value, applicationId: runtime.env.applicationId },
        }),
      });
      const body = (await response.json().catch(() => null)) as { data?: { updateOneApplicationVariable?: boolean }; errors?: Array<{ message: string }> } | null;
      if (!response.ok || !body?.data?.updateOneApplicationVariable) {
        // Twenty's message names the variable at most; the value is never part of what we report.
        const reason = (body?.errors?.[0]?.message ?? `HTTP ${response.status}`).split(value).join('[redacted]');
        throw new VariableWriteError(
          `Twenty did not save the application variable ${key}: ${reason}.`,
          "Check that the app's role holds the Applications permission (Settings → Roles), then try again.",
        );
      }
      written.set(key, value);
    },
  };
}
