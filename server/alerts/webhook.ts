// The outbound alert webhook: JSON with a Slack-compatible `text`, signed with HMAC-SHA256 over the timestamp and the
// body, sent only to https (or to a loopback http origin an administrator listed in METAKOCKA_ALLOWED_ENDPOINTS, as
// for Metakocka endpoints, D37). The secret is the app's, generated once and shown once; it never leaves this module
// except inside the signature.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { renderError } from 'server/error-catalogue';
import { SyncError } from 'server/errors';
import { listedEndpoints } from 'server/credentials/endpoint-guard';

export const SIGNATURE_HEADER = 'x-metakocka-signature';
export const EVENT_HEADER = 'x-metakocka-event';

export type AlertEvent =
  'alert.critical' | 'alert.failing' | 'digest' | 'test' | 'report.delivered' | 'report.failing' | 'kpi.missed';

export interface AlertPayload {
  event: AlertEvent;
  /** One line for Slack, Teams (via a workflow) or a chat bot. */
  text: string;
  stream?: string;
  code?: string;
  count?: number;
  /** Ids only: the receiver looks the records up in Twenty if it needs more. */
  issueIds?: string[];
  /** A delivered report: its metakockaReport records (one per recipients' language). */
  reportIds?: string[];
  sentAt: string;
}

export class WebhookUrlRefusedError extends SyncError {
  readonly code = 'ALERT_WEBHOOK_URL_REFUSED';
  readonly retryable = false;
  constructor(url: string) {
    super(
      renderError('ALERT_WEBHOOK_URL_REFUSED', { url: url.slice(0, 200) }),
      'Use an https:// address; http:// only for a loopback origin listed in METAKOCKA_ALLOWED_ENDPOINTS.',
    );
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; http only on a loopback origin an administrator listed. */
export function assertWebhookUrlAllowed(url: string, allowedEndpointsVariable: string | undefined): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookUrlRefusedError(url);
  }
  if (parsed.username || parsed.password) throw new WebhookUrlRefusedError(url);
  if (parsed.protocol === 'https:') return parsed;
  const listed = listedEndpoints(allowedEndpointsVariable).includes(parsed.origin);
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname) && listed) return parsed;
  throw new WebhookUrlRefusedError(url);
}

export const newWebhookSecret = (): string => randomBytes(32).toString('base64url');

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, so a replayed body with a new time does not verify. */
export function signatureFor(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** What a receiver does (docs/admin-guide.md shows it): recompute and compare in constant time. */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

/** Why a delivery failed, as a screen words it in the member's language; `reason` is the log's English. */
export type DeliveryFailure = 'no-address' | 'no-secret' | 'refused' | 'timeout' | 'no-connection' | 'http';

export type DeliveryOutcome =
  { ok: true; status: number } | { ok: false; status: number | null; reason: string; why: DeliveryFailure };

/** One attempt, 10 s at most; the caller decides about retrying. Answers are not read beyond their status. */
export async function deliver(
  fetchImpl: typeof fetch,
  url: string,
  secret: string,
  payload: AlertPayload,
  at: Date,
): Promise<DeliveryOutcome> {
  const body = JSON.stringify(payload);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signatureFor(secret, body, at),
        [EVENT_HEADER]: payload.event,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (response.ok) return { ok: true, status: response.status };
    return { ok: false, status: response.status, reason: `HTTP ${response.status}`, why: 'http' };
  } catch (error) {
    return (error as Error).name === 'TimeoutError'
      ? { ok: false, status: null, reason: 'no answer within 10 s', why: 'timeout' }
      : { ok: false, status: null, reason: 'no connection', why: 'no-connection' };
  }
}

/** Retry after 30 s, 2 min, 10 min, 30 min, 2 h; then the failure is recorded and shown in the alert settings. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];

/** A receiver's 4xx other than 408 and 429 will not change by waiting. */
export const worthRetrying = (outcome: DeliveryOutcome): boolean =>
  !outcome.ok && (outcome.status === null || outcome.status >= 500 || outcome.status === 408 || outcome.status === 429);
