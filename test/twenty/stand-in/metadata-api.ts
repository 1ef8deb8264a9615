/**
 * The parts of /metadata the app uses (contract/metadata-schema.graphql, twenty-sdk 2.43 transport):
 * currentUser with permission flags (APPS.md §5), kv get/set/delete for application tokens only (APPS.md §2.2,
 * queries GetAppKeyValue/SetAppKeyValue/DeleteAppKeyValue of twenty-sdk/logic-function), application variables
 * read (findOneApplication / findManyApplications) and updateOneApplicationVariable guarded by APPLICATIONS
 * (APPS.md §2.1), custom-object metadata for the contract replay (i2–i4), the app's timeline activity types
 * (twenty-sdk 2.43, timeline-types.ts), and `onOperation` so the harness can
 * serve enqueueJobs/getJobs. /metadata is not rate limited (h1 context.metadataRightAfter).
 */
import type { TimelineActivityTypeRow } from './timeline-types';
import type { FieldNode, SelectionSetNode } from 'graphql';
import { TokenRegistry, type AuthContext } from './auth';
import { DocumentError, errors, GuardError, TwentyApiError } from './errors';
import type { FileStore } from './files';
import {
  checkRootCount,
  parseRequest,
  refusalBody,
  rootTypeName,
  runRoots,
  unknownRoot,
  type ExecutionResult,
  type GraphqlBody,
  type ParsedRequest,
} from './graphql-document';
import { MetadataObjects } from './metadata-objects';
import type { MemberObjectPermissions } from './object-permissions';
import type { Row, StandInStore } from './store';
import { Renderer } from './render';
import type { DataModel } from './model';
import type { InstalledPageLayout } from './manifest-model';
import type { RecordEngine } from './engine';

export type OperationHandler = (args: Record<string, unknown>, auth: AuthContext) => unknown;

export interface AppVariableSpec {
  key: string;
  universalIdentifier?: string;
  isSecret: boolean;
  description?: string;
  label?: string;
  type?: string;
  isRequired?: boolean;
}

export interface MetadataDeps {
  model: DataModel;
  store: StandInStore;
  engine: RecordEngine;
  tokens: TokenRegistry;
  permissions: MemberObjectPermissions;
  kv: Map<string, unknown>;
  appVariables: Map<string, string>;
  appVariableSpecs: Map<string, AppVariableSpec>;
  application: { id: string; universalIdentifier: string; name: string };
  workspace: { id: string; displayName: string };
  countCall(name: string): void;
  files: FileStore;
  /** The app's timeline activity types (timeline-types.ts). */
  timelineTypes: TimelineActivityTypeRow[];

  /** The installed app's page layouts with their workspace ids (metadata-schema.graphql `type PageLayout`). */
  pageLayouts: InstalledPageLayout[];
}

/** `enum PageLayoutType` of the recorded metadata schema (metadata-schema.graphql line 1390). */
const PAGE_LAYOUT_TYPES = ['RECORD_INDEX', 'RECORD_PAGE', 'DASHBOARD', 'STANDALONE_PAGE'];

const QUERIES = new Set([
  'currentUser',
  'currentWorkspace',
  'appKeyValue',
  'findOneApplication',
  'findManyApplications',
  'objects',
  'object',
  'timelineActivityTypes',

  'getPageLayouts',
]);
const MUTATIONS = new Set([
  'setAppKeyValue',
  'deleteAppKeyValue',
  'updateOneApplicationVariable',
  'createOneObject',
  'createOneField',
  'deleteOneObject',
  'createFileUpload',
  'completeFileUpload',
]);

/** Key under which a kv entry lives in `StandIn.kv`: WORKSPACE keys as they are, SERVER keys prefixed (APPS.md §2.2). */
export function kvKey(key: string, scope: unknown): string {
  return scope === 'SERVER' ? `SERVER:${key}` : key;
}

export class MetadataApi {
  private readonly handlers = new Map<string, { handler: OperationHandler; mutation: boolean }>();
  private readonly objects: MetadataObjects;

  constructor(private readonly deps: MetadataDeps) {
    this.objects = new MetadataObjects(deps.model, deps.store);
  }

  /** Serve an extra root field (e.g. enqueueJobs as a mutation, getJobs as a query) with a harness handler. */
  onOperation(name: string, handler: OperationHandler, opts: { mutation?: boolean } = {}): void {
    const mutation = opts.mutation ?? !/^(get|find|list)/.test(name);
    this.handlers.set(name, { handler, mutation });
  }

  async handle(
    body: GraphqlBody,
    auth: AuthContext | null | undefined,
  ): Promise<ExecutionResult | { errors: unknown[] }> {
    if (auth === null) return { errors: [errors.tokenInvalid().toBody()] };
    let request: ParsedRequest;
    try {
      request = parseRequest(body);
      const typeName = rootTypeName(request.operation);
      for (const node of request.roots) {
        if (node.name.value === '__typename') continue;
        if (auth === undefined || !this.known(node.name.value, typeName === 'Mutation'))
          throw unknownRoot(node, typeName); // g7d
      }
      checkRootCount(request.roots);
    } catch (e) {
      if (e instanceof DocumentError || e instanceof GuardError) return refusalBody(e);
      throw e;
    }
    const renderer = new Renderer(
      this.deps.model,
      this.deps.store,
      this.deps.engine,
      request.fragments,
      request.variables,
    );
    const result = await runRoots(request, async (node) => {
      this.deps.countCall(node.name.value);
      const value = await this.resolve(node.name.value, renderer.args(node), auth!);
      return project(value, node.selectionSet, renderer);
    });
    // i3b: a failed metadata migration answers with `data: null`
    if (result.errors?.some((e) => (e.extensions as { code?: string } | undefined)?.code === 'INTERNAL_SERVER_ERROR'))
      return { errors: result.errors, data: null };
    return result;
  }

  private known(name: string, mutation: boolean): boolean {
    const custom = this.handlers.get(name);
    if (custom) return custom.mutation === mutation;
    return mutation ? MUTATIONS.has(name) : QUERIES.has(name);
  }

  private async resolve(name: string, args: Record<string, unknown>, auth: AuthContext): Promise<unknown> {
    const custom = this.handlers.get(name);
    if (custom) return custom.handler(args, auth);
    switch (name) {
      case 'currentUser':
        return this.currentUser(auth);
      case 'currentWorkspace':
        return this.deps.workspace;
      case 'appKeyValue': {
        this.requireApp(auth);
        const key = requireString(args.key, 'key');
        const stored = this.deps.kv.get(kvKey(key, args.scope));
        return stored === undefined ? null : { key, value: stored, scope: args.scope ?? 'WORKSPACE' };
      }
      case 'setAppKeyValue': {
        this.requireApp(auth);
        const input = (args.input ?? {}) as { key?: unknown; value?: unknown; scope?: unknown };
        const key = requireString(input.key, 'input.key');
        this.deps.kv.set(kvKey(key, input.scope), input.value ?? null);
        return { key, value: input.value ?? null, scope: input.scope ?? 'WORKSPACE' };
      }
      case 'deleteAppKeyValue': {
        this.requireApp(auth);
        return this.deps.kv.delete(kvKey(requireString(args.key, 'key'), args.scope));
      }
      case 'findOneApplication': {
        const app = this.deps.application;
        if (
          (args.id && args.id !== app.id) ||
          (args.universalIdentifier && args.universalIdentifier !== app.universalIdentifier)
        )
          throw errors.notFound();
        return this.applicationView(auth);
      }
      case 'findManyApplications':
        return [this.applicationView(auth)];
      case 'updateOneApplicationVariable':
        return this.updateVariable(args, auth);
      case 'objects':
        return this.objects.list(args);
      case 'timelineActivityTypes':
        return this.deps.timelineTypes;
      case 'createOneObject':
        return this.objects.createObject(args);
      case 'createOneField':
        return this.objects.createField(args);
      case 'deleteOneObject':
        return this.objects.deleteObject(args);
      case 'getPageLayouts':
        return this.pageLayouts(args);
      case 'createFileUpload':
        return this.deps.files.createUpload(args, auth);
      case 'completeFileUpload':
        return this.deps.files.completeUpload(args, auth);
      default:
        throw new TwentyApiError(
          `Unknown metadata operation ${name}`,
          'BAD_USER_INPUT',
          undefined,
          'An error occurred.',
        );
    }
  }

  /** `getPageLayouts(objectMetadataId: String, pageLayoutType: PageLayoutType): [PageLayout!]!` (metadata-schema.graphql
   *  line 3135): every installed layout, narrowed by either argument; a type outside the enum is refused. */
  private pageLayouts(args: Record<string, unknown>): InstalledPageLayout[] {
    const type = args.pageLayoutType;
    if (type !== undefined && type !== null && !PAGE_LAYOUT_TYPES.includes(String(type)))
      throw new TwentyApiError(
        `Value "${String(type)}" does not exist in "PageLayoutType" enum.`,
        'BAD_USER_INPUT',
        undefined,
        'An error occurred.',
      );
    return this.deps.pageLayouts.filter(
      (layout) =>
        (type === undefined || type === null || layout.type === type) &&
        (args.objectMetadataId === undefined ||
          args.objectMetadataId === null ||
          layout.objectMetadataId === args.objectMetadataId),
    );
  }

  private currentUser(auth: AuthContext): unknown {
    // APPS.md §5: "Runs without a triggering person fail the query and deny"
    if (auth.kind !== 'user')
      throw errors.forbidden('currentUser needs a user token; API keys and application tokens have no user.');
    const member = this.deps.store.get('workspaceMember', auth.workspaceMemberId!) as Row | undefined;
    const name = (member?.name as { firstName?: string; lastName?: string } | undefined) ?? {};
    const objectPermissions = this.deps.permissions.list(auth, this.deps.model.objects.values());
    return {
      id: auth.userId,
      email: member?.userEmail ?? null,
      firstName: name.firstName ?? '',
      lastName: name.lastName ?? '',
      canAccessFullAdminPanel: false,
      canImpersonate: false,
      locale: 'en',
      currentWorkspace: this.deps.workspace,
      workspaceMember: member
        ? {
            id: member.id,
            name: { firstName: name.firstName ?? '', lastName: name.lastName ?? '' },
            userEmail: member.userEmail ?? '',
            locale: 'en',
            colorScheme: 'System',
          }
        : null,
      currentUserWorkspace: {
        id: auth.userWorkspaceId,
        userId: auth.userId,
        locale: 'en',
        permissionFlags: [...auth.flags],
        objectPermissions,
        objectsPermissions: objectPermissions,
      },
    };
  }

  private requireApp(auth: AuthContext): void {
    // APPS.md §2.2: the server "only answers for an application-scoped token"
    if (auth.kind !== 'app')
      throw errors.forbidden(
        'The app key-value store is only available to application tokens (TWENTY_APP_APPLICATION_ACCESS_TOKEN).',
      );
  }

  private applicationView(auth: AuthContext): unknown {
    const { application, appVariableSpecs, appVariables } = this.deps;
    return {
      id: application.id,
      universalIdentifier: application.universalIdentifier,
      name: application.name,
      applicationVariables: [...appVariableSpecs.values()].map((spec) => ({
        id: spec.universalIdentifier ?? spec.key,
        key: spec.key,
        // Secrets never leave the server towards users (APPS.md §2.1: front components get non-secret values only).
        value: spec.isSecret && auth.kind !== 'app' ? '' : (appVariables.get(spec.key) ?? ''),
        description: spec.description ?? '',
        label: spec.label ?? spec.key,
        isSecret: spec.isSecret,
        isDeprecated: false,
        isRequired: spec.isRequired ?? false,
        type: spec.type ?? 'TEXT',
        options: null,
      })),
    };
  }

  private updateVariable(args: Record<string, unknown>, auth: AuthContext): boolean {
    // APPS.md §2.1: SettingsPermissionGuard(PermissionFlagType.APPLICATIONS)
    if (!this.deps.tokens.hasFlag(auth, 'APPLICATIONS'))
      throw errors.forbidden('Updating application variables needs the APPLICATIONS permission flag.');
    const key = requireString(args.key, 'key');
    if (typeof args.value !== 'string') throw errors.missingArgument('value', 'String');
    if (args.applicationId != null && args.applicationId !== this.deps.application.id) throw errors.notFound();
    if (!this.deps.appVariableSpecs.has(key))
      throw new TwentyApiError(
        `Application variable "${key}" is not declared by the application`,
        'NOT_FOUND',
        'APPLICATION_VARIABLE_NOT_FOUND',
        'This variable does not exist.',
      );
    this.deps.appVariables.set(key, args.value);
    return true;
  }
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw errors.missingArgument(name, 'String');
  return value;
}

/** Projects a plain JSON answer along a selection set (missing fields are null, lists map element-wise). */
export function project(value: unknown, selectionSet: SelectionSetNode | undefined, renderer: Renderer): unknown {
  if (!selectionSet || value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map((v) => project(v, selectionSet, renderer));
  if (typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const node of renderer.fields(selectionSet) as FieldNode[]) {
    const key = node.alias?.value ?? node.name.value;
    const raw = source[node.name.value];
    const resolved = typeof raw === 'function' ? raw(renderer.args(node)) : raw;
    out[key] = project(resolved, node.selectionSet, renderer);
  }
  return out;
}
