// Every error code the app raises, stores or answers with, in one place (issue 13 item 7): what it means, how to
// check, what to do, and the message rendered from named parameters. Features store a code and its parameters, and
// the sentence is rendered in the reader's language; docs/troubleshooting.md is generated from this file
// (scripts/troubleshooting.ts). Languages are keyed (`errorCatalogue.en[code]`), so Slovenian is one more key.

/** Where a code comes from; the troubleshooting tables are grouped by it. */
export type ErrorArea = 'metakocka' | 'twenty' | 'credentials' | 'sync' | 'documents' | 'settings' | 'routes';

export interface ErrorEntry {
  area: ErrorArea;
  /** What happened, in a user's words. */
  meaning: string;
  /** How to check it: where to look, what to compare. */
  check: string;
  /** What to do about it. */
  action: string;
  /** The message with `{name}` placeholders for named parameters (ids, calls, codes; never a secret). */
  message: string;
  /** True only if the app retries it by itself. */
  retried: boolean;
}

const en = {
  MK_UNAVAILABLE: {
    area: 'metakocka',
    meaning:
      'Metakocka could not be reached, did not answer in time, answered with HTTP 5xx or 429, or sent an answer ' +
      'that is not valid JSON.',
    check:
      'The message says which (no connection, timeout, server error, slow down, not JSON) and names the call. Run ' +
      '`npx twenty-metakocka doctor` from the Twenty server to see whether it reaches the address.',
    action:
      'Nothing, if it passes: the sync retries with growing pauses. If it lasts, check the address in the ' +
      'settings and that the Twenty server can reach it (firewall, VPN, DNS).',
    message: '{problem} during {method}{details}.',
    retried: true,
  },
  MK_MISCONFIGURED: {
    area: 'metakocka',
    meaning:
      'A web page came back instead of data: the Metakocka address is wrong, usually because it contains a ' + 'path.',
    check: 'Compare the address in the settings with `https://main.metakocka.si`: host only, nothing after it.',
    action:
      'Set the address to the host only, e.g. `https://main.metakocka.si`, not ' +
      '`https://main.metakocka.si/rest/eshop/v1`.',
    message:
      'Metakocka answered {method} with a web page (HTTP {httpStatus}) instead of data at {url}: the Metakocka ' +
      'address is wrong.',
    retried: false,
  },
  MK_ANSWER_TOO_LARGE: {
    area: 'metakocka',
    meaning:
      "Metakocka's answer to the named call is larger than the most the app reads from one answer (32 MiB; the " +
      'whole partner register of 20,000 partners is about 16 MB). Nothing from that answer is saved.',
    check:
      "Check that the Metakocka address in the settings is Metakocka's own. For a write (`put_document`, " +
      '`add_partner`, `product_add`) the issue is `MK_WRITE_UNCERTAIN` instead.',
    action: "If the address is Metakocka's own, report the message to support: the run fails and names the call.",
    message:
      "Metakocka's answer to {method} is larger than {capMiB} MiB ({capBytes} bytes), the most the app reads " +
      'from one answer; it was not read, and nothing from it was saved.',
    retried: false,
  },
  MK_AUTH: {
    area: 'metakocka',
    meaning: 'Metakocka refused the company id or the secret key.',
    check: "Compare the company id in the settings with Metakocka's Settings → API; run **Test connection**.",
    action:
      'Copy the company id and secret key again from Metakocka (Settings → API) and save them in the app ' +
      'settings.',
    message: 'Metakocka refused {company} or its secret key (opr_code {oprCode}) during {method}.',
    retried: false,
  },
  MK_IP_NOT_ALLOWED: {
    area: 'metakocka',
    meaning: 'The Metakocka company accepts API calls only from certain IP addresses, and this server is not one.',
    check:
      "Ask the Metakocka administrator which addresses are allowed; compare with the Twenty server's outgoing " +
      'address.',
    action:
      "Ask the Metakocka administrator to allow this server's IP address for API access, or to lift the " +
      'restriction.',
    message: "Metakocka does not accept calls from this server's IP address (opr_code {oprCode}) during {method}.",
    retried: false,
  },
  MK_QUOTA: {
    area: 'metakocka',
    meaning: 'Too many calls in a period (opr_code 5, "Quote exceeds").',
    check: 'The health banner and the run summary show it; it passes after a few minutes.',
    action: 'Wait: the sync pauses for several minutes and continues. Lower the sync frequency if it happens often.',
    message: "Metakocka's call quota is used up (opr_code {oprCode}) during {method}.",
    retried: true,
  },
  MK_VALIDATION: {
    area: 'metakocka',
    meaning:
      'Metakocka refused a value; when it lists the accepted values ("Valid values : …") the issue names the ' +
      'field and shows them.',
    check: 'Open the issue: it names the record and the field. In the doctor, the API user may lack read rights.',
    action: 'Correct the field on the record (or use one of the listed values), then retry it from the issue inbox.',
    message: 'Metakocka rejected {value} (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
  },
  MK_NOT_FOUND: {
    area: 'metakocka',
    meaning: 'The record no longer exists in Metakocka (for example a document deleted in the Metakocka UI).',
    check: 'Look the record up in Metakocka by the id the issue names.',
    action: 'Nothing: the next full sync marks it as deleted.',
    message: 'Metakocka has no such record (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
  },
  MK_REFUSED: {
    area: 'metakocka',
    meaning: "A business rule refused the change (opr_code 6, e.g. \"Profit center 'X' doesn't exist.\").",
    check: "Read Metakocka's own words at the end of the message; they name the setting or the value.",
    action: 'Correct the record or the setting Metakocka names, then retry it from the inbox.',
    message: 'Metakocka refused the request (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
  },
  MK_UNKNOWN: {
    area: 'metakocka',
    meaning: 'An answer the app does not understand (an unknown opr_code or an unexpected shape).',
    check: 'Run the doctor or retry once from the inbox.',
    action: 'If it fails again, report the message to support (it never contains the secret key).',
    message: 'Metakocka failed with an unexpected answer (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
  },
  MK_ITEM_UNREADABLE: {
    area: 'metakocka',
    meaning:
      'One record in a Metakocka list (a product, partner or document) has a value the app cannot read, e.g. a ' +
      'product whose `amount` is `abc`. The issue names its Metakocka id and the field, never the value.',
    check: 'Open the record in Metakocka by the id the issue names and look at the named field.',
    action:
      'Correct the field in Metakocka: the next run that reads the record brings it in and closes the issue; ' +
      'only that record was left out (documents other than offers are read again when they change or at the daily ' +
      'full scan).',
    message:
      "Metakocka's {what} {mkId} in the {method} answer cannot be read ({where}); it was left out, the rest was " +
      'synced.',
    retried: false,
  },
  MK_WRITE_UNCERTAIN: {
    area: 'metakocka',
    meaning:
      "A write's answer was lost (timeout, dropped connection, too large): Metakocka may or may not have saved " +
      'it.',
    check:
      'Look the record up in Metakocka (document by buyer order number, partner by tax number or e-mail, product ' +
      'by code).',
    action:
      'Usually nothing: the sync looks the record up before it sends again, so no duplicate is created. Where it ' +
      'cannot, check in Metakocka whether the change was saved before you retry.',
    message: 'The answer to {method} was lost ({cause}); Metakocka may or may not have saved it.',
    retried: false,
  },
  MK_PARTNER_GONE: {
    area: 'sync',
    meaning: 'The Metakocka partner a company or person is linked to no longer exists (deleted in the Metakocka UI).',
    check: 'Look the partner up in Metakocka by the id the message names.',
    action: 'Unlink the record from Metakocka (record action) to create it again, or exclude it from the sync.',
    message: 'Metakocka partner {mkId} no longer exists.',
    retried: false,
  },
  CRM_RATE_LIMITED: {
    area: 'twenty',
    meaning: "Twenty's API rate limit was reached.",
    check: 'The run summary shows it; it passes by itself.',
    action: 'Nothing: the step is retried later with a delay.',
    message: "Twenty's API rate limit was reached ({detail}).",
    retried: true,
  },
  CRM_UNAVAILABLE: {
    area: 'twenty',
    meaning: 'Twenty did not answer (network failure, timeout, HTTP 5xx, internal error).',
    check: "Check the Twenty server's health and logs at the time of the run.",
    action: 'Nothing: the step is retried. If it persists, check the Twenty server.',
    message: 'Twenty did not answer the request: {detail}.',
    retried: true,
  },
  CRM_VALIDATION: {
    area: 'twenty',
    meaning:
      'Twenty refused the data the sync wrote (a value it does not accept); the same data would be refused ' + 'again.',
    check: "The message names the record and Twenty's reason; compare it with its Metakocka source.",
    action: 'Correct the record named in the issue (or its Metakocka source); the next run picks it up.',
    message: 'Twenty refused the data: {detail}.',
    retried: false,
  },
  CRM_NOT_FOUND: {
    area: 'twenty',
    meaning: 'A Twenty record the sync holds an id of no longer exists.',
    check: 'Look for the record in Twenty, including deleted records.',
    action: 'Resync the record or unlink it from Metakocka.',
    message: 'Twenty could not find the record: {detail}.',
    retried: false,
  },
  CRM_AUTH: {
    area: 'twenty',
    meaning: "Twenty refused the app's credentials or a query the workspace schema does not know.",
    check: 'Settings → Applications: is the Metakocka app installed and at its latest version?',
    action: 'Reinstall or upgrade the Metakocka app in Twenty; if it persists, contact the workspace admin.',
    message: "Twenty refused the app's credentials or query: {detail}.",
    retried: false,
  },
  CRM_SCHEMA: {
    area: 'twenty',
    meaning: "Twenty's schema does not match the app: an object or field it needs is missing.",
    check: 'Settings → Data model: do the Metakocka objects and fields exist?',
    action: 'Upgrade the Metakocka app so its objects and fields exist in this workspace.',
    message: "Twenty's schema does not match the app: {detail}.",
    retried: false,
  },
  CREDENTIAL_KEY: {
    area: 'credentials',
    meaning:
      'No credential encryption key is configured (it is created at install), or ' +
      '`METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` holds an entry that is not 32 bytes in base64 or hex.',
    check: 'Settings → Applications → Metakocka → Variables: look at `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY`.',
    action:
      'A Metakocka manager clicks **Rotate encryption key** under Settings → Metakocka: it creates a key when ' +
      'there is none and drops entries that are not keys. Personal keys no remaining key opens are marked *Refused ' +
      'by Metakocka*; their owners enter them again.',
    message: 'The credential encryption key cannot be used: {detail}',
    retried: false,
  },
  CREDENTIAL_TAMPERED: {
    area: 'credentials',
    meaning: "A member's stored personal key does not open with its integrity check: it was changed outside the app.",
    check: "The administrator's list of members shows which credential.",
    action: 'Ask the member to enter their Metakocka secret key again on "My Metakocka account".',
    message: 'The stored credential cannot be trusted: {detail}',
    retried: false,
  },
  PERSONAL_CREDENTIAL_REQUIRED: {
    area: 'credentials',
    meaning:
      "The organisation requires each member's own Metakocka key for the actions they start, and this member " +
      'has no usable one.',
    check: '"My Metakocka account" shows whether the member\'s key is saved and accepted.',
    action: 'Open Settings → My Metakocka account, enter your Metakocka secret key and save it, then try again.',
    message:
      'Your organisation requires your own Metakocka credential for actions you start, and member ' +
      '{workspaceMemberId} has no usable one ({why}).',
    retried: false,
  },
  CREDENTIALS_MISSING: {
    area: 'credentials',
    meaning: 'Metakocka is not configured: the company id or the secret key is not set.',
    check: 'Settings → Metakocka shows which is missing.',
    action:
      'An administrator enters the company id and secret key under Settings → Metakocka and tests the ' + 'connection.',
    message: 'Metakocka is not configured: {missing} {isOrAre} not set.',
    retried: false,
  },
  CREDENTIAL_INPUT: {
    area: 'credentials',
    meaning: 'A value entered on a credential form is missing or malformed; nothing was saved.',
    check: 'The answer names the field.',
    action: 'Correct the named field and save again.',
    message: '{detail}',
    retried: false,
  },
  VARIABLE_WRITE: {
    area: 'credentials',
    meaning: "Twenty refused to store one of the app's variables (the organisation's key or endpoint).",
    check: "The message names the variable and Twenty's answer.",
    action: "Try again; if it repeats, ask a Twenty administrator to check the app's variables.",
    message: '{detail}',
    retried: false,
  },
  ENDPOINT_NOT_ALLOWED: {
    area: 'credentials',
    meaning:
      'The API URL is neither `https://main.metakocka.si`, `https://devmainsi.metakocka.si` nor an origin ' +
      'listed in the app variable `METAKOCKA_ALLOWED_ENDPOINTS`. Nothing was sent there.',
    check:
      'Compare the API URL with `METAKOCKA_ALLOWED_ENDPOINTS`; only `https://` origins, or `http://` on ' +
      '127.0.0.1/localhost, count.',
    action:
      "Choose Metakocka's production host, or ask a Twenty administrator (the *Applications* permission) to add " +
      'the origin, e.g. `https://metakocka.example.si`, to `METAKOCKA_ALLOWED_ENDPOINTS` under Settings → ' +
      'Applications → Metakocka → Variables.',
    message:
      "{endpoint} is not one of Metakocka's own hosts and is not listed in {variable}, so no Metakocka key is " +
      'sent there.',
    retried: false,
  },
  ENDPOINT_CHANGED: {
    area: 'credentials',
    meaning:
      "The organisation's stored secret key was saved for another endpoint than the one it would now go to (a " +
      'new endpoint with the key field left empty, or `METAKOCKA_API_URL` changed in the variables editor).',
    check: 'The message names both endpoints.',
    action:
      'A Metakocka manager enters the secret key again together with the new endpoint under Settings → ' +
      'Metakocka, or sets the API URL back to the endpoint the message names.',
    message: 'The stored Metakocka secret key was saved for {savedFor}; the app never sends it to {requested}.',
    retried: false,
  },
  CREDENTIAL_ENDPOINT_CHANGED: {
    area: 'credentials',
    meaning:
      "A member's personal key was saved for another endpoint than the organisation's current one, so it is not " +
      'used.',
    check: "The member's page and the administrator's list say *Saved for another endpoint*.",
    action:
      'The member enters their key again on "My Metakocka account". Under *OPTIONAL* their actions use the ' +
      "organisation's key until then; under *REQUIRED* they are refused.",
    message:
      'The stored credential of member {workspaceMemberId} was saved for {savedFor}; Metakocka is now reached ' +
      'at {current}, so it is not sent there.',
    retried: false,
  },
  MAPPING: {
    area: 'sync',
    meaning:
      'A record cannot be represented on the other side (e.g. a document made from an opportunity with more ' +
      'than 50 lines).',
    check: 'The message names the record and what does not fit.',
    action:
      'Correct the record; the next run picks it up. A document made from an opportunity has at most 50 lines: ' +
      'make it with the first 50 and add the rest in Metakocka, or make a second document for them.',
    message: '{detail}',
    retried: false,
  },
  AMBIGUOUS_MATCH: {
    area: 'sync',
    meaning:
      'More than one existing Twenty record could be the match for a Metakocka partner; the sync refuses to ' +
      'guess.',
    check: 'The message lists the candidate records.',
    action: 'Merge the duplicates in Twenty, or set the Metakocka id on the right record, then resync.',
    message: '{what} matches {count} existing Twenty records ({candidates}); nothing was created or bound.',
    retried: false,
  },
  UNIQUE_CLASH: {
    area: 'sync',
    meaning: 'A unique value in Twenty (person e-mail, company domain) already belongs to another linked record.',
    check: 'The message names the value and the record that holds it.',
    action: 'Correct the value on one of the two records (in Twenty or Metakocka); the next run picks it up.',
    message: '{detail}',
    retried: false,
  },
  RECORD_EXCLUDED: {
    area: 'sync',
    meaning: '"Resync" ran on a record excluded from the sync; nothing was read or written for it.',
    check: "The record's Metakocka sync status says it is excluded.",
    action: 'Run "Include in Metakocka sync again" on the record (needs the Manage Metakocka permission).',
    message: 'This {object} is excluded from the Metakocka sync, so it was not resynced; nothing was read or written.',
    retried: false,
  },
  CONFLICT: {
    area: 'sync',
    meaning:
      'A linked record changed in Twenty and in Metakocka under the conflict policy `ask`. The issue lists the ' +
      'fields that differ (for documents `lines` included) with both values.',
    check: 'Open the issue in the inbox: it shows both values of each field.',
    action:
      'Neither side is written; Twenty keeps the edit. Resolve it with `keep: "twenty"` (for a document this ' +
      'pushes it; offers and orders only) or `keep: "metakocka"` through the resolve-conflict route.',
    message: '{recordObject} {subject}: conflict on {field}',
    retried: false,
  },
  CONFLICT_NOT_OPEN: {
    area: 'sync',
    meaning: 'A conflict resolution named an issue that is not an open conflict, or the request is malformed.',
    check: 'Reload the inbox: the conflict may have been resolved already.',
    action: 'Send `{ issueId: <conflict issue id>, keep: "twenty" | "metakocka" }` for an open conflict.',
    message: '{detail}',
    retried: false,
  },
  INTERNAL: {
    area: 'sync',
    meaning: 'An unexpected error inside the app (a fault, not a data problem).',
    check: 'The function log of the run holds the details (never a secret).',
    action: 'Report it to the app maintainer with the issue key.',
    message: '{detail}',
    retried: false,
  },
  DOCUMENT_REFUSED: {
    area: 'documents',
    meaning:
      "A document action Metakocka's API cannot do or the document's state forbids: an issued invoice, a type " +
      'that cannot be sent or deleted, a document not in Metakocka yet, deletes turned off.',
    check: 'The message says which and names the document.',
    action: 'Follow the message: push the document first, use a sales order, or ask a manager to allow deletes.',
    message: '{detail}',
    retried: false,
  },
  DOCUMENT_READ_BACK_MISMATCH: {
    area: 'documents',
    meaning:
      'After a write, the document Metakocka stored does not match what was sent (lines or totals). It exists; ' +
      'nothing is re-sent.',
    check: "Compare the document in Metakocka with Twenty's; the message names the difference.",
    action: 'Correct the document in Metakocka or Twenty; the next run syncs it.',
    message: '{detail}',
    retried: false,
  },
  TOTALS_MISMATCH: {
    area: 'documents',
    meaning: "Metakocka's sums disagree with its own lines; the document was stored with Metakocka's figures.",
    check: 'Open the document in Metakocka and add up its lines.',
    action: 'Correct the document in Metakocka if its totals are wrong; the next run reads it again.',
    message: '{detail}',
    retried: false,
  },
  DOCUMENT_KEPT_NOT_SENT: {
    area: 'documents',
    meaning:
      "Under the documents conflict policy `twenty-wins`, Twenty's version could not be sent to Metakocka " +
      '(invoices, credit notes and issued documents are never pushed, or the push failed).',
    check: 'The message says which; the two sides differ.',
    action: 'Change the document in Metakocka, or use the policy `ask` or `metakocka-wins` for documents.',
    message: '{detail}',
    retried: false,
  },
  DOCUMENT_WRITE_PENDING: {
    area: 'documents',
    meaning: 'A document create whose answer was lost, and which Metakocka does not have (yet).',
    check: 'Look for the document in Metakocka by its buyer order number.',
    action: 'Nothing: it is safe to try again, and the sync does.',
    message: '{detail}',
    retried: true,
  },
  DOCUMENT_PDF_REFUSED: {
    area: 'documents',
    meaning:
      'Metakocka refused to print a document with the report id used, or answered with something other than a ' +
      'PDF.',
    check:
      'Check the report id in the sync settings (`documents.offerReportId` / `orderReportId`) and that the ' +
      'document still exists in Metakocka.',
    action: 'Correct the report id, then run "Get document PDF" again.',
    message: '{detail}',
    retried: false,
  },
  WORKFLOW_WRITES_OFF: {
    area: 'documents',
    meaning:
      'A workflow step that writes to Metakocka (push, create from opportunity, status change, delete) ran ' +
      'while a manager had turned workflow writes off (`workflows.allowMetakockaWrites`). Nothing was sent.',
    check: 'The sync settings show `workflows.allowMetakockaWrites`.',
    action: "Run the action from the record's command menu instead, or ask a manager to turn workflow writes back on.",
    message:
      'Workflow steps may not write to Metakocka: a manager turned this off (sync setting ' +
      'workflows.allowMetakockaWrites); nothing was sent.',
    retried: false,
  },
  SETTINGS_INVALID: {
    area: 'settings',
    meaning:
      'A settings change names a setting that does not exist or a value out of range; or the stored settings ' +
      'hold a value this version refuses (then every job and save stops with this message).',
    check: 'The message names each setting and what is wrong with it.',
    action:
      'Correct it and save again; nothing was stored. For a stored document a manager may reset the settings: ' +
      '`POST /s/metakocka/sync/settings/reset`.',
    message: 'The sync settings are not valid: {problems}.',
    retried: false,
  },
  PREVIEW_NOT_FOUND: {
    area: 'settings',
    meaning: 'A save or a preview request names an impact preview the app does not hold (a typo, or an old one).',
    check: 'The app keeps the last five previews; the console shows the current one.',
    action: 'Start a new preview of the change and save from it.',
    message: 'There is no impact preview {previewId}.',
    retried: false,
  },
  PREVIEW_NOT_FINISHED: {
    area: 'settings',
    meaning: 'A save asked to apply a preview that is still running, failed or was cancelled.',
    check: 'The preview status route shows its status and, if it failed, why.',
    action: 'Wait until the preview is done, or start a new one; then save.',
    message: 'The impact preview {previewId} is {status}, not done, so its settings were not saved.',
    retried: false,
  },
  PREVIEW_STALE: {
    area: 'settings',
    meaning:
      'The sync settings were changed after the preview started, so what it showed may no longer be what a save ' +
      'would do.',
    check: 'The settings audit entries show who changed them and when.',
    action: 'Start a new preview of your change and save from it.',
    message: 'The sync settings changed after the impact preview {previewId} started; nothing was saved.',
    retried: false,
  },
  CONNECTION_CHECK_FAILED: {
    area: 'routes',
    meaning:
      'Saving credentials ran the connection check first, and it failed; nothing was saved. The answer carries ' +
      "the doctor's report.",
    check: 'The report names the first failed step and its own error code.',
    action: 'Correct the values and test the connection again.',
    message: 'Nothing was saved: {detail}',
    retried: false,
  },
  BAD_INPUT: {
    area: 'routes',
    meaning: 'The doctor was given a missing or malformed address, company id or secret key.',
    check: 'The address starts with `https://`; all three values are given.',
    action: 'Give all three; the address is the host only.',
    message: '{detail}',
    retried: false,
  },
  CONSOLE_REQUEST_INVALID: {
    area: 'routes',
    meaning: 'A sync console route was sent a request it does not accept (a stream it does not know, a wrong field).',
    check: 'The message names each wrong field; docs/sync-settings.md and server/routes/contracts.ts give the shapes.',
    action: 'Correct the request and send it again; the console itself sends valid requests, so reload it.',
    message: 'The request is not valid: {detail}.',
    retried: false,
  },
  RUN_NOT_FOUND: {
    area: 'routes',
    meaning: 'The sync run asked for does not exist, or your role may not read sync runs.',
    check: 'Open the run history again: the run may have been removed, or the link is from another workspace.',
    action: 'Pick the run from the history list; ask an admin for read access to Metakocka sync runs if none show.',
    message: 'Sync run {recordId} was not found.',
    retried: false,
  },
} satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof en;
export type ErrorLanguage = 'en';

export const errorCatalogue: Record<ErrorLanguage, Record<ErrorCode, ErrorEntry>> = { en };

export const errorCodes = Object.keys(en) as ErrorCode[];

export type ErrorParams = Record<string, string | number>;

/**
 * The message of `code` with its `{name}` placeholders filled from `params`. A placeholder without a parameter stays
 * visible as `{name}` rather than failing: an error being raised must not throw a second one.
 */
export function renderError(code: ErrorCode, params: ErrorParams = {}, lang: ErrorLanguage = 'en'): string {
  return errorCatalogue[lang][code].message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
