// The Metakocka transport: one POST per call on the method's path family, credentials in the body, the answer turned
// into JSON or a typed error (HTML page, opr_code, timeout, garbled body), retried only when that can help.
import { SyncError } from '../errors';
import { classifyOprFailure } from './classify';
import { methodUrl, UNCERTAIN_WRITES, type MkMethod } from './endpoints';
import {
  MetakockaAnswerTooLargeError,
  MetakockaMisconfiguredError,
  MetakockaUnavailableError,
  MetakockaUnknownError,
  MetakockaWriteUncertainError,
} from './errors';
import { createLanes } from './lanes';
import { findListItems } from './list-split';
import { DEFAULT_RETRY, nextDelayMs, type RetryPolicy } from './retry';
import { envelopeErrorText, isSuccessEnvelope, mkEnvelopeSchema } from './schemas/envelope.schema';
import { toWire, type WireObject } from './wire';

export interface MetakockaConfig {
  /** Host origin, e.g. https://main.metakocka.si (CONTRACTS.md). */
  baseUrl: string;
  companyId: string;
  secretKey: string;
  fetch?: typeof fetch;
  /** Per attempt; defaults to 60 s (clients in the wild use 30-120 s, API.md §1.6). */
  timeoutMs?: number;
  /** Parallel non-search calls; searches are always one at a time. */
  concurrency?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type MkJson = Record<string, unknown>;
interface Answer {
  status: number;
  ok: boolean;
  contentType: string;
  bytes: Uint8Array;
}
export interface MkFile {
  bytes: Uint8Array;
  contentType: string;
}

export interface MetakockaCaller {
  call(method: MkMethod, body: WireObject): Promise<MkJson>;
  /**
   * For an answer that is one long list (get_partner without a filter, API.md §2.2): hands over each item of `listKey`
   * on its own and answers the rest with that list empty, so the whole answer never exists as text or as one object tree.
   * An answer without such a list comes back whole. A retried answer hands its items over again.
   */
  callList(method: MkMethod, body: WireObject, listKey: string, each: (item: unknown) => void): Promise<MkJson>;
  callFile(method: MkMethod, body: WireObject): Promise<MkFile>;
  callCounts(): Record<string, number>;
}

/**
 * The most the client reads of one answer: 32 MiB, twice the largest answer known, the whole partner register (one
 * get_partner answer, API.md §2.2) at 20,000 partners, about 16 MB (docs/sync-performance.md). Every other call
 * answers a page: product_list 1,000 products ≈ 1 MB, search 100 documents ≈ 0.2 MB (API.md §4), a print-out a few MB.
 * Near this size the partners job reaches its 300 MB memory target; beyond it the job would run out of memory.
 */
export const MAX_ANSWER_BYTES = 32 * 2 ** 20;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The start of an answer, enough to tell an HTML page or a JSON error from a file. */
const head = (bytes: Uint8Array) => decode(bytes.subarray(0, 64));

const REFUSED_BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
]);

function networkCodeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: Array<{ code?: unknown }> } } | undefined)?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : undefined;
}

export function createMetakockaCaller(cfg: MetakockaConfig): MetakockaCaller {
  if (!/^https?:\/\/[^/]+/.test(cfg.baseUrl))
    throw new RangeError('The Metakocka address must start with https:// (for example https://main.metakocka.si).');
  const policy = cfg.retry ?? DEFAULT_RETRY;
  const timeoutMs = cfg.timeoutMs ?? 60_000;
  const sleep = cfg.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = cfg.random ?? Math.random;
  const lanes = createLanes(cfg.baseUrl, cfg.companyId, cfg.concurrency ?? 4);
  const counts: Record<string, number> = {};
  // Metakocka could echo a request value in its error text; the key never leaves this module (PREAMBLE: secrets).
  const redact = (text: string) => (cfg.secretKey ? text.split(cfg.secretKey).join('[redacted]') : text);

  async function send(method: MkMethod, body: WireObject, attemptTimeoutMs: number): Promise<Answer> {
    const payload = JSON.stringify({
      ...(toWire(body) as object),
      company_id: cfg.companyId,
      secret_key: cfg.secretKey,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), attemptTimeoutMs);
    counts[method] = (counts[method] ?? 0) + 1;
    try {
      const response = await (cfg.fetch ?? globalThis.fetch)(methodUrl(cfg.baseUrl, method), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, application/pdf, */*' },
        body: payload,
        signal: controller.signal,
      });
      const bytes = await readCapped(method, response);
      return {
        status: response.status,
        ok: response.ok,
        contentType: response.headers.get('content-type') ?? '',
        bytes,
      };
    } catch (error) {
      if (error instanceof MetakockaAnswerTooLargeError) throw error;
      // No `cause`: a fetch error can carry request details, and nothing of the request may travel with our errors.
      const code = networkCodeOf(error);
      throw new MetakockaUnavailableError(
        controller.signal.aborted ? 'timeout' : 'unreachable',
        method,
        undefined,
        code,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  function checkTransport(method: MkMethod, response: Answer): void {
    const status = response.status;
    if (status === 429) throw new MetakockaUnavailableError('rate-limited', method, status);
    if (status >= 500) throw new MetakockaUnavailableError('server-error', method, status);
    const html = /text\/html/i.test(response.contentType) || /^\s*</.test(head(response.bytes));
    // Wrong family or wrong base URL: an HTML 404 page, not a JSON error (API.md §1.1, §5.1).
    if (html) throw new MetakockaMisconfiguredError(method, methodUrl(cfg.baseUrl, method), status);
  }

  function parseEnvelope(method: MkMethod, response: Answer, text = decode(response.bytes)): MkJson {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // A garbled 200 is a transient fault (retry); a non-JSON 4xx is something we do not understand (no retry).
      if (!response.ok)
        throw new MetakockaUnknownError(method, '', `HTTP ${response.status} with an answer that is not JSON`);
      throw new MetakockaUnavailableError('malformed', method, response.status);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new MetakockaUnavailableError('malformed', method, response.status);
    const envelope = mkEnvelopeSchema.safeParse(json);
    if (!envelope.success)
      throw new MetakockaUnknownError(method, '', 'the status block of the answer is not readable');
    if (!isSuccessEnvelope(envelope.data)) {
      throw classifyOprFailure(
        method,
        envelope.data.opr_code ?? '',
        redact(envelopeErrorText(envelope.data)),
        cfg.companyId,
      );
    }
    if (!response.ok) throw new MetakockaUnknownError(method, '', `HTTP ${response.status} without an error code`);
    return json as MkJson;
  }

  function parseItem(method: MkMethod, response: Answer, bytes: Uint8Array): unknown {
    try {
      return JSON.parse(decode(bytes));
    } catch {
      throw new MetakockaUnavailableError('malformed', method, response.status); // garbled: a transient fault, as for a whole answer
    }
  }

  async function withRetries<T>(method: MkMethod, attemptOnce: (attemptTimeoutMs: number) => Promise<T>): Promise<T> {
    const lane = method === 'search' ? lanes.search : lanes.other;
    let spentMs = 0;
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      try {
        return await lane.run(() => attemptOnce(Math.max(1, Math.min(timeoutMs, policy.budgetMs - spentMs))));
      } catch (error) {
        spentMs += Date.now() - started;
        const uncertain = uncertainWrite(method, error);
        if (uncertain) throw uncertain;
        const delayMs = nextDelayMs(error, attempt, spentMs, policy, random);
        if (delayMs === null) throw error;
        await sleep(delayMs);
        spentMs += delayMs;
      }
    }
  }

  return {
    call: (method, body) =>
      withRetries(method, async (attemptTimeoutMs) => {
        const response = await send(method, body, attemptTimeoutMs);
        checkTransport(method, response);
        return parseEnvelope(method, response);
      }),
    callList: (method, body, listKey, each) =>
      withRetries(method, async (attemptTimeoutMs) => {
        const response = await send(method, body, attemptTimeoutMs);
        checkTransport(method, response);
        const spans = findListItems(response.bytes, listKey);
        if (!spans) return parseEnvelope(method, response); // no list to split (one item sent as an object): the caller reads it whole
        const { bytes } = response;
        const rest = parseEnvelope(
          method,
          response,
          `${decode(bytes.subarray(0, spans.start))}[]${decode(bytes.subarray(spans.end))}`,
        );
        for (const [start, end] of spans.items) each(parseItem(method, response, bytes.subarray(start, end)));
        return rest;
      }),
    callFile: (method, body) =>
      withRetries(method, async (attemptTimeoutMs) => {
        const response = await send(method, body, attemptTimeoutMs);
        checkTransport(method, response);
        const contentType = response.contentType || 'application/octet-stream';
        // Binary endpoints signal errors by answering JSON instead of the file (API.md §2.5 "report", §5.1).
        if (/json/i.test(contentType) || /^\s*\{/.test(head(response.bytes))) {
          parseEnvelope(method, response);
          throw new MetakockaUnknownError(method, '0', 'Metakocka answered with data instead of the requested file');
        }
        if (!response.ok) throw new MetakockaUnknownError(method, '', `HTTP ${response.status} without a file`);
        return { bytes: response.bytes, contentType };
      }),
    callCounts: () => ({ ...counts }),
  };
}

/** The answer's bytes, read chunk by chunk so an answer over MAX_ANSWER_BYTES is refused before it fills memory. */
async function readCapped(method: MkMethod, response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const refuse = async () => {
    await reader.cancel().catch(() => undefined);
    return new MetakockaAnswerTooLargeError(method, MAX_ANSWER_BYTES);
  };
  if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) throw await refuse();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_ANSWER_BYTES) throw await refuse();
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of chunks) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * A write whose answer was lost may have been applied: never re-send it (API.md §5.1, §6 item 9). Only failures that
 * prove nothing arrived (connection refused, 429, 503) stay retryable.
 */
function uncertainWrite(method: MkMethod, error: unknown): SyncError | null {
  const lookup = UNCERTAIN_WRITES[method];
  if (!lookup) return null;
  if (error instanceof MetakockaAnswerTooLargeError) return new MetakockaWriteUncertainError(method, lookup, error); // it arrived
  if (!(error instanceof MetakockaUnavailableError)) return null;
  if (error.reason === 'rate-limited' || error.httpStatus === 503) return null;
  if (error.reason === 'unreachable' && error.networkCode && REFUSED_BEFORE_SENDING.has(error.networkCode)) return null;
  return new MetakockaWriteUncertainError(method, lookup, error);
}
