// Webhook deliveries run as jobs: the alert pass enqueues one (its id dedupes a repeat), a failed attempt enqueues the
// next after a growing delay, and the last outcome is kept for the alert settings to show, so a receiver that stops
// answering is seen, not silently skipped.
import type { AppJobs } from 'server/host/jobs';
import type { KvPort } from 'server/host/kv';
import { RETRY_DELAYS_MS, worthRetrying, type AlertPayload, type DeliveryOutcome } from 'server/alerts/webhook';

export const LAST_DELIVERY_KEY = 'alerts:webhook:last';

export interface DeliveryJob {
  deliveryId: string;
  attempt: number;
  payload: AlertPayload;
}

export interface LastDelivery {
  deliveryId: string;
  event: string;
  at: string;
  ok: boolean;
  attempts: number;
  /** Why it failed (HTTP status, no connection, no answer, refused address, no secret); null when it went through. */
  reason: string | null;
  /** True while another attempt is scheduled. */
  retrying: boolean;
}

export async function enqueueDelivery(
  jobs: AppJobs,
  deliverFunctionId: string,
  job: DeliveryJob,
  delayMs?: number,
): Promise<void> {
  await jobs.enqueue(
    deliverFunctionId,
    [{ payload: { ...job }, jobId: `alert-webhook-${job.deliveryId}-${job.attempt}` }],
    delayMs === undefined ? {} : { delayMs },
  );
}

/** After one attempt: schedule the next one or settle, and remember the outcome. */
export async function settleAttempt(
  deps: { kv: KvPort; jobs: AppJobs; deliverFunctionId: string; now: Date },
  job: DeliveryJob,
  outcome: DeliveryOutcome,
): Promise<LastDelivery> {
  const retrying = worthRetrying(outcome) && job.attempt < RETRY_DELAYS_MS.length;
  if (retrying)
    await enqueueDelivery(
      deps.jobs,
      deps.deliverFunctionId,
      { ...job, attempt: job.attempt + 1 },
      RETRY_DELAYS_MS[job.attempt],
    );
  const last: LastDelivery = {
    deliveryId: job.deliveryId,
    event: job.payload.event,
    at: deps.now.toISOString(),
    ok: outcome.ok,
    attempts: job.attempt + 1,
    reason: outcome.ok ? null : outcome.reason,
    retrying,
  };
  await deps.kv.set(LAST_DELIVERY_KEY, last);
  return last;
}
