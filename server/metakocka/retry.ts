// When to try a failed call again: only transient classes, with exponential backoff and full jitter, and never
// beyond the time budget (STYLE.md §2.8; API.md §5.2 "retry only transport failures, HTTP 5xx and 429").
import { SyncError } from '../errors';
import { MetakockaQuotaError } from './errors';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  budgetMs: number;
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, budgetMs: 60_000, maxDelayMs: 15_000 };

/** The pause before attempt `attempt + 1`, or null to give up now. `spentMs` counts time already used. */
export function nextDelayMs(
  error: unknown,
  attempt: number,
  spentMs: number,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (!(error instanceof SyncError) || !error.retryable) return null;
  if (attempt + 1 >= policy.attempts) return null;
  const exponential = Math.min(policy.maxDelayMs ?? Number.POSITIVE_INFINITY, policy.baseDelayMs * 2 ** attempt);
  // A quota error only clears after a long pause (API.md §4, opr_code 5).
  const delay =
    error instanceof MetakockaQuotaError
      ? error.retryAfterMs
      : Math.round(exponential / 2 + random() * (exponential / 2));
  return spentMs + delay > policy.budgetMs ? null : delay;
}
