/**
 * The core record API on /graphql: generated root fields per object (xs, x, createXs, createX, updateX(s),
 * deleteX(s), destroyX(s), restoreX(s)), executed directly over the parsed document (README "This server barely
 * validates"), one rate-limit token per root resolver (h1 notes).
 */
import type { FieldNode, SelectionSetNode } from 'graphql';
import type { AuthContext } from './auth';
import type { RecordEngine, WriteResult } from './engine';
import { DocumentError, errors, GuardError } from './errors';
import {
  checkRootCount,
  nestedOneToMany,
  parseRequest,
  refusalBody,
  rootTypeName,
  runRoots,
  selectedFields,
  unknownRoot,
  type ExecutionResult,
  type GraphqlBody,
  type ParsedRequest,
} from './graphql-document';
import type { DataModel, ObjectMeta, RootOp } from './model';
import { groupRows } from './group-by';
import { withinRows, type MemberObjectPermissions } from './object-permissions';
import { compileOrder } from './paging';
import type { RateLimiter } from './rate-limit';
import { Renderer } from './render';
import type { StandInStore } from './store';

const MUTATION_OPS = new Set<RootOp>([
  'createMany',
  'createOne',
  'updateMany',
  'updateOne',
  'deleteMany',
  'deleteOne',
  'destroyMany',
  'destroyOne',
  'restoreMany',
  'restoreOne',
]);

export interface CoreDeps {
  model: DataModel;
  store: StandInStore;
  engine: RecordEngine;
  limiterFor(auth: AuthContext): RateLimiter | null;
  /** A test's injected rate limit on this root field (StandIn.core.limitNext). */
  injectedLimit?(rootField: string): boolean;
  /** A member's object and row permissions, applied to user tokens (object-permissions.ts). */
  permissions: MemberObjectPermissions;
  now(): number;
  countCall(name: string): void;
}

export interface Outcome {
  body: ExecutionResult | { errors: unknown[] };
  written: number;
}

export class CoreApi {
  constructor(private readonly deps: CoreDeps) {}

  async handle(body: GraphqlBody, auth: AuthContext | null | undefined): Promise<Outcome> {
    if (auth === null) return { body: { errors: [errors.tokenInvalid().toBody()] }, written: 0 }; // g7b, g7c: no data key
    let request: ParsedRequest;
    try {
      request = parseRequest(body);
      const typeName = rootTypeName(request.operation);
      for (const node of request.roots) {
        if (node.name.value === '__typename') continue;
        // g7a: without a token the schema is empty; g8b: unknown root fields fail validation
        if (auth === undefined || !this.resolveRoot(node, typeName)) throw unknownRoot(node, typeName);
      }
      checkRootCount(request.roots);
      for (const node of request.roots) if (node.name.value !== '__typename') this.checkNesting(node, request);
    } catch (e) {
      if (e instanceof DocumentError || e instanceof GuardError) return { body: refusalBody(e), written: 0 };
      throw e;
    }
    let written = 0;
    const renderer = new Renderer(
      this.deps.model,
      this.deps.store,
      this.deps.engine,
      request.fragments,
      request.variables,
    );
    const result = await runRoots(request, (node) => {
      const { object, op } = this.resolveRoot(node, rootTypeName(request.operation))!;
      this.deps.countCall(node.name.value);
      const limiter = this.deps.limiterFor(auth!);
      const empty = limiter?.consume(this.deps.now());
      if (empty) throw errors.limitReached(empty.burst, empty.perMs); // h1: HTTP 200, LIMIT_REACHED
      if (this.deps.injectedLimit?.(node.name.value)) throw errors.limitReached(500, 60_000);
      const outcome = this.execute(object, op, renderer.args(node), auth!, node, renderer);
      written += outcome.written;
      return outcome.value;
    });
    return { body: result, written };
  }

  /** A one-to-many relation inside another one-to-many relation is refused before anything runs (server-config.json). */
  private checkNesting(root: FieldNode, request: ParsedRequest): void {
    const { object } = this.resolveRoot(root, rootTypeName(request.operation))!;
    const fields = (set: SelectionSetNode | undefined) => selectedFields(set, request.fragments);
    // A connection's records sit under edges { node }; a single record's fields are selected directly.
    const recordFields = (selected: FieldNode[]): FieldNode[] => {
      const edges = selected.filter((f) => f.name.value === 'edges');
      if (edges.length === 0) return selected;
      return edges
        .flatMap((e) => fields(e.selectionSet))
        .filter((f) => f.name.value === 'node')
        .flatMap((n) => fields(n.selectionSet));
    };
    const walk = (at: ObjectMeta, selected: FieldNode[], insideMany: boolean): void => {
      for (const node of selected) {
        const relation = at.fields.get(node.name.value)?.relation;
        const target = relation && this.deps.model.get(relation.targetObject);
        if (!relation || !target) continue;
        const many = relation.type === 'ONE_TO_MANY';
        if (many && insideMany) throw nestedOneToMany();
        walk(target, many ? recordFields(fields(node.selectionSet)) : fields(node.selectionSet), insideMany || many);
      }
    };
    walk(object, recordFields(fields(root.selectionSet)), false);
  }

  private resolveRoot(node: FieldNode, typeName: string): { object: ObjectMeta; op: RootOp } | undefined {
    const found = this.deps.model.resolveRoot(node.name.value);
    if (!found) return undefined;
    return MUTATION_OPS.has(found.op) === (typeName === 'Mutation') ? found : undefined;
  }

  private execute(
    object: ObjectMeta,
    op: RootOp,
    args: Record<string, unknown>,
    auth: AuthContext,
    node: FieldNode,
    renderer: Renderer,
  ): { value: unknown; written: number } {
    const { engine } = this.deps;
    const actor = auth.actor;
    const rowFilter = this.deps.permissions.check(auth, object, op);
    if (rowFilter) {
      // A row outside the member's row-level predicate does not exist for them (d10, g4a).
      if (
        args.id !== undefined &&
        engine.match(object, { and: [{ id: { eq: args.id } }, rowFilter] }, 'all').length === 0
      )
        throw errors.notFound();
      if (args.filter !== undefined || op === 'findMany' || op === 'groupBy')
        args = { ...args, filter: withinRows(args.filter, rowFilter) };
    }
    const list = (result: WriteResult) => ({
      value: result.rows.map((row) => renderer.record(object, row, node.selectionSet)),
      written: result.written,
    });
    const one = (result: WriteResult) => ({
      value: renderer.record(object, result.rows[0]!, node.selectionSet),
      written: result.written,
    });
    switch (op) {
      case 'findMany': {
        const page = engine.findMany(object, args);
        return {
          value: renderer.connection(object, page, compileOrder(object, args.orderBy), node.selectionSet),
          written: 0,
        };
      }
      case 'groupBy':
        return {
          value: groupRows(object, engine.match(object, args.filter, 'active'), args, node.selectionSet, (set) =>
            renderer.fields(set),
          ),
          written: 0,
        };
      case 'findOne':
        return { value: renderer.record(object, engine.findOne(object, args.filter), node.selectionSet), written: 0 };
      case 'createMany':
        return list(engine.createMany(object, args.data, args.upsert === true, actor));
      case 'createOne':
        return one(engine.createMany(object, args.data, args.upsert === true, actor, true));
      case 'updateOne':
        return one(engine.updateOne(object, args.id, args.data, actor));
      case 'updateMany':
        return list(engine.updateMany(object, args.filter, args.data, actor));
      case 'deleteOne':
        return one(engine.softDelete(object, { id: args.id }, actor));
      case 'deleteMany':
        return list(engine.softDelete(object, { filter: args.filter }, actor));
      case 'destroyOne':
        return one(engine.destroy(object, { id: args.id }, actor));
      case 'destroyMany':
        return list(engine.destroy(object, { filter: args.filter }, actor));
      case 'restoreOne':
        return one(engine.restore(object, { id: args.id }, actor));
      case 'restoreMany':
        return list(engine.restore(object, { filter: args.filter }, actor));
    }
  }
}
