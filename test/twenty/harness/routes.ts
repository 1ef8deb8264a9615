// HTTP routes as Twenty serves them at /s/<path> (APPS.md §3.3): match method and path (":param" segments), refuse
// a caller without a token before the function runs when isAuthRequired, and build the AWS-HTTP-API-like event.
import type { ManifestFunction } from 'test/twenty/harness/manifest';

/**
 * What Twenty answers when an isAuthRequired route is called without a token. The body follows the REST exception
 * shape captured in contract example h2 ({statusCode, error, messages}); the status and text come from reading
 * Twenty's route-trigger service (token validated before the function runs). Not captured from a live server.
 */
export const ANONYMOUS_REFUSAL = {
  status: 401,
  body: { statusCode: 401, error: 'Unauthorized', messages: ['Missing authentication token'] },
};

/** A throw inside a route function surfaces as HTTP 500 (route-trigger LOGIC_FUNCTION_EXECUTION_ERROR). */
export const functionErrorReply = (message: string) => ({
  status: 500,
  body: { statusCode: 500, error: 'RouteTriggerException', messages: [message] },
});

export const routeNotFound = (method: string, path: string) => ({
  status: 404,
  body: { statusCode: 404, error: 'RouteTriggerException', messages: [`No Route trigger found for ${method} ${path}`] },
});

export interface MatchedRoute {
  fn: ManifestFunction;
  pathParameters: Record<string, string>;
}

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = have[index] as string;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
}

export function matchRoute(functions: ManifestFunction[], method: string, path: string): MatchedRoute | null {
  for (const fn of functions) {
    const settings = fn.httpRouteTriggerSettings;
    if (!settings || settings.httpMethod.toUpperCase() !== method.toUpperCase()) continue;
    const pathParameters = matchPath(settings.path, path);
    if (pathParameters) return { fn, pathParameters };
  }
  return null;
}

export function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const parsed = new URL(url.replace(/^\/s(?=\/)/, ''), 'http://route.invalid');
  return { path: parsed.pathname, query: Object.fromEntries(parsed.searchParams.entries()) };
}

export function routeEvent(input: {
  fn: ManifestFunction;
  method: string;
  path: string;
  query: Record<string, string>;
  pathParameters: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  userWorkspaceId: string | null;
}): Record<string, unknown> {
  // Only forwardedRequestHeaders reach the function, lower-cased (APPS.md §3.3).
  const forwarded = new Set(
    (input.fn.httpRouteTriggerSettings?.forwardedRequestHeaders ?? []).map((name) => name.toLowerCase()),
  );
  const headers = Object.fromEntries(
    Object.entries(input.headers)
      .map(([name, value]) => [name.toLowerCase(), value])
      .filter(([name]) => forwarded.has(name as string)),
  );
  const rawBody =
    input.body === undefined || input.body === null
      ? undefined
      : typeof input.body === 'string'
        ? input.body
        : JSON.stringify(input.body);
  return {
    headers,
    queryStringParameters: input.query,
    pathParameters: input.pathParameters,
    body: input.body ?? null,
    ...(rawBody === undefined ? {} : { rawBody }),
    isBase64Encoded: false,
    requestContext: { http: { method: input.method.toUpperCase(), path: input.path } },
    userWorkspaceId: input.userWorkspaceId,
  };
}

/** Twenty's Response class marks itself with __twentyHttpResponse (twenty-sdk logic-function index.mjs). */
export function httpReplyOf(value: unknown): { status: number; body: unknown } {
  if (value && typeof value === 'object' && (value as { __twentyHttpResponse?: boolean }).__twentyHttpResponse) {
    const response = value as { status?: number; body?: unknown };
    return { status: response.status ?? 200, body: response.body ?? null };
  }
  return { status: 200, body: value ?? null };
}
