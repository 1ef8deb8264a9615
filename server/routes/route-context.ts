// What every credential route needs, built once per run from the AppRuntime: the credentials ports, the connection
// checker, the latest sync run, and the calling member's id.
import { OBJECT_NAMES, SYNC_ISSUE_FIELDS as I, SYNC_RUN_FIELDS as F } from 'plugin/constants/names';
import { alertHealth } from 'server/alerts/health-facts';
import type { ConnectionChecker } from 'server/credentials/connection';
import { CredentialInputError } from 'server/credentials/errors';
import type { AlertHealth, LastSync } from 'server/credentials/health';
import { memberNamesFrom, type MemberNames } from 'server/credentials/member-names';
import type { CredentialPorts } from 'server/credentials/ports';
import { credentialPortsFor } from 'server/credentials/runtime-ports';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { metadataRequest } from 'server/host/metadata';
import type { Caller } from 'server/host/guards';
import { callerLanguage, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import type { Language } from 'server/language/choice';
import { connectionChecker } from 'server/routes/connection-checker';

export interface CredentialDeps {
  ports: CredentialPorts;
  /** The language texts are worded in: the caller's, or the workspace's for work without a caller. */
  language: () => Promise<Language>;
  /** Runs the connection checks and words them in `language`. */
  check: ConnectionChecker;
  lastSync: () => Promise<LastSync | null>;
  runningSince: () => Promise<string | null>;
  alerts: () => Promise<AlertHealth>;
}

export interface CredentialRouteDeps extends CredentialDeps {
  memberId: () => Promise<string>;
  memberNames: MemberNames;
}

/** For work without a caller (the health check runs as the app, so it speaks the workspace's language). */
export function credentialDeps(runtime: AppRuntime, caller: Caller | null = null): CredentialDeps {
  const checker = connectionChecker({ now: () => runtime.clock.now() });
  const language = () => callerLanguage(runtime, caller);
  return {
    ports: credentialPortsFor(runtime),
    language,
    check: async (credentials) => checker(credentials, await language()),
    lastSync: () => latestFinishedRun(runtime),
    runningSince: async () => (await latestRunningRun(runtime))?.startedAt ?? null,
    alerts: () => alertHealth(crmGatewayFor(runtime, 'application'), runtime.kv),
  };
}

export function credentialRouteDeps(request: RouteRequest, runtime: AppRuntime): CredentialRouteDeps {
  return {
    ...credentialDeps(runtime, request.caller),
    memberId: () => callerMemberId(request, runtime),
    memberNames: memberNamesFrom(crmGatewayFor(runtime, 'application')),
  };
}

async function callerMemberId(request: RouteRequest, runtime: AppRuntime): Promise<string> {
  if (request.caller?.workspaceMemberId) return request.caller.workspaceMemberId;
  const answer = await metadataRequest<{ currentUser: { workspaceMember: { id: string } | null } }>(
    runtime,
    'user',
    'query MetakockaCaller { currentUser { workspaceMember { id } } }',
  );
  const id = answer.ok ? answer.data.currentUser.workspaceMember?.id : undefined;
  if (!id) throw new CredentialInputError('callerUnknown');
  return id;
}

const RUN_SELECTION = `id ${F.status} ${F.stream} ${F.startedAt} ${F.finishedAt} ${F.failedCount} ${F.errorSummary}`;

/** The newest sync run matching a filter, in the order given, read with the app's token. */
async function newestRun(
  runtime: AppRuntime,
  filter: Record<string, unknown>,
  orderBy: string,
): Promise<LastSync | null> {
  const gateway = crmGatewayFor(runtime, 'application');
  const { plural, singular } = OBJECT_NAMES.syncRun;
  const type = singular.charAt(0).toUpperCase() + singular.slice(1);
  const data = await gateway.request<Record<string, { edges: Array<{ node: LastSync }> }>>(
    `query NewestSyncRun($filter: ${type}FilterInput) { ${plural}(first: 1, filter: $filter, orderBy: [{ ${orderBy}: DescNullsLast }]) { edges { node { ${RUN_SELECTION} } } } }`,
    { filter },
  );
  return data[plural]?.edges[0]?.node ?? null;
}

// "Last sync" is the run that finished last; a run still going is reported apart (issue #12 item 10).
async function latestFinishedRun(runtime: AppRuntime): Promise<LastSync | null> {
  const run = await newestRun(runtime, { [F.finishedAt]: { is: 'NOT_NULL' } }, F.finishedAt);
  return run?.status === 'FAILED' && run.id ? { ...run, failure: await runFailure(runtime, run.id) } : run;
}

/** The issue a failed run raised about itself (recordObject "run"), with its code and parameters. */
async function runFailure(runtime: AppRuntime, runId: string): Promise<LastSync['failure']> {
  const { plural } = OBJECT_NAMES.syncIssue;
  const data = await crmGatewayFor(runtime, 'application').request<
    Record<string, { edges: Array<{ node: NonNullable<LastSync['failure']> }> }>
  >(
    `query RunFailure($filter: MetakockaSyncIssueFilterInput) { ${plural}(first: 1, filter: $filter) { edges { node { ${I.errorCode} ${I.messageParams} ${I.message} ${I.suggestedAction} } } } }`,
    { filter: { lastRunId: { eq: runId }, [I.recordObject]: { eq: 'run' } } },
  );
  return data[plural]?.edges[0]?.node ?? null;
}
const latestRunningRun = (runtime: AppRuntime) =>
  newestRun(runtime, { [F.status]: { in: ['QUEUED', 'RUNNING'] } }, F.startedAt);

/** Adapts a credential route handler to hostRoute's (request, runtime) signature. */
export const withCredentialDeps =
  <T>(handler: (request: RouteRequest, deps: CredentialRouteDeps) => Promise<T>) =>
  (request: RouteRequest, runtime: AppRuntime): Promise<T> =>
    handler(request, credentialRouteDeps(request, runtime));
