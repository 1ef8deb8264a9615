// Builds the credentials module's ports from the AppRuntime the host gives every function (server/host/runtime.ts).
import { APP_VARIABLES } from 'plugin/constants/names';
import { VariableWriteError } from 'server/credentials/errors';
import { VARIABLES } from 'server/credentials/org-variables';
import type { AppVariablesPort, CredentialPorts } from 'server/credentials/ports';
import { auditEntries, credentialRows } from 'server/credentials/twenty-rows';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';
import { writeApplicationVariable } from 'server/host/variables';

export function credentialPortsFor(runtime: AppRuntime, source: VariableSource = runtime.variables): CredentialPorts {
  const gateway = crmGatewayFor(runtime, 'application');
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
const APP_WRITTEN_VARIABLES: ReadonlySet<string> = new Set([
  VARIABLES.companyId,
  VARIABLES.secretKey,
  VARIABLES.apiUrl,
  VARIABLES.encryptionKey,
  APP_VARIABLES.uiLanguage, // the workspace's default language (manager, audited; issue 15)
]);

type VariableSource = Readonly<Record<string, string | undefined>>;

/**
 * Reads from the variables Twenty passed the run (secrets included; APPS.md §2.1) and writes through the host
 * (server/host/variables.ts), which needs the APPLICATIONS flag on the app role.
 */
export function applicationVariables(runtime: AppRuntime, source: VariableSource): AppVariablesPort {
  const written = new Map<string, string>();
  return {
    get: (key) => (written.has(key) ? written.get(key) : source[key]),
    async set(key, value) {
      if (!APP_WRITTEN_VARIABLES.has(key)) {
        throw new VariableWriteError('notWritten', { variable: key });
      }
      const answer = await writeApplicationVariable(runtime, key, value);
      if (!answer.ok || !answer.data.updateOneApplicationVariable) {
        // Twenty's message names the variable at most; the value is never part of what we report.
        const said = answer.ok ? 'no confirmation' : (answer.errors[0]?.message ?? `HTTP ${answer.status}`);
        const reason = said.split(value).join('[redacted]');
        throw new VariableWriteError('refused', { variable: key, detail: reason });
      }
      written.set(key, value);
    },
  };
}
