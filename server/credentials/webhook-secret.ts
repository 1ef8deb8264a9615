// The stock webhook's shared secret (METAKOCKA_WEBHOOK_SECRET). The signature is HMAC-SHA1 of the body (API.md §2.4),
// so one captured call lets anyone test guesses offline: a short secret is as good as none. The webhook refuses every
// call and the health check says so until the secret is long enough.
import { APP_VARIABLES } from 'plugin/constants/names';
import type { Language } from 'plugin/constants/plural';
import { healthText } from 'server/credentials/health-texts';

export const MIN_WEBHOOK_SECRET_LENGTH = 32;

export interface WebhookSecretProblem {
  detail: string;
  fix: string;
}

/** Null when the secret is unset (the webhook is simply not in use) or long enough. */
export function webhookSecretProblem(
  secret: string | null | undefined,
  lang: Language = 'en',
): WebhookSecretProblem | null {
  const length = secret?.trim().length ?? 0;
  if (length === 0 || length >= MIN_WEBHOOK_SECRET_LENGTH) return null;
  const values = { variable: APP_VARIABLES.webhookSecret, length, minimum: MIN_WEBHOOK_SECRET_LENGTH };
  return { detail: healthText(lang, 'webhook.detail', values), fix: healthText(lang, 'webhook.fix', values) };
}
