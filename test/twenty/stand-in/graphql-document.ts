/**
 * Shared GraphQL document handling for /graphql and /metadata: parse with graphql 16, pick the operation,
 * check root fields (the only standard validation the real server does — README "This server barely validates"),
 * and run each root field through a resolver, collecting per-root errors as `data.<root>: null` + `errors[]`.
 */
import {
  GraphQLError,
  Kind,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DocumentError, GuardError, TwentyApiError, type GraphqlErrorBody } from './errors';

export const MAX_ROOT_RESOLVERS = 20; // GRAPHQL_MAX_ROOT_RESOLVERS (README "Key limits")

export interface ParsedRequest {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  roots: FieldNode[];
  variables: Record<string, unknown>;
}

export interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function location(node: {
  loc?: { startToken: { line: number; column: number } };
}): Array<{ line: number; column: number }> {
  return node.loc ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }] : [];
}

/** Parses and selects the operation. Throws DocumentError for document-level problems (g8a). */
export function parseRequest(body: GraphqlBody): ParsedRequest {
  if (typeof body.query !== 'string' || body.query.trim() === '') throw new DocumentError('Must provide query string.');
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (e) {
    const err = e as GraphQLError;
    throw new DocumentError(err.message, err.locations ? [...err.locations] : []); // g8a
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let operation: OperationDefinitionNode | undefined;
  if (typeof body.operationName === 'string' && body.operationName) {
    operation = operations.find((o) => o.name?.value === body.operationName);
    if (!operation) throw new DocumentError(`Unknown operation named "${body.operationName}".`);
  } else {
    if (operations.length !== 1)
      throw new DocumentError('Must provide operation name if query contains multiple operations.');
    operation = operations[0];
  }
  const roots: FieldNode[] = [];
  for (const sel of operation!.selectionSet.selections) {
    if (sel.kind === Kind.FIELD) roots.push(sel);
    else throw new DocumentError('Fragments on the root type are not supported by the stand-in.', location(sel));
  }
  const given = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  // Variable types are not checked (g8c, g8d), but declared defaults apply when a variable is not sent.
  const variables: Record<string, unknown> = { ...given };
  for (const def of operation!.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (variables[name] === undefined && def.defaultValue) variables[name] = valueFromASTUntyped(def.defaultValue, {});
  }
  return { operation: operation!, fragments, roots, variables };
}

export function rootTypeName(operation: OperationDefinitionNode): string {
  return operation.operation === 'mutation'
    ? 'Mutation'
    : operation.operation === 'subscription'
      ? 'Subscription'
      : 'Query';
}

/** g7a, g8b: an unknown root field is a standard "Cannot query field" error without `data`. */
export function unknownRoot(node: FieldNode, typeName: string): DocumentError {
  return new DocumentError(`Cannot query field "${node.name.value}" on type "${typeName}".`, location(node));
}

/**
 * README "Key limits": at most 20 root fields and no root field twice, even under different aliases. Twenty's own guards,
 * so they refuse in GuardError's shape: the duplicate root as recorded (g9); the count's text is UNVERIFIED.
 */
export function checkRootCount(roots: FieldNode[]): void {
  if (roots.length > MAX_ROOT_RESOLVERS)
    throw new GuardError(`Query has too many root resolvers (${roots.length}). The maximum is ${MAX_ROOT_RESOLVERS}.`);
  const seen = new Set<string>();
  for (const node of roots) {
    if (node.name.value === '__typename') continue;
    if (seen.has(node.name.value)) throw new GuardError(`Duplicate root resolver: "${node.name.value}"`);
    seen.add(node.name.value);
  }
}

/** The fields of a selection set with fragment spreads and inline fragments expanded. */
export function selectedFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return [sel];
    if (sel.kind === Kind.INLINE_FRAGMENT) return selectedFields(sel.selectionSet, fragments);
    return selectedFields(fragments.get(sel.name.value)?.selectionSet, fragments);
  });
}

/** COMMON_QUERY_COMPLEXITY_LIMIT's nesting rule (contract/server-config.json, read from code, not exercised: UNVERIFIED). */
export const nestedOneToMany = (): GuardError =>
  new GuardError(
    'Query complexity is too high. One-to-Many relation cannot be nested in another One-to-Many relation.',
  );

/** The answer to a refusal made before anything runs, in the shape of its kind (errors.ts). */
export function refusalBody(e: DocumentError | GuardError): ExecutionResult {
  return e instanceof GuardError ? { data: {}, errors: [e.toBody()] } : { errors: [e.toBody()] };
}

export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: GraphqlErrorBody[];
}

/** Runs root fields in order; a failing root gives `data.<key>: null` plus its error (README "Transport and error shape"). */
export async function runRoots(
  request: ParsedRequest,
  resolve: (node: FieldNode) => Promise<unknown> | unknown,
): Promise<ExecutionResult> {
  const data: Record<string, unknown> = {};
  const errs: GraphqlErrorBody[] = [];
  for (const node of request.roots) {
    const key = node.alias?.value ?? node.name.value;
    if (node.name.value === '__typename') {
      data[key] = rootTypeName(request.operation);
      continue;
    }
    try {
      data[key] = await resolve(node);
    } catch (e) {
      data[key] = null;
      if (e instanceof TwentyApiError) errs.push(e.toBody());
      else
        errs.push({
          message: e instanceof Error ? e.message : String(e),
          extensions: { userFriendlyMessage: 'An error occurred.', code: 'INTERNAL_SERVER_ERROR' },
        });
    }
  }
  return errs.length ? { data, errors: errs } : { data };
}
