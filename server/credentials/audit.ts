// Audit entries for every change to a credential, the policy, the encryption key or the sync settings (issue #7):
// who, when, what changed, in words. Callers pass descriptions, never secret values.
import type { CredentialPorts } from 'server/credentials/ports';

export type AuditAction =
  | 'organisation-credentials.saved'
  | 'organisation-credentials.changed-outside-app'
  | 'organisation-credentials.key-bound'
  | 'personal-credential.saved'
  | 'personal-credential.deleted'
  | 'personal-credential.revoked'
  | 'policy.changed'
  | 'encryption-key.rotated'
  | 'credential.used'
  | 'sales-document.pushed'
  | 'sales-document.status-changed'
  | 'sales-document.deleted'
  | 'sales-document.created-from-opportunity'
  | 'settings.reset'
  | 'settings.saved'
  | 'record.unlinked'
  | 'record.excluded'
  | 'record.included'
  | 'record.linked'
  | 'conflict.resolved'
  | 'conflict.restored'
  | 'issues.retried'
  | 'issues.ignored'
  | 'issues.resolved'
  | 'console.run-started'
  | 'console.paused'
  | 'console.resumed'
  | 'console.cancelled'
  | 'console.maintenance-on'
  | 'console.maintenance-off'
  | 'language.workspace-changed'
  | 'alerts.settings-saved'
  | 'alerts.webhook-secret-created'
  | 'reports.schedule-changed';

export async function audit(
  ports: Pick<CredentialPorts, 'audit' | 'now'>,
  actorWorkspaceMemberId: string | null,
  action: AuditAction,
  target: string,
  detail: string,
  change: { before?: string | null; after?: string | null } = {},
): Promise<void> {
  await ports.audit.record({
    actorWorkspaceMemberId,
    action,
    target,
    detail,
    ...change,
    at: ports.now().toISOString(),
  });
}
