/**
 * Twenty API stand-in: an in-memory Twenty workspace served over HTTP on 127.0.0.1 (issue #4).
 * /graphql (core records), /metadata (current user, kv, application variables, object metadata), /rest/*.
 * Behaviour follows the captured contract (contract/README.md and examples/*); each rule cites its source where
 * it is implemented. See CONTRACTS.md "Twenty stand-in (D)" for the interface other helpers rely on.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mintToken, TokenRegistry, type AuthContext } from './auth';
import { realClock, type Clock } from './clock';
import { CoreApi } from './core-api';
import { serveHttp } from './http-server';
import type { Actor } from './auth';
import { defaultNewId, RecordEngine, type RecordEvent } from './engine';
import { FileStore, type StoredFile } from './files';
import { addTimelineTypeField, typesFromManifest, type TimelineActivityTypeRow } from './timeline-types';

import { addDashboardObject } from './dashboard-object';
import { appFlags, installedPageLayouts, installManifest, type AppManifest } from './manifest-model';
import { MetadataApi, type AppVariableSpec, type OperationHandler } from './metadata-api';
import { MemberObjectPermissions, type ObjectAccess } from './object-permissions';
import { DataModel } from './model';
import { API_KEY_BUCKETS, APP_TOKEN_BUCKETS, RateLimiter, type BucketSpec } from './rate-limit';
import { RestApi } from './rest-api';
import { addStandardObjects } from './standard-objects';
import { StandInStore } from './store';

export { VirtualClock, type Clock } from './clock';
export type { AuthContext } from './auth';
export type { Actor } from './auth';
export type { RecordEvent } from './engine';
export type { Row } from './store';
export type { AppManifest } from './manifest-model';
export type { StoredFile } from './files';
export type { ObjectAccess } from './object-permissions';

/** Latency taken from the captured timings: ~10 ms per light call (h1 timeline), ~4 ms per record written (f3: 200 in 0.84 s). */
export const CAPTURED_LATENCY = { perCallMs: 10, perRecordMs: 4 } as const;

export interface StandInOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** The workspace API key to accept; generated when omitted. */
  apiKey?: string;
  /** Built manifest to install the app's data model from. Default `<repo>/.twenty/output/manifest.json`. */
  manifestPath?: string;
  /** The manifest itself (wins over manifestPath); `null` serves the standard objects only. */
  manifest?: AppManifest | null;
  /** 'app-token': API-key calls get the app budget (500/60 s, APPS.md §3.4) instead of 100/60 s. */
  profile?: 'api-key' | 'app-token';
  /** Records per createXs call (f4). Default 200. */
  batchCap?: number;
  /** Rows per updateXs(filter) (e4). Default 200. */
  updateCap?: number;
  /** API-key bucket(s). Default burst 100 per 60 s plus 100 per 1 s (README "Key limits"); null disables. */
  rateLimit?: BucketSpec | BucketSpec[] | null;
  /** App-token bucket(s). Default 500 per 60 s (APPS.md §3.4); null disables. User tokens are never throttled (h1 notes). */
  appRateLimit?: BucketSpec | BucketSpec[] | null;
  /** Per-call latency; CAPTURED_LATENCY is the captured model. Default none. */
  latency?: { perCallMs: number; perRecordMs: number } | null;
  /** Time source; a VirtualClock makes latency and rate limits cost no real time. */
  clock?: Clock;
  /** Id generator for new records (the contract replay feeds the recorded ids). */
  newId?: () => string;
  /** Initial application variable values (keys declared in the manifest's applicationVariables). */
  appVariables?: Record<string, string>;
}

export interface StandInEvents {
  /** Called after every committed write with the record events of that write (created/updated/deleted/destroyed/restored). */
  on(listener: (events: RecordEvent[]) => void): () => void;
}

export interface StandIn {
  url: string;
  apiKey: string;
  store: StandInStore;
  model: DataModel;
  clock: Clock;
  tokens: {
    /** TWENTY_APP_APPLICATION_ACCESS_TOKEN: the app's own role. */
    app: string;
    /** A user token for a workspace member (created if missing) with these permission flags (APPS.md §5). */
    user(
      workspaceMemberId: string,
      flags: string[],
      opts?: { firstName?: string; lastName?: string; email?: string },
    ): string;
    /** Resolves a token (undefined when unknown). */
    context(token: string): AuthContext | undefined;
  };
  /** A member's role restricted on one object (object-permissions.ts); unrestricted members hold Twenty's Member role. */
  permissions: {
    restrict(workspaceMemberId: string, objectNameSingular: string, access: Partial<ObjectAccess>): void;
    /** The app's own role restricted on one object (object-permissions.ts restrictApp). */
    restrictApp(objectNameSingular: string, access: Partial<ObjectAccess>): void;
  };
  metadata: { onOperation(name: string, handler: OperationHandler, opts?: { mutation?: boolean }): void };
  /** The next `times` calls of a core root field (e.g. createTimelineActivities) answer Twenty's rate limit (h1). */
  core: { limitNext(rootField: string, times?: number): void };
  /** The app's installed timeline activity types (timeline-types.ts); a test may turn one off. */
  timelineTypes: TimelineActivityTypeRow[];
  kv: Map<string, unknown>;
  appVariables: Map<string, string>;
  application: { id: string; universalIdentifier: string; name: string };
  /** The workspace id the stand-in reports (currentWorkspace.id). */
  workspaceId: string;
  events: StandInEvents;
  /** Files uploaded through createFileUpload / PUT / completeFileUpload, by file id (files.ts). */
  files: ReadonlyMap<string, StoredFile>;
  calls: { byRoot(): Record<string, number>; total(): number; reset(): void };
  /** Writes records through the same validation as the API, without auth, rate limit or latency. */
  seed(
    objectNameSingular: string,
    data: Record<string, unknown>[],
    opts?: { upsert?: boolean },
  ): Record<string, unknown>[];
  close(): Promise<void>;
}

const REPO_ROOT = resolve(__dirname, '../../..');
export const DEFAULT_MANIFEST_PATH = resolve(REPO_ROOT, '.twenty/output/manifest.json');

/**
 * Reads the built manifest. Another helper may be rebuilding right now (scripts/build.mjs holds `.twenty/build.lock`
 * and clears .twenty/output), so wait for the lock to go and retry a half-written file (CONTRACTS.md "npm run build").
 */
export async function loadManifest(path: string, waitMs = 5 * 60_000): Promise<AppManifest> {
  const lock = resolve(path, '../../build.lock');
  const deadline = Date.now() + waitMs;
  for (;;) {
    const building = existsSync(lock);
    if (!building && !existsSync(path))
      throw new Error(
        `No built manifest at ${path}. Run \`npm run build\` first (or pass manifest: null for standard objects only).`,
      );
    if (!building) {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as AppManifest;
      } catch (e) {
        if (Date.now() > deadline)
          throw new Error(`The built manifest at ${path} cannot be read: ${(e as Error).message}`, { cause: e });
      }
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for a running build (${lock}) to finish`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const SYSTEM_ACTOR: Actor = { source: 'SYSTEM', workspaceMemberId: null, name: 'System', context: {} };

export async function startStandIn(opts: StandInOptions = {}): Promise<StandIn> {
  const clock = opts.clock ?? realClock;
  const manifest =
    opts.manifest === undefined ? await loadManifest(opts.manifestPath ?? DEFAULT_MANIFEST_PATH) : opts.manifest;
  const model = new DataModel();
  addStandardObjects(model);
  addDashboardObject(model);
  if (manifest) installManifest(model, manifest);
  const timelineTypes = typesFromManifest(manifest?.timelineActivityTypes);
  addTimelineTypeField(model, timelineTypes);
  const store = new StandInStore(model);
  const listeners = new Set<(events: RecordEvent[]) => void>();
  const registry = new TokenRegistry();
  const files = new FileStore(
    model,
    () => clock.now(),
    (auth, flag) => registry.hasFlag(auth, flag),
  );
  const engine = new RecordEngine(model, store, {
    files,
    batchCap: opts.batchCap ?? 200,
    updateCap: opts.updateCap ?? 200,
    now: () => clock.now(),
    newId: opts.newId ?? defaultNewId,
    emit: (events) => {
      if (events.length) for (const l of listeners) l(events);
    },
  });

  const application = {
    id: randomUUID(),
    universalIdentifier: manifest?.application.universalIdentifier ?? randomUUID(),
    name: manifest?.application.displayName ?? 'App',
  };
  const appVariableSpecs = new Map<string, AppVariableSpec>();
  const appVariables = new Map<string, string>();
  for (const [key, spec] of Object.entries(manifest?.application.applicationVariables ?? {})) {
    appVariableSpecs.set(key, {
      key,
      universalIdentifier: spec.universalIdentifier,
      isSecret: spec.isSecret === true,
      description: spec.description,
      label: spec.label,
      type: spec.type,
      isRequired: spec.isRequired,
    });
    if (typeof spec.value === 'string') appVariables.set(key, spec.value);
  }
  for (const [key, value] of Object.entries(opts.appVariables ?? {})) appVariables.set(key, value);

  const apiKey = opts.apiKey ?? mintToken('standin-api-key');
  registry.register(registry.apiKey(apiKey));
  const appToken = registry.register(registry.app(mintToken('standin-app'), application.name, appFlags(manifest)));

  const bucketList = (v: BucketSpec | BucketSpec[] | null | undefined, fallback: BucketSpec[]) =>
    v === null ? null : v === undefined ? fallback : Array.isArray(v) ? v : [v];
  const apiBuckets = bucketList(opts.rateLimit, opts.profile === 'app-token' ? APP_TOKEN_BUCKETS : API_KEY_BUCKETS);
  const appBuckets = bucketList(opts.appRateLimit, APP_TOKEN_BUCKETS);
  const apiLimiter = apiBuckets ? new RateLimiter(apiBuckets) : null;
  const appLimiter = appBuckets ? new RateLimiter(appBuckets) : null;
  const limiterFor = (auth: AuthContext) =>
    auth.kind === 'apiKey' ? apiLimiter : auth.kind === 'app' ? appLimiter : null;

  const counts = new Map<string, number>();
  const countCall = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  const kv = new Map<string, unknown>();
  const workspace = { id: randomUUID(), displayName: 'Apple' }; // the captured workspace's name (h1 context.metadataRightAfter)
  const permissions = new MemberObjectPermissions();
  const injectedLimits = new Map<string, number>();
  const injectedLimit = (rootField: string) => {
    const left = injectedLimits.get(rootField) ?? 0;
    if (left > 0) injectedLimits.set(rootField, left - 1);
    return left > 0;
  };
  const core = new CoreApi({
    model,
    store,
    engine,
    limiterFor,
    injectedLimit,
    permissions,
    now: () => clock.now(),
    countCall,
  });
  const metadata = new MetadataApi({
    model,
    store,
    engine,
    tokens: registry,
    permissions,
    kv,
    appVariables,
    appVariableSpecs,
    application,
    workspace,
    countCall,
    files,
    timelineTypes,

    pageLayouts: installedPageLayouts(model, manifest, clock.now()),
  });
  const rest = new RestApi({ model, engine, limiterFor, now: () => clock.now(), countCall });

  const http = await serveHttp({
    core,
    metadata,
    rest,
    registry,
    files,
    port: opts.port ?? 0,
    latency: async (written) => {
      if (opts.latency) await clock.sleep(opts.latency.perCallMs + opts.latency.perRecordMs * written);
    },
  });
  files.baseUrl = http.url;

  const standIn: StandIn = {
    url: http.url,
    apiKey,
    store,
    model,
    clock,
    tokens: {
      app: appToken,
      user(workspaceMemberId, flags, userOpts = {}) {
        const existing = store.get('workspaceMember', workspaceMemberId);
        const firstName = userOpts.firstName ?? 'Test';
        const lastName = userOpts.lastName ?? `User ${workspaceMemberId.slice(0, 8)}`;
        if (!existing) {
          engine.createMany(
            model.get('workspaceMember')!,
            [
              {
                id: workspaceMemberId,
                name: { firstName, lastName },
                userEmail: userOpts.email ?? `user-${workspaceMemberId.slice(0, 8)}@example.com`,
                userId: randomUUID(),
              },
            ],
            false,
            SYSTEM_ACTOR,
          );
        }
        const member = store.get('workspaceMember', workspaceMemberId)!;
        const name = member.name as { firstName?: string | null; lastName?: string | null } | null;
        return registry.register(
          registry.user(
            mintToken('standin-user'),
            workspaceMemberId,
            flags,
            `${name?.firstName ?? ''} ${name?.lastName ?? ''}`.trim(),
          ),
        );
      },
      context: (token) => registry.resolve(`Bearer ${token}`) ?? undefined,
    },
    permissions: {
      restrict: (memberId, objectName, access) => permissions.restrict(memberId, objectName, access),
      restrictApp: (objectName, access) => permissions.restrictApp(objectName, access),
    },
    metadata: { onOperation: (name, handler, o) => metadata.onOperation(name, handler, o) },
    core: { limitNext: (rootField, times = 1) => void injectedLimits.set(rootField, times) },
    timelineTypes,
    kv,
    appVariables,
    application,
    workspaceId: workspace.id,
    files: files.files,
    events: {
      on(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    calls: {
      byRoot: () => Object.fromEntries(counts),
      total: () => [...counts.values()].reduce((a, b) => a + b, 0),
      reset: () => counts.clear(),
    },
    seed(objectName, data, seedOpts = {}) {
      const object = model.get(objectName);
      if (!object) throw new Error(`seed: unknown object "${objectName}"`);
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < data.length; i += 200)
        out.push(...engine.createMany(object, data.slice(i, i + 200), seedOpts.upsert === true, SYSTEM_ACTOR).rows);
      return out;
    },
    close: () => http.close(),
  };
  return standIn;
}
