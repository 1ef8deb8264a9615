// The stock webhook's shared secret (METAKOCKA_WEBHOOK_SECRET). The signature is HMAC-SHA1 of the body (API.md §2.4),
// so one captured call lets anyone test guesses offline: a short secret is as good as none. The webhook refuses every
// call and the health check says so until the secret is long enough.
import { APP_VARIABLES } from 'plugin/constants/names';

export const MIN_WEBHOOK_SECRET_LENGTH = 32;

export interface WebhookSecretProblem {
  detail: string;
  fix: string;
}

/** Null when the secret is unset (the webhook is simply not in use) or long enough. */
export function webhookSecretProblem(secret: string | null | undefined): WebhookSecretProblem | null {
  const length = secret?.trim().length ?? 0;
  if (length === 0 || length >= MIN_WEBHOOK_SECRET_LENGTH) return null;
  return {
    detail: `${APP_VARIABLES.webhookSecret} has ${length} characters, fewer than ${MIN_WEBHOOK_SECRET_LENGTH}, so the stock webhook refuses every call; stock still arrives with the scheduled product sync.`,
    fix: `Set ${APP_VARIABLES.webhookSecret} in Twenty's app variables to a random value of at least ${MIN_WEBHOOK_SECRET_LENGTH} characters (for example \`openssl rand -base64 33\`) and enter the same value as the webhook's client secret in Metakocka.`,
  };
}
