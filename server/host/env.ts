// Typed access to what Twenty injects into a logic function's process.env: the runtime variables (APPS.md §3.2)
// and the app's application variables, secrets included (APPS.md §2.1). Secrets come back wrapped in Secret.
import { APP_VARIABLES, METAKOCKA_API_URLS } from 'plugin/constants/names';
import { Secret } from 'server/host/secret';

/** Production host origin; the families of API.md §1.1 are appended by the Metakocka client. */
export const DEFAULT_METAKOCKA_API_URL = METAKOCKA_API_URLS.production;

export interface AppEnv {
  /** ${TWENTY_API_URL}: core at /graphql, metadata at /metadata, REST at /rest (APPS.md §3.2). */
  twentyApiUrl: string;
  /** The delegated token: acts as the triggering user when there is one (APPS.md §3.2). */
  userAccessToken: Secret | null;
  /** The app's own token, scoped to the application role (APPS.md §3.2). */
  applicationAccessToken: Secret | null;
  applicationId: string | null;
  metakockaApiUrl: string;
  metakockaCompanyId: string | null;
  metakockaSecretKey: Secret | null;
  metakockaWebhookSecret: Secret | null;
  credentialEncryptionKey: Secret | null;
}

export class AppEnvError extends Error {
  constructor(
    message: string,
    readonly action: string,
  ) {
    super(message);
    this.name = 'AppEnvError';
  }
}

type EnvSource = Record<string, string | undefined>;

const text = (source: EnvSource, name: string): string | null => {
  const value = source[name]?.trim();
  return value ? value : null;
};

const secret = (source: EnvSource, name: string): Secret | null => {
  const value = text(source, name);
  return value === null ? null : new Secret(value);
};

const originOf = (name: string, value: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppEnvError(
      `${name} is not a URL: expected an origin such as https://main.metakocka.si.`,
      `Set ${name} in Settings → Applications → Metakocka to the Metakocka host origin, without a path.`,
    );
  }
  return url.origin;
};

/** Reads the environment once per run; throws AppEnvError only when a value is present but malformed. */
export function readAppEnv(source: EnvSource = process.env): AppEnv {
  const twentyApiUrl = text(source, 'TWENTY_API_URL');
  if (twentyApiUrl === null) {
    throw new AppEnvError(
      'TWENTY_API_URL is not set: this code runs only inside a Twenty logic function.',
      'Run it through Twenty (or the test harness), which injects the runtime variables (APPS.md §3.2).',
    );
  }
  const mkUrl = text(source, APP_VARIABLES.apiUrl);
  return {
    twentyApiUrl: twentyApiUrl.replace(/\/+$/, ''),
    userAccessToken: secret(source, 'TWENTY_APP_ACCESS_TOKEN'),
    applicationAccessToken: secret(source, 'TWENTY_APP_APPLICATION_ACCESS_TOKEN'),
    applicationId: text(source, 'APPLICATION_ID'),
    metakockaApiUrl: mkUrl === null ? DEFAULT_METAKOCKA_API_URL : originOf(APP_VARIABLES.apiUrl, mkUrl),
    metakockaCompanyId: text(source, APP_VARIABLES.companyId),
    metakockaSecretKey: secret(source, APP_VARIABLES.secretKey),
    metakockaWebhookSecret: secret(source, APP_VARIABLES.webhookSecret),
    credentialEncryptionKey: secret(source, APP_VARIABLES.credentialEncryptionKey),
  };
}

/** The secret values of an env, for the logger to scrub from any text it prints. */
export function secretValues(env: AppEnv): string[] {
  return [
    env.userAccessToken,
    env.applicationAccessToken,
    env.metakockaSecretKey,
    env.metakockaWebhookSecret,
    env.credentialEncryptionKey,
  ]
    .filter((value): value is Secret => value !== null)
    .map((value) => value.reveal());
}
