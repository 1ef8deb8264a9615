// The one call sync and document code makes to get Metakocka credentials for an action (issue #7 inheritance):
// background work gets the organisation's; an action a user started gets the user's own when the policy allows and
// one is stored. A personal credential's use is recorded in the audit trail (whose, never the secret); the answer's
// `use` (or credentialTag(use)) is what a run or issue record should carry.
import { recordCredentialUse, resolveCredential, type ResolvedCredential } from 'server/credentials/inheritance';
import { credentialPortsFor } from 'server/credentials/runtime-ports';
import type { AppRuntime } from 'server/host/runtime';

export interface ActionRequest {
  /** 'user' for record pushes, commands and workflow steps a member ran; 'background' for cron and scheduled syncs. */
  startedBy: 'user' | 'background';
  /** What the action is, for the audit trail, e.g. "push company 5f0e…". */
  action: string;
}

export async function credentialForAction(
  runtime: AppRuntime,
  request: ActionRequest,
  source: Readonly<Record<string, string | undefined>> = runtime.variables,
): Promise<ResolvedCredential> {
  const ports = credentialPortsFor(runtime, source);
  const member = runtime.context.workspaceMemberId;
  // A "user" action without a member (e.g. a workflow run by the system) has nobody's credential to use.
  const origin =
    request.startedBy === 'user' && member
      ? ({ kind: 'user', workspaceMemberId: member } as const)
      : ({ kind: 'background' } as const);
  const resolved = await resolveCredential(ports, origin);
  if (resolved.use.source === 'personal') await recordCredentialUse(ports, resolved.use, request.action, member);
  return resolved;
}
