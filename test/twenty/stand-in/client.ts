/** Tiny HTTP helpers for tests that talk to the stand-in the way the app does (fetch, bearer token). */
import type { StandIn } from './index';

export interface GqlAnswer {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; locations?: unknown; extensions?: Record<string, any> }>;
}

export async function gql(
  standIn: StandIn,
  query: string,
  variables?: unknown,
  opts: { token?: string | null; endpoint?: '/graphql' | '/metadata' } = {},
): Promise<GqlAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = opts.token === undefined ? standIn.apiKey : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${standIn.url}${opts.endpoint ?? '/graphql'}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  if (res.status !== 200) throw new Error(`GraphQL answered HTTP ${res.status}`);
  return (await res.json()) as GqlAnswer;
}

export async function rest(
  standIn: StandIn,
  method: string,
  path: string,
  body?: unknown,
  token: string = standIn.apiKey,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
