// The AppRuntime bundle every server function receives: kv, jobs, typed env, Twenty API access, clock and a
// redacting log. Built by the host adapters from Twenty's context; tests build one over the stand-in.
import { readAppEnv, secretValues, type AppEnv } from 'server/host/env';
import { createAppJobs, type AppJobs, type JobsPort } from 'server/host/jobs';
import { createAppKv, type AppKv, type KvPort } from 'server/host/kv';
import { createLog, type AppLog, type LogSink } from 'server/host/log';

/** LogicFunctionExecutionContext of APPS.md §3.1, kept free of twenty-sdk types. */
export interface RunContext {
  workspaceId: string | null;
  userWorkspaceId: string | null;
  workspaceMemberId: string | null;
  retryCount: number;
  maxRetries: number;
}

export type RunAs = 'user' | 'application';

export interface CrmAccess {
  apiUrl: string;
  graphqlUrl: string;
  metadataUrl: string;
  restUrl: string;
  /**
   * Bearer token for Twenty's APIs. 'application' is the app role's token (background work); 'user' is the
   * delegated token, which acts as the triggering user when there is one (APPS.md §3.2 "Recommended pattern").
   */
  token(runAs: RunAs): string;
  fetch: typeof fetch;
}

export interface Clock {
  now(): Date;
}

export interface AppRuntime {
  env: AppEnv;
  /** The application variables exactly as Twenty passed them (APPS.md §2.1), for code that reads one by its name. */
  variables: Readonly<Record<string, string | undefined>>;
  kv: AppKv;
  jobs: AppJobs;
  crm: CrmAccess;
  clock: Clock;
  log: AppLog;
  context: RunContext;
}

export interface HostPorts {
  kv: KvPort;
  jobs: JobsPort;
}

export interface RuntimeOptions {
  ports: HostPorts;
  context?: Partial<RunContext>;
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  clock?: Clock;
  logSink?: LogSink;
}

export class MissingTokenError extends Error {
  constructor(runAs: RunAs) {
    const name = runAs === 'user' ? 'TWENTY_APP_ACCESS_TOKEN' : 'TWENTY_APP_APPLICATION_ACCESS_TOKEN';
    super(
      `${name} is not set, so Twenty cannot be called as the ${runAs}. Twenty injects it into every logic function (APPS.md §3.2).`,
    );
    this.name = 'MissingTokenError';
  }
}

const systemClock: Clock = { now: () => new Date() };

export function createAppRuntime(options: RuntimeOptions): AppRuntime {
  const variables = options.env ?? process.env;
  const env = readAppEnv(variables);
  const crm: CrmAccess = {
    apiUrl: env.twentyApiUrl,
    graphqlUrl: `${env.twentyApiUrl}/graphql`,
    metadataUrl: `${env.twentyApiUrl}/metadata`,
    restUrl: `${env.twentyApiUrl}/rest`,
    token(runAs) {
      // The SDK's own helpers fall back from the application token to the delegated one (APPS.md §2.2).
      const token = runAs === 'application' ? (env.applicationAccessToken ?? env.userAccessToken) : env.userAccessToken;
      if (token === null) throw new MissingTokenError(runAs);
      return token.reveal();
    },
    fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
  };
  return {
    env,
    variables,
    kv: createAppKv(options.ports.kv),
    jobs: createAppJobs(options.ports.jobs),
    crm,
    clock: options.clock ?? systemClock,
    log: createLog(secretValues(env), options.logSink),
    context: {
      workspaceId: options.context?.workspaceId ?? null,
      userWorkspaceId: options.context?.userWorkspaceId ?? null,
      workspaceMemberId: options.context?.workspaceMemberId ?? null,
      retryCount: options.context?.retryCount ?? 0,
      maxRetries: options.context?.maxRetries ?? 0,
    },
  };
}
