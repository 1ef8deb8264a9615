// Sends one GraphQL document to Twenty's /metadata endpoint with the chosen token. Twenty answers GraphQL errors
// with HTTP 200 and an `errors` list (contract/README.md "Transport and error shape").
import type { AppRuntime, RunAs } from 'server/host/runtime';

export interface GraphqlErrorEntry {
  message: string;
  extensions?: { code?: string; subCode?: string };
}

export type MetadataAnswer<T> = { ok: true; data: T } | { ok: false; status: number; errors: GraphqlErrorEntry[] };

const parseJson = <T>(text: string): T | null => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
};

export async function metadataRequest<T>(
  runtime: AppRuntime,
  runAs: RunAs,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<MetadataAnswer<T>> {
  const response = await runtime.crm.fetch(runtime.crm.metadataUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${runtime.crm.token(runAs)}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = parseJson<{ data?: T | null; errors?: GraphqlErrorEntry[] }>(text);
  if (!response.ok || body === null) {
    return { ok: false, status: response.status, errors: [{ message: `HTTP ${response.status} from /metadata` }] };
  }
  if (body.errors?.length || body.data == null) {
    return { ok: false, status: response.status, errors: body.errors ?? [{ message: 'empty answer from /metadata' }] };
  }
  return { ok: true, data: body.data };
}

export const isUnauthenticated = (errors: GraphqlErrorEntry[]): boolean =>
  errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED');
