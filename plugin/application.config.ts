// The app's identity and the organisation-level Metakocka connection (APPS.md §2.1).
// Secrets are secret application variables: logic functions read them from process.env, the browser never sees them.
import { defineApplication, FieldType } from 'twenty-sdk/define';

import { APP_VARIABLES, METAKOCKA_API_URLS } from 'plugin/constants/names';
import {
  APPLICATION_UNIVERSAL_IDENTIFIER,
  METAKOCKA_ALLOWED_ENDPOINTS_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_API_URL_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_COMPANY_ID_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_CREDENTIAL_ENCRYPTION_KEY_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_SECRET_KEY_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_UI_LANGUAGE_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
  METAKOCKA_WEBHOOK_SECRET_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

export default defineApplication({
  universalIdentifier: APPLICATION_UNIVERSAL_IDENTIFIER,
  displayName: 'Metakocka',
  description:
    'Two-way sync between Twenty and Metakocka ERP: partners to companies and people, products with prices and stock, ' +
    'offers, orders and invoices with their lines, plus sync runs, issues and conflicts you can act on.',
  author: 'twenty-metakocka contributors',
  category: 'Sales',
  // A path inside the app (public/); external logo URLs are ignored by the SDK build.
  logo: 'public/logo.svg',
  websiteUrl: 'https://www.metakocka.si',
  emailSupport: 'support@twenty-metakocka.dev',
  issueReportUrl: 'https://github.com/twenty-metakocka/twenty-metakocka/issues',
  applicationVariables: {
    [APP_VARIABLES.companyId]: {
      universalIdentifier: METAKOCKA_COMPANY_ID_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Metakocka company ID',
      description:
        'The numeric company_id that Metakocka issues with the API key (its help article "Obtaining API key and company ID").',
      type: FieldType.TEXT,
      isSecret: false,
    },
    [APP_VARIABLES.secretKey]: {
      universalIdentifier: METAKOCKA_SECRET_KEY_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Metakocka secret key',
      description:
        'The API secret_key of that company; it gives full read and write access to that company. Only the app’s server functions can read it.',
      type: FieldType.TEXT,
      isSecret: true,
    },
    // TEXT, not SELECT: besides the two documented hosts (API.md §1.1) an admin may enter another origin
    // (a proxy, or the sandbox in tests), which a SELECT would refuse.
    [APP_VARIABLES.apiUrl]: {
      universalIdentifier: METAKOCKA_API_URL_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Metakocka API URL',
      description:
        `Origin of the Metakocka API, without a path. ${METAKOCKA_API_URLS.production} (production, default), ` +
        `${METAKOCKA_API_URLS.development} (Metakocka's development host), or an origin listed in ${APP_VARIABLES.allowedEndpoints}. ` +
        'A stored secret key is only sent to the URL it was saved with: after a change here, enter the key again.',
      type: FieldType.TEXT,
      value: METAKOCKA_API_URLS.production,
      isSecret: false,
    },
    // Only Twenty's variable editor writes this (it needs the Applications permission; no app route does, D37), so a
    // Metakocka manager cannot send keys to a host of their choosing.
    [APP_VARIABLES.allowedEndpoints]: {
      universalIdentifier: METAKOCKA_ALLOWED_ENDPOINTS_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Allowed custom Metakocka endpoints',
      description:
        'Origins other than Metakocka’s own hosts that the Metakocka API URL may point to, comma-separated: https, or ' +
        'http only on this machine (127.0.0.1, localhost). Empty: only Metakocka’s production and development hosts.',
      type: FieldType.TEXT,
      isSecret: false,
    },
    [APP_VARIABLES.webhookSecret]: {
      universalIdentifier: METAKOCKA_WEBHOOK_SECRET_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Metakocka webhook secret',
      description:
        'Shared secret that signs Metakocka’s stock webhook (its client secret); at least 32 characters. Unset, too short or not matching: every webhook call is refused.',
      type: FieldType.TEXT,
      isSecret: true,
    },
    [APP_VARIABLES.credentialEncryptionKey]: {
      universalIdentifier: METAKOCKA_CREDENTIAL_ENCRYPTION_KEY_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Credential encryption key',
      description:
        'Key that encrypts the per-user Metakocka secret keys stored in Twenty. Changing it makes stored per-user keys unreadable.',
      type: FieldType.TEXT,
      isSecret: true,
    },
    // TEXT like the API URL: the two codes are all there is to choose, and the app reads anything else as unset
    // (English). A manager sets it from the app's settings page too (route LANGUAGE_ROUTES.workspaceSave, audited).
    [APP_VARIABLES.uiLanguage]: {
      universalIdentifier: METAKOCKA_UI_LANGUAGE_APPLICATION_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Metakocka app language (workspace default)',
      description:
        'The language the Metakocka app speaks in this workspace unless a member chose their own on "My Metakocka ' +
        'account": en (English) or sl (Slovenian, slovenščina). Also the language of sync issue messages in Twenty’s ' +
        'own list views. Empty or anything else: English.',
      type: FieldType.TEXT,
      value: 'en',
      isSecret: false,
    },
  },
});
