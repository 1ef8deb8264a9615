// Posts GraphQL documents to Twenty's core API with the token and URL the host passes in; maps error shapes to CrmError.
import {
  CrmAuthError,
  CrmNotFoundError,
  CrmRateLimitedError,
  CrmSchemaError,
  CrmUnavailableError,
  CrmUpsertConflictError,
  CrmValidationError,
} from './errors';

export interface CrmGatewayConfig {
  apiUrl: string; // TWENTY_API_URL, origin without /graphql
  token: string; // app access token; never logged or put in an error
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Records per create/upsert call, read when a write needs it (the `batchSize` sync setting); at most 200. */
  writeBatchSize?: () => Promise<number>;
}

export interface CrmGateway {
  request<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  /** Root-field calls made, the unit Twenty's app budget counts (APPS.md §8). */
  calls(): number;
  /** Records per create/upsert call the repositories send; 200 (Twenty's cap) when not given. */
  writeBatchSize?: () => Promise<number>;
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string; subCode?: string; conflictingRecordId?: string };
}

export function createCrmGateway(cfg: CrmGatewayConfig): CrmGateway {
  const doFetch = cfg.fetch ?? fetch;
  const url = `${cfg.apiUrl.replace(/\/+$/, '')}/graphql`;
  let calls = 0;
  return {
    calls: () => calls,
    ...(cfg.writeBatchSize ? { writeBatchSize: cfg.writeBatchSize } : {}),
    async request<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
      calls += 1;
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.token}` },
          body: JSON.stringify({ query: document, variables: variables ?? {} }),
          signal: AbortSignal.timeout(cfg.timeoutMs ?? 60_000),
        });
      } catch (error) {
        throw new CrmUnavailableError(error instanceof Error ? error.name + ': ' + error.message : 'network error', {
          cause: error,
        });
      }
      return parseResponse<T>(response);
    },
  };
}

async function parseResponse<T>(response: Response): Promise<T> {
  if (response.status === 429) throw new CrmRateLimitedError('HTTP 429');
  if (response.status === 401 || response.status === 403) throw new CrmAuthError(`HTTP ${response.status}`);
  if (response.status >= 500) throw new CrmUnavailableError(`HTTP ${response.status}`);
  let body: { data?: T | null; errors?: GraphqlError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new CrmUnavailableError(`HTTP ${response.status} with a body that is not JSON`, { cause: error });
  }
  if (body.errors && body.errors.length > 0) throw toCrmError(body.errors[0]!, body.data === undefined);
  if (!response.ok || body.data === undefined || body.data === null)
    throw new CrmUnavailableError(`HTTP ${response.status} without data`);
  return body.data;
}

/** Every GraphQL error arrives with HTTP 200; the class comes from extensions.code and subCode (contract/README.md). */
export function toCrmError(error: GraphqlError, documentLevel: boolean) {
  const code = error.extensions?.code;
  const subCode = error.extensions?.subCode;
  if (subCode === 'LIMIT_REACHED') return new CrmRateLimitedError(error.message);
  if (code === 'UNAUTHENTICATED' || subCode === 'UNAUTHENTICATED') return new CrmAuthError(error.message);
  // Document-level errors carry no data key (syntax, unknown root field): the schema lacks what the app expects.
  if (documentLevel && !code) return new CrmSchemaError(error.message);
  if (code === 'NOT_FOUND') return new CrmNotFoundError(error.message);
  if (code === 'INTERNAL_SERVER_ERROR') return new CrmUnavailableError(error.message);
  if (subCode === 'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT') return new CrmUpsertConflictError();
  return new CrmValidationError(error.message, subCode, error.extensions?.conflictingRecordId);
}
