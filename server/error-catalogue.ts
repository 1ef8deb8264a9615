// Every error code the app raises, stores or answers with, in one place (issue 13 item 7): what it means, how to
// check, what to do, and the message rendered from named parameters. Features store a code and its parameters, and
// the sentence is rendered in the reader's language; docs/troubleshooting.md is generated from this file
// (scripts/troubleshooting.ts, docs/sl/troubleshooting.md from the Slovenian texts). Languages are keyed
// (`errorCatalogue.sl[code]`); Slovenian is typed against the English codes, so a code without it fails the typecheck.
import { fillMessage, type Language, type Message } from 'plugin/constants/plural';

/** Where a code comes from; the troubleshooting tables are grouped by it. */
export type ErrorArea =
  'metakocka' | 'twenty' | 'credentials' | 'sync' | 'documents' | 'settings' | 'alerts' | 'reports' | 'routes';

/** The texts of a code in one language. */
export interface ErrorTexts {
  /** What happened, in a user's words. */
  meaning: string;
  /** How to check it: where to look, what to compare. */
  check: string;
  /** What to do about it. */
  action: string;
  /** The message with `{name}` placeholders for named parameters (ids, calls, codes; never a secret); plural forms
   *  picked by the `count` parameter where it counts something. */
  message: Message;
  /** Words a parameter names by key: `{reason}` with params.reason = "timeout" shows terms["reason.timeout"]. A term
   *  may hold placeholders itself. Parameters stay keys and ids, so each language words them its own way. */
  terms?: Record<string, string>;
  /** Next steps more precise than `action`, picked by the `next` parameter (a key), with placeholders of their own. */
  nextSteps?: Record<string, string>;
}

export interface ErrorEntry extends ErrorTexts {
  area: ErrorArea;
  /** True only if the app retries it by itself. */
  retried: boolean;
  /** How bad it is, set on every issue the code raises (issue 17): CRITICAL stops a stream (refused credentials,
   *  exhausted quota, invalid settings), ERROR leaves one record behind, WARNING needs a look, INFO needs nothing. */
  severity: ErrorSeverity;
}

export type ErrorSeverity = 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO';

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
    message: '{reason} during {method}{details}.',
    terms: {
      'reason.unreachable': 'Metakocka could not be reached (no connection to the server)',
      'reason.timeout': 'Metakocka did not answer in time',
      'reason.server-error': 'Metakocka answered with a server error',
      'reason.rate-limited': 'Metakocka asked us to slow down (HTTP 429)',
      'reason.malformed': 'Metakocka sent an answer that is not valid JSON',
    },
    retried: true,
    severity: 'WARNING',
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
    severity: 'CRITICAL',
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
    severity: 'CRITICAL',
  },
  MK_AUTH: {
    area: 'metakocka',
    meaning: 'Metakocka refused the company id or the secret key.',
    check: "Compare the company id in the settings with Metakocka's Settings → API; run **Test connection**.",
    action:
      'Copy the company id and secret key again from Metakocka (Settings → API) and save them in the app ' +
      'settings.',
    message: 'Metakocka refused {company} or its secret key (opr_code {oprCode}) during {method}.',
    terms: { 'company.none': 'the company id', 'company.id': 'company id {companyId}' },
    retried: false,
    severity: 'CRITICAL',
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
    severity: 'CRITICAL',
  },
  MK_QUOTA: {
    area: 'metakocka',
    meaning: 'Too many calls in a period (opr_code 5, "Quote exceeds").',
    check: 'The health banner and the run summary show it; it passes after a few minutes.',
    action: 'Wait: the sync pauses for several minutes and continues. Lower the sync frequency if it happens often.',
    message: "Metakocka's call quota is used up (opr_code {oprCode}) during {method}.",
    retried: true,
    severity: 'CRITICAL',
  },
  MK_VALIDATION: {
    area: 'metakocka',
    meaning:
      'Metakocka refused a value; when it lists the accepted values ("Valid values : …") the issue names the ' +
      'field and shows them.',
    check: 'Open the issue: it names the record and the field. In the doctor, the API user may lack read rights.',
    action:
      'Correct the field on the record (or use one of the listed values), then select it in the issue inbox (Metakocka → Sync issues) and choose **Retry now**.',
    message: 'Metakocka rejected {value} (opr_code {oprCode}) during {method}: {oprDesc}',
    terms: { 'value.none': 'a value', 'value.field': 'a value of {field}' },
    nextSteps: {
      allowedField: 'Use one of the values Metakocka accepts for "{field}": {allowed}.',
      allowed: 'Use one of the values Metakocka accepts: {allowed}.',
      correctField: 'Correct "{field}" on the record, then retry it from the inbox.',
      correct: 'Correct the value named in the message on the record, then retry it from the inbox.',
    },
    retried: false,
    severity: 'ERROR',
  },
  MK_NOT_FOUND: {
    area: 'metakocka',
    meaning: 'The record no longer exists in Metakocka (for example a document deleted in the Metakocka UI).',
    check: 'Look the record up in Metakocka by the id the issue names.',
    action: 'Nothing: the next full sync marks it as deleted.',
    message: 'Metakocka has no such record (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
    severity: 'INFO',
  },
  MK_REFUSED: {
    area: 'metakocka',
    meaning: "A business rule refused the change (opr_code 6, e.g. \"Profit center 'X' doesn't exist.\").",
    check: "Read Metakocka's own words at the end of the message; they name the setting or the value.",
    action:
      'Correct the record or the setting Metakocka names, then select the issue in the issue inbox (Metakocka → ' +
      'Sync issues) and choose **Retry now**.',
    message: 'Metakocka refused the request (opr_code {oprCode}) during {method}: {oprDesc}',
    retried: false,
    severity: 'ERROR',
  },
  MK_UNKNOWN: {
    area: 'metakocka',
    meaning: 'An answer the app does not understand (an unknown opr_code or an unexpected shape).',
    check: 'Run the doctor, or choose **Retry now** on the issue once in the issue inbox (Metakocka → Sync issues).',
    action: 'If it fails again, report the message to support (it never contains the secret key).',
    message: 'Metakocka failed with an unexpected answer (opr_code {oprCode}) during {method}: {oprDesc}',
    terms: {
      'oprCode.none': 'none',
      'oprDesc.shape': 'the answer does not have the documented shape (first fields that do not fit: {fields})',
    },
    retried: false,
    severity: 'ERROR',
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
      "Metakocka's {what} {mkId} in the {method} answer cannot be read ({field}: {problem}); it was left out, the " +
      'rest was synced.',
    terms: {
      'what.product': 'product',
      'what.partner': 'partner',
      'what.document': 'document',
      'what.warehouse': 'warehouse',
      'mkId.none': '(without an mk_id)',
      'field.': 'the record itself',
      'problem.missing': 'missing',
      'problem.wrongType': 'a value of the wrong type',
      'problem.number': 'not a number',
      'problem.count': 'not a whole number',
      'problem.date': 'not a date',
      'problem.timestamp': 'not a date and time',
      'problem.boolean': 'not true or false',
      'problem.id': 'not an id',
      'problem.text': 'not text',
      'problem.invalid': 'not a value the app can read',
    },
    retried: false,
    severity: 'ERROR',
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
    terms: {
      'cause.unreachable': 'unreachable',
      'cause.timeout': 'timeout',
      'cause.server-error': 'server-error',
      'cause.rate-limited': 'rate-limited',
      'cause.malformed': 'malformed',
      'cause.too-large': 'too large to read',
    },
    retried: false,
    severity: 'WARNING',
  },
  MK_PARTNER_GONE: {
    area: 'sync',
    meaning: 'The Metakocka partner a company or person is linked to no longer exists (deleted in the Metakocka UI).',
    check: 'Look the partner up in Metakocka by the id the message names.',
    action: 'Unlink the record from Metakocka (record action) to create it again, or exclude it from the sync.',
    message: 'Metakocka partner {mkId} no longer exists.',
    retried: false,
    severity: 'ERROR',
  },
  CRM_RATE_LIMITED: {
    area: 'twenty',
    meaning: "Twenty's API rate limit was reached.",
    check: 'The run summary shows it; it passes by itself.',
    action: 'Nothing: the step is retried later with a delay.',
    message: "Twenty's API rate limit was reached ({detail}).",
    retried: true,
    severity: 'WARNING',
  },
  CRM_UNAVAILABLE: {
    area: 'twenty',
    meaning: 'Twenty did not answer (network failure, timeout, HTTP 5xx, internal error).',
    check: "Check the Twenty server's health and logs at the time of the run.",
    action: 'Nothing: the step is retried. If it persists, check the Twenty server.',
    message: 'Twenty did not answer the request: {detail}.',
    retried: true,
    severity: 'WARNING',
  },
  CRM_VALIDATION: {
    area: 'twenty',
    meaning:
      'Twenty refused the data the sync wrote (a value it does not accept); the same data would be refused ' + 'again.',
    check: "The message names the record and Twenty's reason; compare it with its Metakocka source.",
    action: 'Correct the record named in the issue (or its Metakocka source); the next run picks it up.',
    message: 'Twenty refused the data: {detail}.',
    retried: false,
    severity: 'ERROR',
  },
  CRM_UPSERT_CONFLICT: {
    area: 'twenty',
    meaning:
      'A record the sync wrote matched more than one existing Twenty record (by its id, Metakocka id, website ' +
      'domain or primary e-mail), so Twenty refused to pick one and saved nothing of that write.',
    check: 'Look in Twenty for records sharing a Metakocka id, website domain or primary e-mail with the record named.',
    action: 'Merge the duplicates in Twenty or correct the shared value, then resync.',
    message:
      'Twenty found several existing records the sync could update (same Metakocka id, domain or primary e-mail) and ' +
      'refused to choose; nothing of that write was saved.',
    retried: false,
    severity: 'ERROR',
  },
  CRM_NOT_FOUND: {
    area: 'twenty',
    meaning: 'A Twenty record the sync holds an id of no longer exists.',
    check: 'Look for the record in Twenty, including deleted records.',
    action: 'Resync the record or unlink it from Metakocka.',
    message: 'Twenty could not find the record: {detail}.',
    retried: false,
    severity: 'ERROR',
  },
  CRM_AUTH: {
    area: 'twenty',
    meaning: "Twenty refused the app's credentials or a query the workspace schema does not know.",
    check: 'Settings → Applications: is the Metakocka app installed and at its latest version?',
    action: 'Reinstall or upgrade the Metakocka app in Twenty; if it persists, contact the workspace admin.',
    message: "Twenty refused the app's credentials or query: {detail}.",
    retried: false,
    severity: 'CRITICAL',
  },
  CRM_SCHEMA: {
    area: 'twenty',
    meaning: "Twenty's schema does not match the app: an object or field it needs is missing.",
    check: 'Settings → Data model: do the Metakocka objects and fields exist?',
    action: 'Upgrade the Metakocka app so its objects and fields exist in this workspace.',
    message: "Twenty's schema does not match the app: {detail}.",
    retried: false,
    severity: 'CRITICAL',
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
    message: '{problem}',
    terms: {
      'problem.none':
        'No credential encryption key is configured (`{variable}` is empty), so no personal key can be stored.',
      'problem.malformedEntry':
        'Key {position} in `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` is not 32 bytes in base64 or hex.',
      'problem.keyMissing':
        'The stored credential of member {workspaceMemberId} was encrypted with key {keyId}, which is not configured.',
    },
    nextSteps: {
      none: 'A Metakocka manager rotates the encryption key under Settings → Metakocka (this creates one); then save your key again.',
      malformedEntry:
        'Rotate the encryption key from the Metakocka settings page, or set the variable to 32 random bytes in base64.',
      keyMissing:
        'Restore the previous `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY`, or ask the member to enter their Metakocka key again.',
    },
    retried: false,
    severity: 'CRITICAL',
  },
  CREDENTIAL_TAMPERED: {
    area: 'credentials',
    meaning: "A member's stored personal key does not open with its integrity check: it was changed outside the app.",
    check: "The administrator's list of members shows which credential.",
    action: 'Ask the member to enter their Metakocka secret key again on "My Metakocka account".',
    message: '{problem} It cannot be trusted.',
    terms: {
      'problem.notEnvelope': 'The stored credential of member {workspaceMemberId} is not a {version} envelope.',
      'problem.envelopeShape':
        'The stored credential of member {workspaceMemberId} has a {nonceBytes}-byte nonce and a {tagBytes}-byte tag ' +
        '(expected {expectedNonce} and {expectedTag}).',
      'problem.integrity': 'The stored credential of member {workspaceMemberId} failed its integrity check.',
    },
    retried: false,
    severity: 'ERROR',
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
    severity: 'ERROR',
  },
  CREDENTIALS_MISSING: {
    area: 'credentials',
    meaning: 'Metakocka is not configured: the company id or the secret key is not set.',
    check: 'Settings → Metakocka shows which is missing.',
    action:
      'An administrator enters the company id and secret key under Settings → Metakocka and tests the ' + 'connection.',
    message: 'Metakocka is not configured: {missing}.',
    terms: {
      'missing.companyId': 'the company id is not set',
      'missing.secretKey': 'the secret key is not set',
      'missing.both': 'the company id and the secret key are not set',
    },
    retried: false,
    severity: 'CRITICAL',
  },
  CREDENTIAL_INPUT: {
    area: 'credentials',
    meaning: 'A value entered on a credential form is missing or malformed; nothing was saved.',
    check: 'The answer names the field.',
    action: 'Correct the named field and save again.',
    message: '{problem}',
    terms: {
      'problem.companyIdDigits':
        'The company id must be the number Metakocka shows under Settings → API (digits only).',
      'problem.companyIdTooLong':
        'The company id is too long: {length} digits, and a Metakocka company id has at most {max}.',
      'problem.secretKeyTooLong':
        'The secret key is too long: {length} characters, and a Metakocka secret key has at most {max}.',
      'problem.rotateNothing':
        'No personal key is stored, so there is nothing to re-encrypt; the encryption key was left as it is.',
      'problem.secretKeyBlank': 'The secret key is empty or contains spaces or line breaks.',
      'problem.endpointChoice': '"{given}" is not an endpoint choice.',
      'problem.customUrlInvalid': 'The custom address is not a URL.',
      'problem.customUrlInsecure':
        'The custom address must use https (plain http is allowed only for a server on this machine).',
      'problem.customUrlPath': 'The custom address must be the server only, without a path: {origin}.',
      'problem.policyUnknown': '"{given}" is not a personal-credential policy.',
      'problem.revokeNoMember': 'No member was named to revoke.',
      'problem.revokeNothing': 'Member {workspaceMemberId} has no personal Metakocka credential.',
      'problem.personalOff': 'Personal Metakocka credentials are switched off in this workspace.',
      'problem.otherCompany':
        'This workspace syncs Metakocka company {workspaceCompanyId}; a key for company {companyId} cannot act on it ' +
        '(Metakocka ids are per company).',
      'problem.callerUnknown': 'Twenty did not say which workspace member you are.',
      'problem.requestInvalid': 'The request is not valid: {detail}.',
    },
    nextSteps: {
      companyIdDigits: 'Copy the company id from Metakocka (Nastavitve → API) and paste it without spaces.',
      companyIdTooLong:
        'Copy the company id from Metakocka (Nastavitve → API) again; it is a short number such as 4411.',
      secretKeyTooLong: 'Copy only the secret key from Metakocka (Nastavitve → API), without the text around it.',
      rotateNothing: 'Rotate the key once members have stored their own Metakocka keys.',
      secretKeyBlank: 'Copy the secret key from Metakocka (Nastavitve → API) again and paste it as one word.',
      endpointChoice: 'Choose production, development or a custom address.',
      customUrlInvalid: 'Enter the address of your Metakocka server, such as https://metakocka.example.si.',
      customUrlInsecure: 'Enter the https:// address of your Metakocka server.',
      customUrlPath: 'Enter {origin} instead.',
      policyUnknown: 'Choose one of {choices}.',
      revokeNoMember: 'Pick the member from the list of personal credentials.',
      revokeNothing: 'Reload the list; it may have been removed already.',
      personalOff: 'Ask an administrator to allow them under Settings → Metakocka.',
      otherCompany: 'Enter the secret key of your Metakocka user in company {workspaceCompanyId}.',
      callerUnknown: 'Sign in to Twenty again and retry.',
      requestInvalid: 'Send the form again from the Metakocka settings page (wrong fields: {fields}).',
    },
    retried: false,
    severity: 'ERROR',
  },
  VARIABLE_WRITE: {
    area: 'credentials',
    meaning: "Twenty refused to store one of the app's variables (the organisation's key or endpoint).",
    check: "The message names the variable and Twenty's answer.",
    action: "Try again; if it repeats, ask a Twenty administrator to check the app's variables.",
    message: '{problem}',
    terms: {
      'problem.notWritten': 'The app never writes {variable}.',
      'problem.refused': 'Twenty did not save the application variable {variable}: {detail}.',
    },
    nextSteps: {
      notWritten: 'Set it in Twenty under Settings → Applications → Metakocka → Variables.',
      refused: "Check that the app's role holds the Applications permission (Settings → Roles), then try again.",
    },
    retried: false,
    severity: 'ERROR',
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
    severity: 'CRITICAL',
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
    severity: 'CRITICAL',
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
    terms: { 'savedFor.none': 'an unrecorded endpoint' },
    retried: false,
    severity: 'WARNING',
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
    message: '{problem}',
    terms: {
      'problem.companyNoName': 'The company has no name, and Metakocka requires one.',
      'problem.personNoName': 'The person has no name, and a Metakocka contact needs one.',
      'problem.productNoName': 'Product {product} (mk_id {mkId}) has no name.',
      'problem.stockRow':
        'Row {row} of the stock list (stock_list[{index}]), field "{field}": {given}, not {kind}. Nothing in this ' +
        'stock webhook call was applied.',
      'field.row': 'the row itself',
      'given.': 'missing',
      'kind.object': 'an object',
      'kind.productId': 'a product id',
      'kind.warehouseId': 'a warehouse id',
      'kind.amount': 'a decimal number such as "12" or "863,75"',
      'problem.documentType': 'Document {mkId} has type "{docType}", which is not a sales document this app syncs.',
      'docType.': '(none)',
      'problem.subCent': 'Document {document} has {figure} {amount}, with digits below the cent.',
      'problem.lineNoRowId': 'Line {line} of document {document} has no mk_row_id.',
      'problem.discount': 'Discount "{discount}" is not a percentage or a ";"-separated chain of percentages.',
      'problem.actionInvalid': 'The document action is not valid: {fields}.',
      'problem.tooManyLines': 'A document made from an opportunity has at most {max} lines, and this one has {count}.',
      'problem.opportunityMissing': 'Opportunity {opportunityId} does not exist.',
      'problem.opportunityNoCustomer': 'Opportunity "{name}" has no company and no point of contact.',
      'problem.lineProductMissing': 'Line {line}: product {productId} does not exist.',
      'problem.lineNoPrice': 'Line {line}: product {code} has no net price.',
      'problem.noCustomer': 'The document has no customer.',
      'problem.customerGone': "The document's {object} {id} no longer exists in Twenty.",
      'problem.customerUnlinked':
        'The {object} "{name}" is not linked to a Metakocka partner, so Metakocka would not know the customer.',
      'problem.customerNoAddress':
        'The Metakocka partner of the {object} "{name}" has no address, and Metakocka needs one on a document.',
      'object.company': 'company',
      'object.person': 'person',
      'objects.company': 'companies',
      'objects.person': 'people',
      'problem.lineNoCode': '{where} has no product code.',
      'problem.lineNotNumber': '{where} has {column} "{value}", which is not a number.',
      'problem.lineQuantity': '{where} has quantity {value}; it must be more than zero.',
      'problem.lineTaxCode':
        '{where} has tax code "{taxCode}"; Metakocka needs a tax code on every line (API.md §6 item 14).',
      'where.line': 'Line {line}',
      'where.lineCode': 'Line {line} ({code})',
      'column.quantity': 'quantity',
      'column.unitPrice': 'unit price',
      'taxCode.': '(none)',
      'problem.customerNotLinked': 'The customer is not linked to a Metakocka partner address yet.',
      'problem.noLines': 'The document has no lines.',
      'problem.currency': 'Currency "{currency}" is not a three-letter ISO code.',
      'problem.noBuyerOrder': 'The document has no buyer order number.',
    },
    nextSteps: {
      companyNoName: 'Name the company in Twenty; it is pushed on the next change.',
      personNoName: 'Give the person a name in Twenty.',
      productNoName: 'Name the product in Metakocka; the next run picks it up.',
      stockRow:
        "Check the product's stock rows in Metakocka; the stored stock is unchanged and the scheduled product sync " +
        'reads it again.',
      documentType: 'Nothing to do: only offers, orders, invoices and credit notes are synced.',
      subCent: 'Check the document in Metakocka; the sync stores money only to the cent.',
      lineNoRowId: 'Read documents with show_product_detail "true" so lines carry their row id (API.md §2.5).',
      discount: 'Write discounts as numbers such as 10 or 10;5 (no % sign), as Metakocka requires.',
      actionInvalid:
        'Send { action: push|change-status|delete|get-pdf, documentId } or { action: create-from-opportunity, ' +
        'opportunityId, documentType, lines }.',
      tooManyLines:
        'Make it with the first {max} lines and add the rest in Metakocka, or make a second document for them.',
      opportunityMissing: 'Run the action from an existing opportunity.',
      opportunityNoCustomer: 'Set the customer on the opportunity, then run the action again.',
      lineProductMissing: 'Pick products from the Metakocka product list.',
      lineNoPrice: 'Enter a unit price for the line.',
      noCustomer: 'Set the company (or, for a private customer, the person) on the document, then push it again.',
      customerGone: 'Pick an existing customer on the document.',
      customerUnlinked:
        'Open the {object} and run "Link to Metakocka partner" from the command menu (Ctrl+K) with the partner\'s ' +
        'code or tax number, or let the sync create the partner by sending {objects} to Metakocka (Metakocka sync ' +
        'settings; a record excluded from the sync must be included again first). Then try again.',
      customerNoAddress:
        'Add the partner\'s address in Metakocka, run "Resync with Metakocka" on the {object}, then try again.',
      lineNoCode:
        'Pick a Metakocka product for every line; Metakocka only accepts catalogue products (API.md §6 item 13).',
      lineNotNumber: 'Enter the {column} as a number such as 2 or 8.50.',
      lineQuantity: 'Enter a positive quantity or remove the line.',
      lineTaxCode: 'Use one of {codes}.',
      customerNotLinked:
        'Push the company or person to Metakocka first (the document push does this by itself when it can).',
      noLines: 'Add at least one product line before sending it to Metakocka.',
      currency: 'Set the currency to a code such as EUR.',
      noBuyerOrder: 'This is a bug: the app sets one for every document it sends.',
    },
    retried: false,
    severity: 'ERROR',
  },
  AMBIGUOUS_MATCH: {
    area: 'sync',
    meaning:
      'More than one existing Twenty record could be the match for a Metakocka partner; the sync refuses to ' +
      'guess.',
    check: 'The message lists the candidate records.',
    action: 'Merge the duplicates in Twenty, or set the Metakocka id on the right record, then resync.',
    message: {
      one: '{what} matches {count} existing Twenty record ({candidates}); nothing was created or bound.',
      other: '{what} matches {count} existing Twenty records ({candidates}); nothing was created or bound.',
    },
    terms: {
      'what.partner': 'Partner {countCode} (tax number {taxNumber})',
      'what.email': 'E-mail {email}',
      'what.company': 'Company "{name}" (tax number {taxNumber})',
      'what.product': 'Product code {code}',
    },
    retried: false,
    severity: 'ERROR',
  },
  UNIQUE_CLASH: {
    area: 'sync',
    meaning: 'A unique value in Twenty (person e-mail, company domain) already belongs to another linked record.',
    check: 'The message names the value and the record that holds it.',
    action: 'Correct the value on one of the two records (in Twenty or Metakocka); the next run picks it up.',
    message:
      'E-mail {email} of Metakocka contact {contactId} already belongs to another Twenty person ({holderId}); it ' +
      "was not set as this person's primary e-mail.",
    terms: { 'holderId.': 'one this run synced first' },
    nextSteps: { email: 'Merge the two people in Twenty or correct the e-mail in Metakocka.' },
    retried: false,
    severity: 'ERROR',
  },
  PARTNER_HELD: {
    area: 'sync',
    meaning:
      'A Twenty company has the tax number of a Metakocka partner that another Twenty company is already linked ' +
      'to: the two companies are duplicates, and only one can be linked.',
    check: 'The message names both companies; open them in Twenty and compare.',
    action: 'Merge the two companies in Twenty, or correct the tax number of this one; the next run picks it up.',
    message:
      'Company "{name}" has the tax number {taxNumber} of Metakocka partner {countCode}, which is already linked ' +
      'to another Twenty company ({holderId}); it was not linked.',
    retried: false,
    severity: 'ERROR',
  },
  CUSTOMER_BINDING_CONFLICT: {
    area: 'documents',
    meaning:
      "A document was not sent to Metakocka because its customer's Metakocka binding changed outside the sync: " +
      'the customer now names a partner nobody confirmed.',
    check:
      'Open the issue inbox: the customer has a binding conflict showing the partner it was synced with and the one it ' +
      'names now.',
    action:
      'A Metakocka manager settles the binding conflict (keep Metakocka restores the synced partner, keep Twenty ' +
      'accepts the new one); then push the document again.',
    message:
      'The {object} "{name}" now names Metakocka partner {partner}, but the sync last linked it to {syncedPartner}; ' +
      'the document was not sent to Metakocka until the binding conflict is settled.',
    terms: { 'object.company': 'company', 'object.person': 'person' },
    retried: false,
    severity: 'ERROR',
  },
  PARTNER_VALUE_KEPT: {
    area: 'sync',
    meaning:
      "Metakocka kept a partner's value that was changed in Twenty, usually one cleared there: Metakocka's " +
      'update_partner keeps a field sent empty, and its API has no documented way to clear one.',
    check: "Compare the field on the Twenty record with the partner in Metakocka (Partners, the partner's card).",
    action:
      'Clear or change the value in Metakocka by hand; the next sync sees both sides agree and closes this issue. ' +
      'Until then Twenty keeps its value and the sync does not bring Metakocka’s back.',
    message: 'Metakocka kept {field} "{value}" after the sync sent the value from Twenty; Twenty keeps its own value.',
    terms: {
      'field.name': 'the name',
      'field.address': 'the address',
      'field.taxNumber': 'the tax number',
      'field.vatPayer': 'the VAT payer flag',
      'field.email': 'the e-mail',
      'field.phone': 'the phone number',
    },
    retried: false,
    severity: 'WARNING',
  },
  MAINTENANCE_HOLDS_WRITES: {
    area: 'documents',
    meaning:
      'The sync is in maintenance (sync console), which holds every push: the document action sent nothing to ' +
      'Metakocka.',
    check: 'The sync console shows maintenance on, with who turned it on and when.',
    action: 'Run the action again once a manager ends maintenance in the sync console.',
    message: 'The sync is in maintenance, so nothing was sent to Metakocka; the document is unchanged.',
    retried: false,
    severity: 'WARNING',
  },
  RECORD_EXCLUDED: {
    area: 'sync',
    meaning: '"Resync" ran on a record excluded from the sync; nothing was read or written for it.',
    check: "The record's Metakocka sync status says it is excluded.",
    action: 'Run "Include in Metakocka sync again" on the record (needs the Manage Metakocka permission).',
    message: 'This {object} is excluded from the Metakocka sync, so it was not resynced; nothing was read or written.',
    terms: { 'object.company': 'company', 'object.person': 'person', 'object.metakockaProduct': 'product' },
    retried: false,
    severity: 'INFO',
  },
  TIMELINE_REFUSED: {
    area: 'twenty',
    meaning:
      "Twenty refused the app's batch write of sync events to record timelines (or does not know the app's timeline " +
      'activity type). The sync itself went on; only the timeline rows of this run are missing.',
    check:
      'Settings → Applications → Metakocka: is the app at its latest version, and is the "Metakocka sync" timeline ' +
      'activity type active?',
    action:
      'Update or reinstall the app, or turn the timeline activity type back on; the next run writes its events again. ' +
      'Resolve this issue once done.',
    message: 'Twenty refused the sync timeline events: {detail}. The sync went on without them.',
    retried: false,
    severity: 'INFO',
  },
  CONFLICT: {
    area: 'sync',
    meaning:
      'A linked record changed in Twenty and in Metakocka under the conflict policy `ask`. The issue lists the ' +
      'fields that differ (for documents `lines` included) with both values.',
    check:
      'Open the issue in the issue inbox (Metakocka → Sync issues): the conflict view shows both values of each ' +
      'field, when each side changed and who last edited the Twenty record.',
    action:
      'Neither side is written until you choose. In the conflict view pick, per field or for the whole record, ' +
      '**Keep Twenty**, **Keep Metakocka** or type a merged value; a document is kept whole (keeping Twenty pushes ' +
      'it; offers and orders only). The value that lost is kept on the issue so a manager can restore it.',
    message: '{change}; nothing was written on either side.',
    terms: {
      'change.field': '"{field}" changed in both Twenty and Metakocka since the last sync',
      'change.record': 'The record changed in both Twenty and Metakocka since the last sync and differs in {fields}',
      'change.binding':
        "The {recordObject}'s Metakocka binding (partner/contact) changed outside the sync: last synced {synced}, " +
        'now {current}',
      'recordObject.company': 'company',
      'recordObject.person': 'person',
      'synced.': 'none',
      'current.': 'none',
    },
    nextSteps: {
      choose:
        'Open the conflict in the issue inbox (Metakocka → Sync issues) and keep the Twenty value, the Metakocka ' +
        'value or a merged one.',
      binding:
        'A Metakocka manager resolves it: keep Metakocka restores the synced binding, keep Twenty accepts the new ' +
        'one (Metakocka\'s values then come in). To bind a record to a partner, use "Link to Metakocka partner".',
    },
    retried: false,
    severity: 'WARNING',
  },
  CONFLICT_NOT_OPEN: {
    area: 'sync',
    meaning: 'A conflict resolution named an issue that is not an open conflict, or the request is malformed.',
    check: 'Reload the issue inbox: the conflict may have been resolved already.',
    action: 'Pick an open conflict in the issue inbox and choose again.',
    message: '{problem}',
    terms: {
      'problem.requestInvalid': 'The request to resolve a conflict is not valid ({detail}).',
      'problem.notOpen': 'Issue {issueId} is not an open conflict.',
      'problem.mergedLink': 'A merged value cannot be written for a Metakocka link.',
      'problem.mergedDocument': 'A merged value cannot be written for a sales document, which is kept whole.',
      'problem.notText': '"{field}" is not a text field, so a typed value cannot be written to it.',
      'problem.recordGone': 'The {object} {recordId} no longer exists.',
      'problem.bindingSettled': 'The binding of {object} {recordId} is no longer in conflict.',
      'problem.bindingHeld':
        'The synced binding (partner/contact {binding}) is now held by {holderObject} "{holderName}" ({holderId}).',
      'problem.partnerMissing': 'The Metakocka partner of {object} {recordId} cannot be found.',
      'problem.contactGone': 'Contact {contactId} is no longer on partner {partnerId}.',
      'problem.notRecordConflict': 'Issue {issueId} is not a conflict about a record.',
      'problem.issueGone': 'Issue {issueId} no longer exists.',
      'problem.nothingToRestore':
        'Issue {issueId} has no single losing value to restore (it is open, was merged, or was restored already).',
      'problem.summaryOnly':
        'A sales document or a Metakocka link cannot be restored from the issue: only its summary was kept.',
      'object.company': 'company',
      'object.person': 'person',
      'holderObject.company': 'company',
      'holderObject.person': 'person',
    },
    nextSteps: {
      requestInvalid: 'Correct {fields}: send { issueId: <conflict issue id>, keep: "twenty" | "metakocka" }.',
      notOpen: 'Reload the conflict list; it may have been resolved already.',
      mergedLink: 'Keep the Twenty or the Metakocka side instead.',
      mergedDocument: 'Keep the Twenty or the Metakocka side instead.',
      notText: 'Keep the Twenty or the Metakocka side instead.',
      recordGone: 'Ignore the issue.',
      bindingSettled: 'Reload the conflict list; it may have been resolved already.',
      bindingHeld: "Resolve that record's binding conflict first, then this one.",
      partnerMissing: 'Resync the record first.',
      contactGone: 'Resync the person.',
      notRecordConflict: 'Reload the issue inbox.',
      issueGone: 'Reload the issue inbox.',
      nothingToRestore: 'Reload the issue inbox.',
      summaryOnly:
        'The audit entry of the resolution shows what the other side held; change the record by hand if needed.',
    },
    retried: false,
    severity: 'INFO',
  },
  INTERNAL: {
    area: 'sync',
    meaning: 'An unexpected error inside the app (a fault, not a data problem).',
    check: 'The function log of the run holds the details (never a secret).',
    action: 'Report it to the app maintainer with the issue key.',
    message: '{detail}',
    retried: false,
    severity: 'ERROR',
  },
  DOCUMENT_REFUSED: {
    area: 'documents',
    meaning:
      "A document action Metakocka's API cannot do or the document's state forbids: an issued invoice, a type " +
      'that cannot be sent or deleted, a document not in Metakocka yet, deletes turned off.',
    check: 'The message says which and names the document.',
    action: 'Follow the message: push the document first, use a sales order, or ask a manager to allow deletes.',
    message: '{problem}',
    terms: {
      'problem.notBound': '{name} is not bound to a Metakocka document.',
      'problem.missingInTwenty': 'Sales document {id} does not exist in Twenty.',
      'problem.issued': '{name} is issued in Metakocka and can no longer be changed.',
      'problem.pushInvoice': '{name} is an invoice or credit note; only offers and orders are sent from Twenty.',
      'problem.pushUntyped': '{name} is of no document type; only offers and orders are sent from Twenty.',
      'problem.statusOrdersOnly': "Metakocka's API cannot change the status of {what}; it can for sales orders only.",
      'problem.deleteOrdersOnly': "Metakocka's API cannot delete {what}; it can for sales orders only.",
      'what.typed': 'offers, invoices or credit notes',
      'what.untyped': 'this document',
      'problem.notPushed': '{name} is not in Metakocka yet.',
      'problem.deletedInMetakocka': '{name} was deleted in Metakocka.',
      'problem.unknownStatus': 'Metakocka has no order status named "{status}" in this company.',
      'problem.unknownStatusUnlisted': 'Metakocka has no order status named "{status}" in this company.',
      'problem.noStatus': 'No status was given.',
      'problem.deleteOff': 'Deleting orders in Metakocka from Twenty is turned off.',
      'problem.reportUnknown':
        'Metakocka publishes a print-out report only for invoices and credit notes (report {billReport}); for ' +
        "{document} ({type}) the report id is your company's own.",
      'problem.pdfNotPushed': '"{name}" is not in Metakocka yet, so Metakocka has no PDF of it.',
      'problem.pdfDeleted': '{document} was deleted in Metakocka, so it cannot be printed any more.',
    },
    nextSteps: {
      notBound: 'Nothing to take from Metakocka; ignore the conflict.',
      missingInTwenty: 'Open the document from its list and try again.',
      issued: 'Make a credit note or a new document in Metakocka instead.',
      pushInvoice: 'Invoices and credit notes are made and changed in Metakocka; the sync brings them here.',
      pushUntyped: 'Invoices and credit notes are made and changed in Metakocka; the sync brings them here.',
      statusOrdersOnly: 'Change it in Metakocka; the sync shows the result here.',
      deleteOrdersOnly: 'Delete it in Metakocka; the sync shows the result here.',
      notPushed: 'Push it to Metakocka first.',
      deletedInMetakocka: 'Nothing to do in Metakocka; the record is kept for its history.',
      unknownStatus: 'Choose one of the statuses Metakocka knows: {choices}.',
      unknownStatusUnlisted: 'Write the status exactly as it is named in Metakocka (Settings → Document statuses).',
      noStatus: 'Pick the status as it is named in Metakocka, e.g. "Odpremljen".',
      deleteOff: 'An admin can allow it in the Metakocka sync settings; or delete the order in Metakocka.',
      reportUnknown:
        "In Metakocka, open the document's print view and add &dump_for_report_rest=true to its address to see its " +
        'report_id; then set it once in the sync settings (documents.offerReportId / orderReportId) or run "Get ' +
        'document PDF" with that reportId.',
      pdfNotPushed: 'Push it to Metakocka first ("Push document to Metakocka"), then get the PDF.',
      pdfDeleted: 'Use a PDF attached earlier, or restore the document in Metakocka.',
    },
    retried: false,
    severity: 'ERROR',
  },
  DOCUMENT_READ_BACK_MISMATCH: {
    area: 'documents',
    meaning:
      'After a write, the document Metakocka stored does not match what was sent (lines or totals). It exists; ' +
      'nothing is re-sent.',
    check: "Compare the document in Metakocka with Twenty's; the message names the difference.",
    action: 'Correct the document in Metakocka or Twenty; the next run syncs it.',
    message:
      'Metakocka holds {document} differently from what was sent. Lines sent: {sentLines}; found: {foundLines}. ' +
      'Net total sent {netSent}, found {netFound}; gross total sent {grossSent}, found {grossFound}. Twenty now ' +
      "shows Metakocka's version.",
    terms: {
      'sentLines.': 'none',
      'foundLines.': 'none',
      'netSent.': 'unknown',
      'netFound.': 'unknown',
      'grossSent.': 'unknown',
      'grossFound.': 'unknown',
    },
    nextSteps: { readBack: 'Check the document in Metakocka; nothing was sent again.' },
    retried: false,
    severity: 'WARNING',
  },
  TOTALS_MISMATCH: {
    area: 'documents',
    meaning: "Metakocka's sums disagree with its own lines; the document was stored with Metakocka's figures.",
    check: 'Open the document in Metakocka and add up its lines.',
    action: 'Correct the document in Metakocka if its totals are wrong; the next run reads it again.',
    message: { one: '{finding}', other: '{finding} ({more} more: {figures})' },
    terms: {
      'finding.mismatch':
        "Metakocka's {figure} for document {document} (mk_id {mkId}) is {shown} but its lines add up to " +
        "{recomputed}; the document was stored with Metakocka's figures.",
      'finding.unknownTax':
        'Document {document} (mk_id {mkId}) has lines with tax code "{figure}" whose VAT rate is not known, so its ' +
        'VAT could not be checked.',
      'shown.': 'missing',
      'figure.': '(none)',
    },
    nextSteps: {
      mismatch:
        'Open the document in Metakocka and check its lines, discounts and tax codes; the next pull re-checks it.',
      unknownTax:
        "Nothing is lost: the document keeps Metakocka's figures. Report the tax code so its rate can be added.",
    },
    retried: false,
    severity: 'WARNING',
  },
  DOCUMENT_KEPT_NOT_SENT: {
    area: 'documents',
    meaning:
      "Under the documents conflict policy `twenty-wins`, Twenty's version could not be sent to Metakocka " +
      '(invoices, credit notes and issued documents are never pushed, or the push failed).',
    check: 'The message says which; the two sides differ.',
    action: 'Change the document in Metakocka, or use the policy `ask` or `metakocka-wins` for documents.',
    message:
      'The document changed in both Twenty and Metakocka; the documents conflict policy "twenty-wins" keeps ' +
      "Twenty's version, but it could not be sent to Metakocka: {cause}",
    nextSteps: { cause: '{causeAction} Until then Twenty keeps its version and the two differ.' },
    retried: false,
    severity: 'WARNING',
  },
  DOCUMENT_WRITE_PENDING: {
    area: 'documents',
    meaning: 'A document create whose answer was lost, and which Metakocka does not have (yet).',
    check: 'Look for the document in Metakocka by its buyer order number.',
    action: 'Nothing: it is safe to try again, and the sync does.',
    message: "Metakocka's answer to creating {buyerOrder} was lost and the document is not there.",
    retried: true,
    severity: 'INFO',
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
    message: '{problem}',
    terms: {
      'problem.refused': 'Metakocka refused to print {document} with report {reportId}: {oprDesc}',
      'problem.notPdf': 'Metakocka answered report {reportId} for {document} with {contentType}, not a PDF.',
      'oprDesc.': 'it gave no reason.',
    },
    nextSteps: {
      refused: 'Check the report id and that the document still exists in Metakocka, then try again.',
      notPdf: 'Use a report id that prints a PDF (the bill print-out is {billReport}).',
    },
    retried: false,
    severity: 'ERROR',
  },
  WORKFLOW_WRITES_OFF: {
    area: 'documents',
    meaning:
      'A workflow step that writes to Metakocka (push, create from opportunity, status change, delete) ran ' +
      'while a manager had turned workflow writes off (`workflows.allowMetakockaWrites`). Nothing was sent.',
    check: 'The sync settings show `workflows.allowMetakockaWrites`.',
    action:
      "Run the action from the record's command menu instead, or ask a manager to turn workflow writes back on in " +
      'the Metakocka sync settings.',
    message:
      'Workflow steps may not write to Metakocka: a manager turned this off (sync setting ' +
      'workflows.allowMetakockaWrites); nothing was sent.',
    retried: false,
    severity: 'INFO',
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
    severity: 'CRITICAL',
  },
  LANGUAGE_INVALID: {
    area: 'settings',
    meaning: 'A language was chosen that the app does not speak; nothing was changed.',
    check: 'The app speaks `en` (English) and `sl` (Slovenian).',
    action: 'Choose English or Slovenian; a member may also choose to follow the workspace default.',
    message: 'The app does not speak {given}; nothing was changed.',
    retried: false,
    severity: 'INFO',
  },
  PREVIEW_NOT_FOUND: {
    area: 'settings',
    meaning: 'A save or a preview request names an impact preview the app does not hold (a typo, or an old one).',
    check: 'The app keeps the last five previews; the console shows the current one.',
    action: 'Start a new preview of the change and save from it.',
    message: 'There is no impact preview {previewId}.',
    retried: false,
    severity: 'INFO',
  },
  PREVIEW_NOT_FINISHED: {
    area: 'settings',
    meaning: 'A save asked to apply a preview that is still running, failed or was cancelled.',
    check: 'The preview status route shows its status and, if it failed, why.',
    action: 'Wait until the preview is done, or start a new one; then save.',
    message: 'The impact preview {previewId} is {status}, not done, so its settings were not saved.',
    terms: { 'status.running': 'still running', 'status.failed': 'failed', 'status.cancelled': 'cancelled' },
    retried: false,
    severity: 'INFO',
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
    severity: 'INFO',
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
    severity: 'ERROR',
  },
  INBOX_REQUEST: {
    area: 'sync',
    meaning:
      'An issue-inbox request was malformed or cannot be done: an unknown filter value, an empty selection, an ' +
      'ignore without a reason, or a merged value for a field the app cannot write.',
    check: 'The message names what is wrong with the request.',
    action: 'Reload the issue inbox and choose again.',
    message: '{problem}',
    terms: {
      'problem.requestInvalid': 'The inbox request is not valid ({detail}).',
      'problem.jobMissing': 'There is no inbox job {jobId}.',
    },
    nextSteps: {
      requestInvalid: 'Reload the issue inbox and choose again (wrong fields: {fields}).',
      jobMissing: 'Reload the issue inbox.',
    },
    retried: false,
    severity: 'INFO',
  },
  ALERT_SETTINGS_INVALID: {
    area: 'alerts',
    meaning: 'An alert settings change names a setting that does not exist or a value out of range.',
    check: 'The message names each setting and what is wrong with it.',
    action: 'Correct it and save again; nothing was stored.',
    message: 'The alert settings are not valid: {problems}.',
    retried: false,
    severity: 'INFO',
  },
  ALERT_WEBHOOK_URL_REFUSED: {
    area: 'alerts',
    meaning:
      'The alert webhook address is not one the app sends alerts to: it must be https, or http on a loopback ' +
      'origin an administrator listed in `METAKOCKA_ALLOWED_ENDPOINTS`; no user name or password in it.',
    check: 'Compare the address with what the receiver (Slack, Teams workflow, your own service) gave you.',
    action: 'Enter the https address of the receiver; nothing was saved or sent.',
    message: 'Alerts are not sent to {url}: use an https address.',
    retried: false,
    severity: 'INFO',
  },
  BAD_INPUT: {
    area: 'routes',
    meaning: 'The doctor was given a missing or malformed address, company id or secret key.',
    check: 'The address starts with `https://`; all three values are given.',
    action: 'Give all three; the address is the host only.',
    message: '{detail}',
    retried: false,
    severity: 'ERROR',
  },
  CONSOLE_REQUEST_INVALID: {
    area: 'routes',
    meaning: 'A sync console route was sent a request it does not accept (a stream it does not know, a wrong field).',
    check: 'The message names each wrong field; docs/sync-settings.md and server/routes/contracts.ts give the shapes.',
    action: 'Correct the request and send it again; the console itself sends valid requests, so reload it.',
    message: 'The request is not valid: {detail}.',
    nextSteps: {
      fields: 'Correct {fields} and send the request again; the console itself sends valid ones, so reload it.',
    },
    retried: false,
    severity: 'INFO',
  },
  ROUTE_REFUSED: {
    area: 'routes',
    meaning:
      'A route of the app refused the caller before doing anything: no signed-in user, a session Twenty did not ' +
      'accept, or no "Manage Metakocka" permission for a manager\'s action.',
    check: "The message says which; an API key or the app's token cannot call the routes members use.",
    action: 'Sign in to Twenty again and retry.',
    message: '{reason}',
    terms: {
      'reason.noSession':
        'This action needs a signed-in Twenty user; the request carried no user session (an API key or app token ' +
        'cannot call it).',
      'reason.noToken': 'Twenty passed no user token to this route, so the caller cannot be identified.',
      'reason.tokenRejected': 'Twenty did not accept your session token.',
      'reason.permissionsUnreadable': 'Your permissions could not be read from Twenty, so the action was refused.',
      'reason.tokenMismatch': 'The session token does not belong to the user who called this route.',
      'reason.noPermission': 'You do not have the "Manage Metakocka" permission needed for this action.',
    },
    nextSteps: {
      signIn: 'Sign in to Twenty again and retry.',
      useApp: 'Sign in to Twenty and use the action from the app, or call the route with a user access token.',
      retry: "Retry in a moment; if it persists, ask an admin to check the app's health.",
      askPermission:
        'Ask a workspace admin to give you the "Manage Metakocka" permission (Settings → Roles), or the Metakocka ' +
        'manager role.',
    },
    retried: false,
    severity: 'INFO',
  },
  ROUTE_UNEXPECTED: {
    area: 'routes',
    meaning: 'The app hit an unexpected error while answering a route (a fault, not a problem with your data).',
    check: 'An admin reads the function logs (`twenty dev:function:logs`); they never hold a secret.',
    action: 'Retry; if it persists, an admin can read the function logs (twenty dev:function:logs).',
    message: 'The Metakocka app hit an unexpected error.',
    retried: false,
    severity: 'ERROR',
  },
  RUN_NOT_FOUND: {
    area: 'routes',
    meaning: 'The sync run asked for does not exist, or your role may not read sync runs.',
    check: 'Open the run history again: the run may have been removed, or the link is from another workspace.',
    action: 'Pick the run from the history list; ask an admin for read access to Metakocka sync runs if none show.',
    message: 'Sync run {recordId} was not found.',
    retried: false,
    severity: 'INFO',
  },
  SYNC_REQUEST_INVALID: {
    area: 'routes',
    meaning:
      'A request to run the sync, act on a record or link a record to a partner does not have the shape the route ' +
      'accepts; nothing was started or changed.',
    check: 'The message names each wrong field; server/routes/contracts.ts gives the shapes.',
    action: 'Correct the named fields and send the request again; the commands in Twenty send valid requests.',
    message: '{problem}',
    terms: {
      'problem.run': 'The run request is not valid: {detail}.',
      'problem.recordAction': 'The record action request is not valid: {detail}.',
      'problem.linkPartner': 'The link request is not valid: {detail}.',
    },
    nextSteps: {
      run: 'Correct {fields}: send { "streams": ["partners", "products"], "dryRun": false }.',
      recordAction:
        'Correct {fields}: send { action: resync|unlink|exclude|include, object: company|person|metakockaProduct, ' +
        'recordId: <uuid> }.',
      linkPartner:
        'Correct {fields}: send { object: company|person, recordId: <uuid>, partnerCode: <code> } or the same with ' +
        'taxNumber.',
    },
    retried: false,
    severity: 'INFO',
  },
  LINK_REFUSED: {
    area: 'sync',
    meaning:
      '"Link to Metakocka partner" was refused: the record or the partner is missing, the record is linked already, ' +
      'the partner is of the other kind (a business or a private person) or another record holds it.',
    check: 'The message names the record, the partner and, when another record holds it, that record.',
    action: 'Follow the next step in the message; nothing was linked.',
    message: '{problem}',
    terms: {
      'problem.recordMissing': 'There is no {object} {recordId}.',
      'problem.alreadyLinked': 'This {object} is already linked to Metakocka (partner/contact {binding}).',
      'problem.businessPartner':
        'Metakocka partner {partnerCode} ("{name}") is a business, so it cannot be linked to a {object}.',
      'problem.privatePartner':
        'Metakocka partner {partnerCode} ("{name}") is a private person, so it cannot be linked to a {object}.',
      'problem.partnerHeld':
        'Metakocka partner {partnerCode} ("{name}") is already linked to {holderObject} "{holderName}" ({holderId}).',
      'problem.noPartnerCode': 'Metakocka has no partner with code {partnerCode}.',
      'problem.noTaxNumber': 'Metakocka has no partner with tax number {taxNumber}.',
      'problem.severalTaxNumber': 'Several Metakocka partners have tax number {taxNumber} (codes {codes}).',
      'object.company': 'company',
      'object.person': 'person',
      'holderObject.company': 'company',
      'holderObject.person': 'person',
    },
    nextSteps: {
      recordMissing: 'Reload the page; the record may have been deleted.',
      alreadyLinked: 'Unlink it first ("Unlink from Metakocka"), then link it again.',
      businessPartner: 'Link it to a company; a contact person is linked through their company.',
      privatePartner: 'Link it to a person.',
      partnerHeld: 'Unlink that {holderObject} first if this record should hold the partner instead.',
      noPartnerCode: 'Check the code in Metakocka (Partners, column "Code") and try again.',
      noTaxNumber: 'Check the tax number, or link by the partner code.',
      severalTaxNumber: 'Link by the partner code instead.',
    },
    retried: false,
    severity: 'INFO',
  },
  DOCUMENT_ACTION_DENIED: {
    area: 'documents',
    meaning:
      'A document command was refused before anything was sent: deleting an order or changing its status needs the ' +
      '"Manage Metakocka" permission; pushing a document, attaching its PDF or making one from an opportunity needs ' +
      'edit access to that record.',
    check: "The message names the action and why; the caller's role is under Settings → Roles in Twenty.",
    action: 'Ask a workspace admin for the permission the message names, or ask someone who has it.',
    message: '{problem}',
    terms: {
      'problem.managersOnly': 'Only people with the "Manage Metakocka" permission may {managerAction}.',
      'problem.recordAccess': 'You may not {verb} this {record}: {reason}.',
      'managerAction.delete': 'delete orders in Metakocka',
      'managerAction.change-status': "change an order's status in Metakocka",
      'verb.push': 'push',
      'verb.get-pdf': 'attach the PDF to',
      'verb.create-from-opportunity': 'make a Metakocka document from',
      'record.opportunity': 'opportunity',
      'record.salesDocument': 'sales document',
      'reason.permissionsUnreadable': 'Twenty did not tell the app your permissions',
      'reason.roleMayNotEdit': 'your role may not edit records of this kind',
      'reason.notVisible': 'it is not one you may see',
    },
    nextSteps: {
      managersOnly:
        'Ask a workspace admin to give you the "Manage Metakocka" permission (Settings → Roles), or the Metakocka ' +
        'manager role.',
      recordAccess:
        'Ask a workspace admin for edit access to this {record} (Settings → Roles), or someone with the "Manage ' +
        'Metakocka" permission to do it.',
    },
    retried: false,
    severity: 'INFO',
  },
  REPORT_PARAMETER_INVALID: {
    area: 'reports',
    meaning: 'A report was asked for with a parameter it cannot use; nothing was computed.',
    check:
      'The message names the parameter: a period is two months YYYY-MM, the end not before the start and at most ' +
      '10 years; a currency is one the documents use (three capital letters); document types are those of the template.',
    action: 'Correct the named parameter on the report page and run the report again.',
    message: 'The report parameter "{parameter}" is not valid: {problem}',
    terms: {
      'parameter.period': 'period',
      'parameter.currency': 'currency',
      'parameter.customer': 'customer',
      'parameter.productCategory': 'product category',
      'parameter.documentTypes': 'document types',
      'parameter.lowStockOnly': 'only below minimum',
      'parameter.parameters': 'parameters',
      'problem.from-format': 'the first month must be given as YYYY-MM, e.g. 2026-01.',
      'problem.to-format': 'the last month must be given as YYYY-MM, e.g. 2026-12.',
      'problem.order': 'it ends ({to}) before it starts ({from}).',
      'problem.too-long': 'it spans more than {max} months.',
      'problem.currency': '"{value}" is not an ISO 4217 currency code such as EUR.',
      'problem.no-types': 'pick at least one document type.',
      'problem.types': '{value} cannot be used here; choose from {allowed}.',
      'problem.not-object': 'they must be an object.',
      'problem.not-taken': 'this report does not take it.',
      'problem.required': 'it is required.',
      'problem.customer': 'pick a company or person from the list.',
      'problem.category': 'give a category name of at most 200 characters.',
      'problem.boolean': 'it is true or false.',
    },
    retried: false,
    severity: 'INFO',
  },
  REPORT_UNKNOWN_TEMPLATE: {
    area: 'reports',
    meaning: 'A report was asked for by a template id this version of the app does not have.',
    check: 'A saved report or schedule made by a newer version, or a typing error in an API call.',
    action: 'Pick the template again on the report page; update the app if a colleague uses a newer version.',
    message: 'There is no report template "{template}".',
    retried: false,
    severity: 'INFO',
  },
  REPORT_SCHEDULE_INVALID: {
    area: 'reports',
    meaning: 'A saved report was given a delivery schedule with a setting it cannot use; nothing was saved.',
    check:
      'The message names the setting: time is HH:MM on the Ljubljana clock (00:00–23:59); weekly needs a weekday ' +
      '1–7 (Monday is 1); monthly needs a day of the month 1–31 (a shorter month delivers on its last day); ' +
      'recipients are 1–50 workspace members.',
    action: 'Correct the named setting and save the report again.',
    message: 'The schedule setting "{setting}" is not valid (given: {value}).',
    retried: false,
    severity: 'INFO',
  },
  REPORT_SCHEDULE_RECIPIENT_UNKNOWN: {
    area: 'reports',
    meaning: 'A schedule names a recipient who is not a member of this workspace; nothing was saved.',
    check: 'The member may have left the workspace since the form was opened.',
    action: 'Reload the form and pick the recipients from the member list again.',
    message: 'The recipient {member} is not a member of this workspace.',
    retried: false,
    severity: 'INFO',
  },
  REPORT_SCHEDULE_NEEDS_MANAGER: {
    area: 'reports',
    meaning:
      'A member without "Manage Metakocka" tried to create, change, remove or delete a scheduled report. Scheduled ' +
      "reports run with the app's permissions, so their recipients see everything the report shows.",
    check: 'Whether the member holds "Manage Metakocka" or the Metakocka manager role (Settings → Roles).',
    action: 'Save the report without a schedule, or ask a member with "Manage Metakocka" to schedule it.',
    message:
      'Only a member with "Manage Metakocka" may schedule a report or change a scheduled one: scheduled reports run ' +
      "with the app's permissions, so their recipients see everything the report shows.",
    retried: false,
    severity: 'INFO',
  },
  REPORT_SAVED_NOT_FOUND: {
    area: 'reports',
    meaning: 'A saved report was to be changed or deleted, but it no longer exists.',
    check: 'A colleague may have deleted it (Twenty keeps deleted records restorable for a while).',
    action: 'Reload the list of saved reports.',
    message: 'There is no saved report {id}.',
    retried: false,
    severity: 'INFO',
  },
  KPI_TARGETS_INVALID: {
    area: 'reports',
    meaning: 'KPI targets were saved with values the app cannot use; nothing was changed.',
    check:
      'The message names each target: amounts are decimals with at most two places per currency code (EUR), counts ' +
      'whole numbers, rates percentages 0–100, months YYYY-MM; unknown targets are refused.',
    action: 'Correct the named targets and save again.',
    message: 'The KPI targets are not valid: {problems}',
    retried: false,
    severity: 'INFO',
  },
  REPORT_SAVED_NOT_YOURS: {
    area: 'reports',
    meaning: 'A member tried to change or delete a report another member saved.',
    check: 'Only the member who saved a report, or a member with "Manage Metakocka", may change or delete it.',
    action: 'Save it under a new name, or ask the member who saved it or a manager.',
    message: 'Only the member who saved "{name}", or a manager, may change or delete it.',
    retried: false,
    severity: 'INFO',
  },
  REPORT_DELIVERY_FAILED: {
    area: 'reports',
    meaning:
      'A scheduled report could not be delivered on this tick (running the report, storing its file or writing the ' +
      "recipients' tasks failed); nothing was sent for the slot.",
    check:
      'The report page shows the failure under the saved report; the detail names what failed. Whether the app can ' +
      'still read Twenty (the health check) and whether the report runs by hand with the same parameters.',
    action: 'Nothing to do for one failure: the next reports tick (every 5 minutes) tries the same slot again.',
    message: 'The scheduled report could not be delivered: {detail}',
    retried: true,
    severity: 'WARNING',
  },
  REPORT_DELIVERY_FAILING: {
    area: 'reports',
    meaning:
      'A scheduled report failed as many deliveries in a row as the alert settings\' "failed runs in a row"; the ' +
      'alert recipients got a task and the alert webhook a message, once for this streak of failures.',
    check:
      'The saved report on the report page shows the last failure and how many deliveries in a row failed; run the ' +
      'report by hand with its parameters to see whether it fails there too.',
    action:
      'Fix what the last failure names (or change or remove the schedule); the next successful delivery ends the ' +
      'streak, and a later streak alerts again.',
    message: {
      one: 'The scheduled report "{name}" failed {count} delivery in a row: {detail}',
      other: 'The scheduled report "{name}" failed {count} deliveries in a row: {detail}',
    },
    retried: true,
    severity: 'ERROR',
  },
  REPORT_JOB_NEEDS_MANAGER: {
    area: 'reports',
    meaning:
      'A report would read more than one function run can (300 s), so it would run as a background job. Jobs have ' +
      "no caller and read with the app's permissions, so only a manager may start or follow one (D95).",
    check: 'The estimate in the message: records to read; whether the member holds "Manage Metakocka".',
    action:
      'Narrow the period, currency or customer so the report runs at once, or ask a member with "Manage Metakocka" ' +
      'to run it (or to schedule it).',
    message:
      'This report reads about {records} records, more than one run can, so it runs in the background with the ' +
      'app\'s permissions: only a member with "Manage Metakocka" may start it.',
    retried: false,
    severity: 'INFO',
  },
  REPORT_JOB_NOT_FOUND: {
    area: 'reports',
    meaning: 'The report page asked for a background report the app no longer keeps (it keeps the last 20).',
    check: 'Many long reports may have been run since; or the app was reinstalled.',
    action: 'Run the report again.',
    message: 'There is no background report {jobId} any more.',
    retried: false,
    severity: 'INFO',
  },
  REPORT_JOB_FAILED: {
    area: 'reports',
    meaning:
      'A report running in the background stopped with an error the app did not expect; its figures are not shown.',
    check: "The app's log for the report-job function names the error.",
    action: 'Run the report again; if it fails again, send the message to the app maintainers.',
    message: 'The background report stopped: {detail}',
    retried: false,
    severity: 'ERROR',
  },
  DASHBOARDS_NOT_LISTED: {
    area: 'reports',
    meaning:
      "The install could not list the app's dashboards among Twenty's own Dashboards; the pages in the Metakocka sidebar folder work as before.",
    check:
      "The health banner and the settings page's status name the step that failed; Twenty's Dashboards list lacks the Metakocka dashboards.",
    action:
      'Nothing is lost: open the dashboards from the Metakocka sidebar folder. The next app upgrade or reinstall tries again; if it keeps failing, send the message to the app maintainers.',
    message: "The Metakocka dashboards could not be added to Twenty's Dashboards list ({step}): {detail}",
    terms: {
      'step.layouts': 'reading the installed page layouts',
      'step.missing': 'a dashboard page layout is not installed',
      'step.records': 'creating or restoring the dashboard records',
    },
    retried: false,
    severity: 'WARNING',
  },
  MK_VALUE: {
    area: 'sync',
    meaning:
      'A value the sync reads or sends is not in a form Metakocka uses (a number, date or amount that cannot be ' +
      'read exactly), so the record was left as it is.',
    check: 'The message names the value and what it should be; the issue names the record. Look at it on both sides.',
    action: 'Correct the value on the record (in Metakocka or Twenty); the next run picks it up.',
    message: 'The value {value} is not {kind}.',
    terms: {
      'kind.number': 'a number Metakocka writes (such as 12, 0,5 or 1.895,01)',
      'kind.count': 'a whole number',
      'kind.id': 'an id',
      'kind.text': 'text',
      'kind.boolean': 'true or false',
      'kind.date': 'a date (such as 2026-12-07 or 7.12.2026)',
      'kind.timestamp': 'a date and time with its time zone',
      'kind.instant': 'a point in time',
      'kind.decimals': 'an amount with at most {scale} decimals',
      'kind.safeRange': 'an amount the app can hold exactly',
      'kind.minorUnits': 'a whole number of cents',
      'kind.isoDate': 'a date written as YYYY-MM-DD',
    },
    retried: false,
    severity: 'ERROR',
  },
  // lang-sweep: the settings page's own warnings, worded for the reader.
  SETTINGS_KEYS_IGNORED: {
    area: 'settings',
    meaning: 'The stored sync settings hold settings this version of the app does not know; they are ignored.',
    check: "The console's warning names them.",
    action: 'Nothing: the next save of the settings removes them.',
    message:
      'The stored settings hold {keys}, which this version of the app does not know (an older or newer version, ' +
      'or a manual change, wrote them). They are ignored, and the next save removes them.',
    retried: false,
    severity: 'INFO',
  },
  REPORT_REQUEST_INVALID: {
    area: 'reports',
    meaning: 'A request to run, save, delete or read a report does not have the shape the route accepts.',
    check: 'The message names each wrong field; server/routes/contracts.ts gives the shapes.',
    action: 'Correct the named fields and send the request again; the report page sends valid requests.',
    message: '{problem}',
    terms: { 'problem.report': 'The report request is not valid: {detail}.' },
    nextSteps: { report: 'Correct {fields} and send the request again.' },
    retried: false,
    severity: 'INFO',
  },
} satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof en;

// Slovenian, typed against the English codes: a code without its Slovenian texts fails the typecheck. Product and
// protocol names (Metakocka, Twenty, opr_code, API, URL, the variable names) stay as they are written.
const sl: Record<ErrorCode, ErrorTexts> = {
  MK_UNAVAILABLE: {
    meaning:
      'Metakocka ni bila dosegljiva, ni odgovorila pravočasno, odgovorila je s HTTP 5xx ali 429 ali pa je poslala ' +
      'odgovor, ki ni veljaven JSON.',
    check:
      'Sporočilo pove, kaj se je zgodilo (ni povezave, potekel čas, napaka strežnika, upočasnitev, ni JSON), in ' +
      'imenuje klic. Na strežniku Twenty zaženite `npx twenty-metakocka doctor`, da vidite, ali naslov doseže.',
    action:
      'Nič, če mine: sinhronizacija poskuša znova s čedalje daljšimi premori. Če traja, preverite naslov v ' +
      'nastavitvah in ali ga strežnik Twenty doseže (požarni zid, VPN, DNS).',
    message: '{reason} med klicem {method}{details}.',
    terms: {
      'reason.unreachable': 'Metakocka ni dosegljiva (ni povezave s strežnikom)',
      'reason.timeout': 'Metakocka ni odgovorila pravočasno',
      'reason.server-error': 'Metakocka je odgovorila z napako strežnika',
      'reason.rate-limited': 'Metakocka je zahtevala upočasnitev (HTTP 429)',
      'reason.malformed': 'Metakocka je poslala odgovor, ki ni veljaven JSON',
    },
  },
  MK_MISCONFIGURED: {
    meaning: 'Namesto podatkov je prišla spletna stran: naslov Metakocke je napačen, običajno zato, ker vsebuje pot.',
    check: 'Primerjajte naslov v nastavitvah s `https://main.metakocka.si`: samo gostitelj, nič za njim.',
    action:
      'Kot naslov vpišite samo gostitelja, npr. `https://main.metakocka.si`, ne ' +
      '`https://main.metakocka.si/rest/eshop/v1`.',
    message:
      'Metakocka je na klic {method} odgovorila s spletno stranjo (HTTP {httpStatus}) namesto s podatki na naslovu ' +
      '{url}: naslov Metakocke je napačen.',
  },
  MK_ANSWER_TOO_LARGE: {
    meaning:
      'Odgovor Metakocke na navedeni klic je večji od največjega, ki ga aplikacija prebere (32 MiB; celoten ' +
      'register 20.000 partnerjev ima približno 16 MB). Iz tega odgovora ni shranjeno nič.',
    check:
      'Preverite, ali je naslov Metakocke v nastavitvah res Metakockin. Pri zapisu (`put_document`, ' +
      '`add_partner`, `product_add`) je težava namesto tega `MK_WRITE_UNCERTAIN`.',
    action: 'Če je naslov Metakockin, sporočilo pošljite podpori: izvajanje se ustavi in imenuje klic.',
    message:
      'Odgovor Metakocke na klic {method} je večji od {capMiB} MiB ({capBytes} bajtov), kolikor aplikacija ' +
      'prebere iz enega odgovora; ni bil prebran in iz njega ni bilo shranjeno nič.',
  },
  MK_AUTH: {
    meaning: 'Metakocka je zavrnila ID podjetja ali skrivni ključ.',
    check:
      'ID podjetja v nastavitvah primerjajte s tistim v Metakocki (Nastavitve → API); zaženite **Preizkusi povezavo**.',
    action:
      'ID podjetja in skrivni ključ znova prepišite iz Metakocke (Nastavitve → API) in ju shranite v nastavitvah aplikacije.',
    message: 'Metakocka je med klicem {method} zavrnila {company} ali njegov skrivni ključ (opr_code {oprCode}).',
    terms: { 'company.none': 'ID podjetja', 'company.id': 'ID podjetja {companyId}' },
  },
  MK_IP_NOT_ALLOWED: {
    meaning: 'Podjetje v Metakocki sprejema klice API samo z določenih naslovov IP in ta strežnik ni med njimi.',
    check:
      'Skrbnika Metakocke vprašajte, kateri naslovi so dovoljeni, in jih primerjajte z odhodnim naslovom strežnika Twenty.',
    action: 'Skrbnika Metakocke prosite, naj naslov IP tega strežnika dovoli za dostop do API ali omejitev odpravi.',
    message: 'Metakocka med klicem {method} ne sprejema klicev z naslova IP tega strežnika (opr_code {oprCode}).',
  },
  MK_QUOTA: {
    meaning: 'V določenem obdobju je bilo preveč klicev (opr_code 5, »Quote exceeds«).',
    check: 'Pasica stanja in povzetek izvajanja to prikažeta; čez nekaj minut mine.',
    action:
      'Počakajte: sinhronizacija se za nekaj minut ustavi in nato nadaljuje. Če se to pogosto dogaja, sinhronizirajte redkeje.',
    message: 'Kvota klicev Metakocke je med klicem {method} porabljena (opr_code {oprCode}).',
  },
  MK_VALIDATION: {
    meaning:
      'Metakocka je zavrnila vrednost; kadar navede sprejemljive vrednosti (»Valid values : …«), težava imenuje ' +
      'polje in jih prikaže.',
    check: 'Odprite težavo: imenuje zapis in polje. V doktorju uporabnik API morda nima pravice branja.',
    action:
      'Popravite polje na zapisu (ali uporabite eno od naštetih vrednosti), nato težavo izberite ' +
      'v nabiralniku težav (Metakocka → Sync issues) in kliknite **Poskusi znova**.',
    message: 'Metakocka je med klicem {method} zavrnila {value} (opr_code {oprCode}): {oprDesc}',
    terms: { 'value.none': 'vrednost', 'value.field': 'vrednost polja {field}' },
    nextSteps: {
      allowedField: 'Uporabite eno od vrednosti, ki jih Metakocka sprejme za »{field}«: {allowed}.',
      allowed: 'Uporabite eno od vrednosti, ki jih Metakocka sprejme: {allowed}.',
      correctField: 'Na zapisu popravite »{field}«, nato ga znova poskusite iz nabiralnika težav.',
      correct: 'Na zapisu popravite vrednost, ki jo navaja sporočilo, nato ga znova poskusite iz nabiralnika težav.',
    },
  },
  MK_NOT_FOUND: {
    meaning: 'Zapis v Metakocki ne obstaja več (na primer dokument, izbrisan v Metakocki).',
    check: 'Zapis poiščite v Metakocki po ID-ju, ki ga navaja težava.',
    action: 'Nič: naslednja polna sinhronizacija ga označi kot izbrisanega.',
    message: 'Metakocka med klicem {method} takega zapisa nima (opr_code {oprCode}): {oprDesc}',
  },
  MK_REFUSED: {
    meaning: "Poslovno pravilo je spremembo zavrnilo (opr_code 6, npr. »Profit center 'X' doesn't exist.«).",
    check: 'Preberite besede Metakocke na koncu sporočila; imenujejo nastavitev ali vrednost.',
    action:
      'Popravite zapis ali nastavitev, ki jo Metakocka imenuje, nato težavo izberite v nabiralniku težav ' +
      '(Metakocka → Sync issues) in kliknite **Poskusi znova**.',
    message: 'Metakocka je med klicem {method} zavrnila zahtevo (opr_code {oprCode}): {oprDesc}',
  },
  MK_UNKNOWN: {
    meaning: 'Odgovor, ki ga aplikacija ne razume (neznan opr_code ali nepričakovana oblika).',
    check: 'Zaženite doktorja ali v nabiralniku težav (Metakocka → Sync issues) enkrat kliknite **Poskusi znova**.',
    action: 'Če znova ne uspe, sporočilo pošljite podpori (skrivnega ključa nikoli ne vsebuje).',
    message: 'Metakocka je med klicem {method} odgovorila nepričakovano (opr_code {oprCode}): {oprDesc}',
    terms: {
      'oprCode.none': 'ni ga',
      'oprDesc.shape': 'odgovor nima dokumentirane oblike (prva polja, ki se ne ujemajo: {fields})',
    },
  },
  MK_ITEM_UNREADABLE: {
    meaning:
      'Eden od zapisov na seznamu Metakocke (izdelek, partner ali dokument) ima vrednost, ki je aplikacija ne ' +
      'more prebrati, npr. izdelek z `amount` `abc`. Težava navede njegov ID v Metakocki in polje, vrednosti nikoli.',
    check: 'Zapis odprite v Metakocki po ID-ju iz težave in poglejte navedeno polje.',
    action:
      'Popravite polje v Metakocki: naslednje izvajanje, ki zapis prebere, ga prenese in težavo zapre; izpuščen ' +
      'je bil samo ta zapis (dokumenti razen ponudb se znova preberejo, ko se spremenijo, ali ob dnevnem polnem pregledu).',
    message:
      'Zapisa {what} {mkId} v odgovoru na klic {method} ni mogoče prebrati ({field}: {problem}); izpuščen je bil, ' +
      'vse drugo je bilo sinhronizirano.',
    terms: {
      'what.product': 'izdelka',
      'what.partner': 'partnerja',
      'what.document': 'dokumenta',
      'what.warehouse': 'skladišča',
      'mkId.none': '(brez mk_id)',
      'field.': 'zapis sam',
      'problem.missing': 'manjka',
      'problem.wrongType': 'vrednost napačne vrste',
      'problem.number': 'ni število',
      'problem.count': 'ni celo število',
      'problem.date': 'ni datum',
      'problem.timestamp': 'ni datum s časom',
      'problem.boolean': 'ni da ali ne',
      'problem.id': 'ni ID',
      'problem.text': 'ni besedilo',
      'problem.invalid': 'ni vrednost, ki bi jo aplikacija znala prebrati',
    },
  },
  MK_WRITE_UNCERTAIN: {
    meaning:
      'Odgovor na zapis se je izgubil (potekel čas, prekinjena povezava, prevelik odgovor): Metakocka ga je morda ' +
      'shranila, morda pa ne.',
    check:
      'Zapis poiščite v Metakocki (dokument po številki naročila kupca, partnerja po davčni številki ali e-naslovu, ' +
      'izdelek po šifri).',
    action:
      'Običajno nič: sinhronizacija zapis pred ponovnim pošiljanjem poišče, zato dvojnik ne nastane. Kjer tega ne ' +
      'more, pred ponovnim poskusom v Metakocki preverite, ali je bila sprememba shranjena.',
    message: 'Odgovor na klic {method} se je izgubil ({cause}); Metakocka ga je morda shranila, morda pa ne.',
    terms: {
      'cause.unreachable': 'ni povezave',
      'cause.timeout': 'potekel čas',
      'cause.server-error': 'napaka strežnika',
      'cause.rate-limited': 'zahtevana upočasnitev',
      'cause.malformed': 'odgovor ni JSON',
      'cause.too-large': 'prevelik za branje',
    },
  },
  MK_PARTNER_GONE: {
    meaning: 'Partner v Metakocki, s katerim je povezano podjetje ali oseba, ne obstaja več (izbrisan v Metakocki).',
    check: 'Partnerja poiščite v Metakocki po ID-ju iz sporočila.',
    action:
      'Zapis odvežite od Metakocke (dejanje na zapisu), da se ustvari znova, ali ga izključite iz sinhronizacije.',
    message: 'Partner {mkId} v Metakocki ne obstaja več.',
  },
  CRM_RATE_LIMITED: {
    meaning: 'Dosežena je omejitev števila klicev API v Twentyju.',
    check: 'Povzetek izvajanja to prikaže; mine samo od sebe.',
    action: 'Nič: korak se z zamikom ponovi.',
    message: 'Dosežena je omejitev klicev API v Twentyju ({detail}).',
  },
  CRM_UNAVAILABLE: {
    meaning: 'Twenty ni odgovoril (napaka omrežja, potekel čas, HTTP 5xx, notranja napaka).',
    check: 'Preverite stanje in dnevnike strežnika Twenty ob času izvajanja.',
    action: 'Nič: korak se ponovi. Če traja, preverite strežnik Twenty.',
    message: 'Twenty na zahtevo ni odgovoril: {detail}.',
  },
  CRM_VALIDATION: {
    meaning:
      'Twenty je zavrnil podatke, ki jih je zapisala sinhronizacija (vrednost, ki je ne sprejme); enaki podatki bi bili znova zavrnjeni.',
    check: 'Sporočilo imenuje zapis in razlog Twentyja; primerjajte ga z virom v Metakocki.',
    action: 'Popravite zapis iz težave (ali njegov vir v Metakocki); naslednje izvajanje ga prevzame.',
    message: 'Twenty je zavrnil podatke: {detail}.',
  },
  CRM_UPSERT_CONFLICT: {
    meaning:
      'Zapis, ki ga je pisala sinhronizacija, se je ujemal z več obstoječimi zapisi v Twentyju (po ID-ju, ID-ju Metakocke, domeni spletnega mesta ali glavnem e-naslovu), zato Twenty ni izbral nobenega in ni shranil ničesar od tega zapisa.',
    check: 'V Twentyju poiščite zapise, ki imajo z navedenim zapisom skupen ID Metakocke, domeno ali glavni e-naslov.',
    action: 'Dvojnike v Twentyju združite ali popravite skupno vrednost, nato znova sinhronizirajte.',
    message:
      'Twenty je našel več obstoječih zapisov, ki bi jih sinhronizacija lahko posodobila (isti ID Metakocke, domena ali glavni e-naslov), in ni izbral nobenega; nič od tega zapisa ni bilo shranjeno.',
  },
  CRM_NOT_FOUND: {
    meaning: 'Zapis v Twentyju, katerega ID hrani sinhronizacija, ne obstaja več.',
    check: 'Zapis poiščite v Twentyju, tudi med izbrisanimi.',
    action: 'Zapis znova sinhronizirajte ali ga odvežite od Metakocke.',
    message: 'Twenty zapisa ni našel: {detail}.',
  },
  CRM_AUTH: {
    meaning: 'Twenty je zavrnil poverilnice aplikacije ali poizvedbo, ki je shema delovnega prostora ne pozna.',
    check: 'Nastavitve → Aplikacije: ali je aplikacija Metakocka nameščena in posodobljena?',
    action:
      'Aplikacijo Metakocka v Twentyju znova namestite ali posodobite; če težava ostane, se obrnite na skrbnika delovnega prostora.',
    message: 'Twenty je zavrnil poverilnice ali poizvedbo aplikacije: {detail}.',
  },
  CRM_SCHEMA: {
    meaning: 'Shema Twentyja se ne ujema z aplikacijo: manjka objekt ali polje, ki ga potrebuje.',
    check: 'Nastavitve → Podatkovni model: ali objekti in polja Metakocke obstajajo?',
    action: 'Posodobite aplikacijo Metakocka, da bodo njeni objekti in polja obstajali v tem delovnem prostoru.',
    message: 'Shema Twentyja se ne ujema z aplikacijo: {detail}.',
  },
  CREDENTIAL_KEY: {
    meaning:
      'Šifrirni ključ za poverilnice ni nastavljen (ustvari se ob namestitvi) ali ' +
      '`METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` vsebuje vnos, ki ni 32 bajtov v base64 ali hex.',
    check: 'Nastavitve → Aplikacije → Metakocka → Spremenljivke: poglejte `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY`.',
    action:
      'Upravitelj Metakocke pod Nastavitve → Metakocka klikne **Zamenjaj šifrirni ključ**: ključ ustvari, če ga ni, ' +
      'in odstrani vnose, ki niso ključi. Osebni ključi, ki jih noben preostali ključ ne odpre, so označeni ' +
      '*Metakocka jih je zavrnila*; lastniki jih vnesejo znova.',
    message: '{problem}',
    terms: {
      'problem.none':
        'Šifrirni ključ za poverilnice ni nastavljen (spremenljivka `{variable}` je prazna), zato osebnega ključa ni ' +
        'mogoče shraniti.',
      'problem.malformedEntry':
        'Ključ št. {position} v `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` ni 32 bajtov v zapisu base64 ali hex.',
      'problem.keyMissing':
        'Shranjena poverilnica člana {workspaceMemberId} je šifrirana s ključem {keyId}, ki ni nastavljen.',
    },
    nextSteps: {
      none:
        'Upravitelj Metakocke pod Nastavitve → Metakocka zamenja šifrirni ključ (s tem ga ustvari); nato svoj ključ ' +
        'shranite znova.',
      malformedEntry:
        'Šifrirni ključ zamenjajte na strani z nastavitvami Metakocke ali spremenljivko nastavite na 32 naključnih ' +
        'bajtov v zapisu base64.',
      keyMissing:
        'Obnovite prejšnjo vrednost `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` ali člana prosite, naj znova vnese svoj ' +
        'ključ za Metakocko.',
    },
  },
  CREDENTIAL_TAMPERED: {
    meaning: 'Shranjeni osebni ključ člana ne prestane preverjanja celovitosti: spremenjen je bil zunaj aplikacije.',
    check: 'Skrbnikov seznam članov pokaže, katera poverilnica je to.',
    action: 'Člana prosite, naj na strani »Moj račun Metakocka« znova vnese svoj skrivni ključ za Metakocko.',
    message: '{problem} Ni ji mogoče zaupati.',
    terms: {
      'problem.notEnvelope': 'Shranjena poverilnica člana {workspaceMemberId} ni ovojnica oblike {version}.',
      'problem.envelopeShape':
        'Shranjena poverilnica člana {workspaceMemberId} ima {nonceBytes}-bajtni nonce in {tagBytes}-bajtno oznako ' +
        '(pričakovano {expectedNonce} in {expectedTag}).',
      'problem.integrity': 'Shranjena poverilnica člana {workspaceMemberId} ne prestane preverjanja celovitosti.',
    },
  },
  PERSONAL_CREDENTIAL_REQUIRED: {
    meaning:
      'Organizacija za dejanja, ki jih začne član, zahteva njegov lastni ključ za Metakocko, ta član pa ' +
      'uporabnega nima.',
    check: 'Stran »Moj račun Metakocka« pokaže, ali je ključ člana shranjen in sprejet.',
    action:
      'Odprite Nastavitve → Moj račun Metakocka, vnesite svoj skrivni ključ za Metakocko, ga shranite in poskusite znova.',
    message:
      'Vaša organizacija za dejanja, ki jih začnete, zahteva vašo lastno poverilnico za Metakocko, član ' +
      '{workspaceMemberId} pa uporabne nima.',
  },
  CREDENTIALS_MISSING: {
    meaning: 'Metakocka ni nastavljena: ID podjetja ali skrivni ključ ni vnesen.',
    check: 'Nastavitve → Metakocka pokažejo, kaj manjka.',
    action: 'Skrbnik pod Nastavitve → Metakocka vnese ID podjetja in skrivni ključ ter preizkusi povezavo.',
    message: 'Metakocka ni nastavljena: {missing}.',
    terms: {
      'missing.companyId': 'ID podjetja ni vnesen',
      'missing.secretKey': 'skrivni ključ ni vnesen',
      'missing.both': 'ID podjetja in skrivni ključ nista vnesena',
    },
  },
  CREDENTIAL_INPUT: {
    meaning: 'Vrednost na obrazcu za poverilnice manjka ali je napačne oblike; nič ni bilo shranjeno.',
    check: 'Odgovor imenuje polje.',
    action: 'Popravite navedeno polje in znova shranite.',
    message: '{problem}',
    terms: {
      'problem.companyIdDigits':
        'ID podjetja mora biti številka, ki jo Metakocka pokaže pod Nastavitve → API (samo števke).',
      'problem.companyIdTooLong':
        'ID podjetja je predolg: {length} števk, ID podjetja v Metakocki pa jih ima največ {max}.',
      'problem.secretKeyTooLong':
        'Skrivni ključ je predolg: {length} znakov, skrivni ključ v Metakocki pa jih ima največ {max}.',
      'problem.rotateNothing':
        'Nobena osebna poverilnica ni shranjena, zato ni česa znova šifrirati; šifrirni ključ je ostal, kakršen je bil.',
      'problem.secretKeyBlank': 'Skrivni ključ je prazen ali vsebuje presledke ali prelome vrstic.',
      'problem.endpointChoice': '»{given}« ni izbira naslova.',
      'problem.customUrlInvalid': 'Naslov po meri ni veljaven URL.',
      'problem.customUrlInsecure':
        'Naslov po meri mora uporabljati https (navaden http je dovoljen samo za strežnik na tem računalniku).',
      'problem.customUrlPath': 'Naslov po meri mora biti samo strežnik, brez poti: {origin}.',
      'problem.policyUnknown': '»{given}« ni pravilo za osebne poverilnice.',
      'problem.revokeNoMember': 'Izbran ni bil noben član, ki bi mu preklicali ključ.',
      'problem.revokeNothing': 'Član {workspaceMemberId} nima osebne poverilnice za Metakocko.',
      'problem.personalOff': 'Osebne poverilnice za Metakocko so v tem delovnem prostoru izklopljene.',
      'problem.otherCompany':
        'Ta delovni prostor sinhronizira podjetje {workspaceCompanyId} v Metakocki; ključ za podjetje {companyId} ' +
        'zanj ne more delovati (ID-ji v Metakocki veljajo za posamezno podjetje).',
      'problem.callerUnknown': 'Twenty ni sporočil, kateri član delovnega prostora ste.',
      'problem.requestInvalid': 'Zahteva ni veljavna.',
    },
    nextSteps: {
      companyIdDigits: 'ID podjetja prepišite iz Metakocke (Nastavitve → API) in ga prilepite brez presledkov.',
      companyIdTooLong: 'ID podjetja znova prepišite iz Metakocke (Nastavitve → API); to je kratko število, npr. 4411.',
      secretKeyTooLong: 'Iz Metakocke (Nastavitve → API) prepišite samo skrivni ključ, brez besedila okoli njega.',
      rotateNothing: 'Ključ zamenjajte, ko bodo člani shranili svoje ključe za Metakocko.',
      secretKeyBlank: 'Skrivni ključ znova prepišite iz Metakocke (Nastavitve → API) in ga prilepite kot eno besedo.',
      endpointChoice: 'Izberite produkcijski strežnik, razvojni strežnik ali naslov po meri.',
      customUrlInvalid: 'Vnesite naslov svojega strežnika Metakocka, npr. https://metakocka.example.si.',
      customUrlInsecure: 'Vnesite naslov https:// svojega strežnika Metakocka.',
      customUrlPath: 'Namesto tega vnesite {origin}.',
      policyUnknown: 'Izberite eno od možnosti: {choices}.',
      revokeNoMember: 'Člana izberite s seznama osebnih poverilnic.',
      revokeNothing: 'Znova naložite seznam; poverilnica je morda že odstranjena.',
      personalOff: 'Skrbnika prosite, naj jih dovoli pod Nastavitve → Metakocka.',
      otherCompany: 'Vnesite skrivni ključ svojega uporabnika Metakocke v podjetju {workspaceCompanyId}.',
      callerUnknown: 'Znova se prijavite v Twenty in poskusite še enkrat.',
      requestInvalid: 'Obrazec znova pošljite s strani z nastavitvami Metakocke (napačna polja: »{fields}«).',
    },
  },
  VARIABLE_WRITE: {
    meaning: 'Twenty ni shranil ene od spremenljivk aplikacije (ključa ali naslova organizacije).',
    check: 'Sporočilo imenuje spremenljivko in odgovor Twentyja.',
    action: 'Poskusite znova; če se ponavlja, naj skrbnik Twentyja preveri spremenljivke aplikacije.',
    message: '{problem}',
    terms: {
      'problem.notWritten': 'Aplikacija nikoli ne zapiše {variable}.',
      'problem.refused': 'Twenty spremenljivke aplikacije {variable} ni shranil: {detail}.',
    },
    nextSteps: {
      notWritten: 'Nastavite jo v Twentyju pod Nastavitve → Aplikacije → Metakocka → Spremenljivke.',
      refused: 'Preverite, ali ima vloga aplikacije dovoljenje Applications (Nastavitve → Vloge), in poskusite znova.',
    },
  },
  ENDPOINT_NOT_ALLOWED: {
    meaning:
      'Naslov API ni ne `https://main.metakocka.si` ne `https://devmainsi.metakocka.si` in ni naveden v ' +
      'spremenljivki aplikacije `METAKOCKA_ALLOWED_ENDPOINTS`. Tja ni bilo poslano nič.',
    check:
      'Naslov API primerjajte z `METAKOCKA_ALLOWED_ENDPOINTS`; štejejo samo izvori `https://` ali `http://` na ' +
      '127.0.0.1/localhost.',
    action:
      'Izberite produkcijski strežnik Metakocke ali prosite skrbnika Twentyja (dovoljenje *Applications*), naj ' +
      'izvor, npr. `https://metakocka.example.si`, doda v `METAKOCKA_ALLOWED_ENDPOINTS` pod Nastavitve → ' +
      'Aplikacije → Metakocka → Spremenljivke.',
    message:
      '{endpoint} ni eden od strežnikov Metakocke in ni naveden v {variable}, zato se tja ne pošlje noben ključ ' +
      'za Metakocko.',
  },
  ENDPOINT_CHANGED: {
    meaning:
      'Shranjeni skrivni ključ organizacije je bil shranjen za drug naslov, kot je tisti, kamor bi zdaj šel (nov ' +
      'naslov s praznim poljem za ključ ali `METAKOCKA_API_URL`, spremenjen v urejevalniku spremenljivk).',
    check: 'Sporočilo imenuje oba naslova.',
    action:
      'Upravitelj Metakocke pod Nastavitve → Metakocka skrivni ključ vnese znova skupaj z novim naslovom ali ' +
      'naslov API vrne na tistega iz sporočila.',
    message:
      'Shranjeni skrivni ključ za Metakocko je bil shranjen za {savedFor}; aplikacija ga nikoli ne pošlje na {requested}.',
  },
  CREDENTIAL_ENDPOINT_CHANGED: {
    meaning:
      'Osebni ključ člana je bil shranjen za drug naslov, kot je trenutni naslov organizacije, zato se ne uporablja.',
    check: 'Stran člana in skrbnikov seznam kažeta *Shranjen za drug naslov*.',
    action:
      'Član ključ znova vnese na strani »Moj račun Metakocka«. Pri *OPTIONAL* njegova dejanja do takrat ' +
      'uporabljajo ključ organizacije, pri *REQUIRED* so zavrnjena.',
    message:
      'Shranjena poverilnica člana {workspaceMemberId} je bila shranjena za {savedFor}; Metakocka je zdaj na ' +
      'naslovu {current}, zato se tja ne pošlje.',
    terms: { 'savedFor.none': 'nezabeležen naslov' },
  },
  MAPPING: {
    meaning: 'Zapisa ni mogoče prikazati na drugi strani (npr. dokumenta iz priložnosti z več kot 50 vrsticami).',
    check: 'Sporočilo imenuje zapis in kaj ne ustreza.',
    action:
      'Popravite zapis; naslednje izvajanje ga prevzame. Dokument iz priložnosti ima največ 50 vrstic: ustvarite ' +
      'ga s prvimi 50 in preostale dodajte v Metakocki ali zanje ustvarite drug dokument.',
    message: '{problem}',
    terms: {
      'problem.companyNoName': 'Podjetje nima imena, Metakocka pa ga zahteva.',
      'problem.personNoName': 'Oseba nima imena, kontakt v Metakocki pa ga potrebuje.',
      'problem.productNoName': 'Izdelek {product} (mk_id {mkId}) nima imena.',
      'problem.stockRow':
        'Vrstica {row} seznama zalog (stock_list[{index}]), polje »{field}«: {given}, pričakovan je {kind}. Nič iz ' +
        'tega obvestila o zalogi (webhook) ni bilo upoštevano.',
      'field.row': 'vrstica sama',
      'given.': 'manjka',
      'kind.object': 'objekt',
      'kind.productId': 'ID izdelka',
      'kind.warehouseId': 'ID skladišča',
      'kind.amount': 'decimalni znesek, kot je »12« ali »863,75«',
      'problem.documentType':
        'Dokument {mkId} je vrste »{docType}«, ki ni prodajni dokument, kakršne sinhronizira aplikacija.',
      'docType.': '(brez vrste)',
      'problem.subCent': 'Dokument {document} ima v polju {figure} znesek {amount} z decimalkami pod centom.',
      'problem.lineNoRowId': '{line}. vrstica dokumenta {document} nima mk_row_id.',
      'problem.discount': 'Popust »{discount}« ni odstotek ali veriga odstotkov, ločenih s »;«.',
      'problem.actionInvalid': 'Dejanje z dokumentom ni veljavno: »{fields}«.',
      'problem.tooManyLines': 'Dokument iz priložnosti ima lahko največ {max} vrstic, ta pa jih ima {count}.',
      'problem.opportunityMissing': 'Priložnost {opportunityId} ne obstaja.',
      'problem.opportunityNoCustomer': 'Priložnost »{name}« nima ne podjetja ne kontaktne osebe.',
      'problem.lineProductMissing': '{line}. vrstica: izdelek {productId} ne obstaja.',
      'problem.lineNoPrice': '{line}. vrstica: izdelek {code} nima neto cene.',
      'problem.noCustomer': 'Dokument nima kupca.',
      'problem.customerGone': 'Kupec dokumenta ({object} {id}) v Twentyju ne obstaja več.',
      'problem.customerUnlinked':
        'Kupec dokumenta ({object} »{name}«) ni povezan s partnerjem v Metakocki, zato Metakocka kupca ne bi poznala.',
      'problem.customerNoAddress':
        'Partner v Metakocki, povezan s kupcem ({object} »{name}«), nima naslova, Metakocka pa ga na dokumentu ' +
        'potrebuje.',
      'object.company': 'podjetje',
      'object.person': 'oseba',
      'objects.company': 'podjetij',
      'objects.person': 'oseb',
      'problem.lineNoCode': '{where} nima šifre izdelka.',
      'problem.lineNotNumber': '{where} ima v polju »{column}« vrednost »{value}«, ki ni število.',
      'problem.lineQuantity': '{where} ima količino {value}; biti mora večja od nič.',
      'problem.lineTaxCode':
        '{where} ima davčno oznako »{taxCode}«; Metakocka potrebuje davčno oznako v vsaki vrstici (API.md §6, točka 14).',
      'where.line': '{line}. vrstica',
      'where.lineCode': '{line}. vrstica ({code})',
      'column.quantity': 'količina',
      'column.unitPrice': 'cena na enoto',
      'taxCode.': '(brez oznake)',
      'problem.customerNotLinked': 'Kupec še ni povezan z naslovom partnerja v Metakocki.',
      'problem.noLines': 'Dokument nima vrstic.',
      'problem.currency': 'Valuta »{currency}« ni tričrkovna koda ISO.',
      'problem.noBuyerOrder': 'Dokument nima številke naročila kupca.',
    },
    nextSteps: {
      companyNoName: 'Podjetje v Twentyju poimenujte; poslano bo ob naslednji spremembi.',
      personNoName: 'Osebi v Twentyju vpišite ime.',
      productNoName: 'Izdelek v Metakocki poimenujte; naslednje izvajanje ga prevzame.',
      stockRow:
        'Preverite vrstice zaloge izdelka v Metakocki; shranjena zaloga je nespremenjena in načrtovana ' +
        'sinhronizacija izdelkov jo znova prebere.',
      documentType: 'Ničesar ni treba storiti: sinhronizirajo se le ponudbe, naročila, računi in dobropisi.',
      subCent: 'Dokument preverite v Metakocki; sinhronizacija hrani zneske le na cent natančno.',
      lineNoRowId: 'Dokumente berite s show_product_detail "true", da ima vsaka vrstica svoj ID (API.md §2.5).',
      discount: 'Popuste vpišite kot števila, npr. 10 ali 10;5 (brez znaka %), kot zahteva Metakocka.',
      actionInvalid:
        'Pošljite { action: push|change-status|delete|get-pdf, documentId } ali { action: create-from-opportunity, ' +
        'opportunityId, documentType, lines }.',
      tooManyLines:
        'Ustvarite ga s prvimi {max} vrsticami in preostale dodajte v Metakocki ali zanje ustvarite drug dokument.',
      opportunityMissing: 'Dejanje zaženite na obstoječi priložnosti.',
      opportunityNoCustomer: 'Na priložnosti izberite kupca in dejanje zaženite znova.',
      lineProductMissing: 'Izdelke izberite s seznama izdelkov Metakocke.',
      lineNoPrice: 'Vrstici vpišite ceno na enoto.',
      noCustomer: 'Na dokumentu izberite podjetje (ali pri zasebnem kupcu osebo) in ga znova pošljite.',
      customerGone: 'Na dokumentu izberite obstoječega kupca.',
      customerUnlinked:
        'Odprite zapis kupca in v meniju ukazov (Ctrl+K) zaženite »Link to Metakocka partner« s šifro ali davčno ' +
        'številko partnerja ali pa naj sinhronizacija partnerja ustvari sama, tako da vklopite pošiljanje {objects} ' +
        'v Metakocko (nastavitve sinhronizacije Metakocka; zapis, izključen iz sinhronizacije, morate najprej ' +
        'znova vključiti). Nato poskusite znova.',
      customerNoAddress:
        'Partnerju v Metakocki dodajte naslov, na zapisu kupca v meniju ukazov (Ctrl+K) zaženite ponovno ' +
        'sinhronizacijo z Metakocko in poskusite znova.',
      lineNoCode:
        'Za vsako vrstico izberite izdelek iz Metakocke; Metakocka sprejme le izdelke iz šifranta (API.md §6, točka 13).',
      lineNotNumber: 'V polje »{column}« vpišite število, npr. 2 ali 8,50.',
      lineQuantity: 'Vpišite pozitivno količino ali vrstico odstranite.',
      lineTaxCode: 'Uporabite eno od oznak: {codes}.',
      customerNotLinked:
        'Podjetje ali osebo najprej pošljite v Metakocko (pošiljanje dokumenta to naredi samo, kadar lahko).',
      noLines: 'Pred pošiljanjem v Metakocko dodajte vsaj eno vrstico z izdelkom.',
      currency: 'Kot valuto vpišite kodo, npr. EUR.',
      noBuyerOrder: 'To je napaka aplikacije: številko nastavi vsakemu dokumentu, ki ga pošlje.',
    },
  },
  AMBIGUOUS_MATCH: {
    meaning: 'Partnerju iz Metakocke bi lahko ustrezal več kot en obstoječi zapis v Twentyju; sinhronizacija ne ugiba.',
    check: 'Sporočilo našteje zapise, ki pridejo v poštev.',
    action: 'Združite dvojnike v Twentyju ali ID Metakocke vpišite na pravi zapis in znova sinhronizirajte.',
    message: {
      one: 'Za {what} je v Twentyju {count} ustrezen zapis ({candidates}); nič ni bilo ustvarjeno ali povezano.',
      two: 'Za {what} sta v Twentyju {count} ustrezna zapisa ({candidates}); nič ni bilo ustvarjeno ali povezano.',
      few: 'Za {what} so v Twentyju {count} ustrezni zapisi ({candidates}); nič ni bilo ustvarjeno ali povezano.',
      other: 'Za {what} je v Twentyju {count} ustreznih zapisov ({candidates}); nič ni bilo ustvarjeno ali povezano.',
    },
    terms: {
      'what.partner': 'partnerja {countCode} (davčna številka {taxNumber})',
      'what.email': 'e-naslov {email}',
      'what.company': 'podjetje »{name}« (davčna številka {taxNumber})',
      'what.product': 'šifro izdelka {code}',
    },
  },
  UNIQUE_CLASH: {
    meaning: 'Edinstvena vrednost v Twentyju (e-naslov osebe, domena podjetja) že pripada drugemu povezanemu zapisu.',
    check: 'Sporočilo imenuje vrednost in zapis, ki jo ima.',
    action: 'Vrednost popravite na enem od obeh zapisov (v Twentyju ali Metakocki); naslednje izvajanje ga prevzame.',
    message:
      'E-naslov {email} kontakta {contactId} iz Metakocke že pripada drugi osebi v Twentyju ({holderId}), zato ni ' +
      'bil nastavljen kot glavni e-naslov te osebe.',
    terms: { 'holderId.': 'tisti, ki jo je to izvajanje sinhroniziralo prej' },
    nextSteps: { email: 'Obe osebi v Twentyju združite ali e-naslov popravite v Metakocki.' },
  },
  PARTNER_HELD: {
    meaning:
      'Podjetje v Twentyju ima davčno številko partnerja iz Metakocke, s katerim je že povezano drugo podjetje v Twentyju: podjetji sta dvojnika in povezano je lahko le eno.',
    check: 'Sporočilo imenuje obe podjetji; odprite ju v Twentyju in primerjajte.',
    action: 'Podjetji v Twentyju združite ali temu popravite davčno številko; naslednje izvajanje ga prevzame.',
    message:
      'Podjetje »{name}« ima davčno številko {taxNumber} partnerja {countCode} iz Metakocke, ki je že povezan z drugim podjetjem v Twentyju ({holderId}); to ni bilo povezano.',
  },
  CUSTOMER_BINDING_CONFLICT: {
    meaning:
      'Dokument ni bil poslan v Metakocko, ker se je povezava stranke z Metakocko spremenila zunaj sinhronizacije: stranka zdaj navaja partnerja, ki ga nihče ni potrdil.',
    check:
      'Odprite seznam težav: stranka ima spor povezave, ki kaže partnerja, s katerim je bila sinhronizirana, in tistega, ki ga navaja zdaj.',
    action:
      'Upravitelj Metakocke razreši spor povezave (»obdrži Metakocko« obnovi sinhroniziranega partnerja, »obdrži Twenty« sprejme novega); nato dokument znova pošljite.',
    message:
      '{object} »{name}« zdaj navaja partnerja {partner} iz Metakocke, sinhronizacija pa ga je nazadnje povezala s partnerjem {syncedPartner}; dokument ne bo poslan v Metakocko, dokler spor povezave ni razrešen.',
    terms: { 'object.company': 'Podjetje', 'object.person': 'Oseba' },
  },
  PARTNER_VALUE_KEPT: {
    meaning:
      'Metakocka je obdržala vrednost partnerja, ki je bila v Twentyju spremenjena, običajno izbrisana: update_partner v Metakocki prazno poslano polje pusti nespremenjeno, njen API pa ne navaja načina za brisanje.',
    check: 'Primerjajte polje na zapisu v Twentyju s partnerjem v Metakocki (Partnerji, kartica partnerja).',
    action:
      'Vrednost v Metakocki izbrišite ali spremenite ročno; naslednja sinhronizacija vidi, da se strani ujemata, in težavo zapre. Do takrat Twenty obdrži svojo vrednost in sinhronizacija ne prenese vrednosti iz Metakocke nazaj.',
    message:
      'Metakocka je obdržala {field} »{value}«, potem ko ji je sinhronizacija poslala vrednost iz Twentyja; Twenty obdrži svojo vrednost.',
    terms: {
      'field.name': 'ime',
      'field.address': 'naslov',
      'field.taxNumber': 'davčno številko',
      'field.vatPayer': 'oznako zavezanca za DDV',
      'field.email': 'e-naslov',
      'field.phone': 'telefonsko številko',
    },
  },
  MAINTENANCE_HOLDS_WRITES: {
    meaning:
      'Sinhronizacija je v vzdrževanju (konzola za sinhronizacijo), ki zadrži vsa pošiljanja: dejanje na dokumentu Metakocki ni poslalo ničesar.',
    check: 'Konzola za sinhronizacijo kaže vklopljeno vzdrževanje, kdo ga je vklopil in kdaj.',
    action: 'Dejanje ponovite, ko upravitelj v konzoli za sinhronizacijo konča vzdrževanje.',
    message: 'Sinhronizacija je v vzdrževanju, zato Metakocki ni bilo poslano nič; dokument je nespremenjen.',
  },
  RECORD_EXCLUDED: {
    meaning:
      '»Ponovna sinhronizacija« je tekla na zapisu, ki je izključen iz sinhronizacije; zanj ni bilo nič prebrano ali zapisano.',
    check: 'Stanje sinhronizacije z Metakocko na zapisu pove, da je izključen.',
    action:
      'Na zapisu zaženite »Znova vključi v sinhronizacijo z Metakocko« (potrebno je dovoljenje Upravljanje Metakocke).',
    message:
      'Ta zapis ({object}) je izključen iz sinhronizacije z Metakocko, zato ni bil znova sinhroniziran; nič ni bilo prebrano ali zapisano.',
    terms: { 'object.company': 'podjetje', 'object.person': 'oseba', 'object.metakockaProduct': 'izdelek' },
  },
  TIMELINE_REFUSED: {
    meaning:
      'Twenty je zavrnil paketni zapis dogodkov sinhronizacije na časovnice zapisov (ali ne pozna vrste dejavnosti ' +
      'aplikacije). Sinhronizacija je tekla naprej; manjkajo le vrstice na časovnicah tega zagona.',
    check:
      'Nastavitve → Aplikacije → Metakocka: ali je aplikacija posodobljena in ali je vrsta dejavnosti »Metakocka sync« ' +
      'vklopljena?',
    action:
      'Aplikacijo posodobite ali znova namestite oziroma vrsto dejavnosti znova vklopite; naslednji zagon spet zapiše ' +
      'dogodke. Ko je urejeno, to težavo označite kot rešeno.',
    message: 'Twenty je zavrnil dogodke sinhronizacije za časovnico: {detail}. Sinhronizacija je tekla brez njih.',
  },
  CONFLICT: {
    meaning:
      'Povezan zapis se je spremenil v Twentyju in v Metakocki, pravilo za spore pa je `ask`. Težava našteje ' +
      'polja, ki se razlikujejo (pri dokumentih tudi `lines`), z obema vrednostma.',
    check:
      'Težavo odprite v nabiralniku težav (Metakocka → Sync issues): pogled spora pri vsakem polju pokaže obe ' +
      'vrednosti, kdaj se je spremenila vsaka stran in kdo je zadnji urejal zapis v Twentyju.',
    action:
      'Dokler ne izberete, se nobena stran ne prepiše. V pogledu spora za vsako polje ali za cel zapis izberite ' +
      '**Twenty**, **Metakocka** ali vpišite združeno vrednost; dokument ostane cel (Twenty ga pošlje; samo ' +
      'ponudbe in naročila). Izgubljena vrednost ostane zapisana pri težavi, da jo upravitelj lahko obnovi.',
    message: '{change}; na nobeni strani ni bilo nič zapisano.',
    terms: {
      'change.field': 'Polje »{field}« se je od zadnje sinhronizacije spremenilo v Twentyju in v Metakocki',
      'change.record':
        'Zapis se je od zadnje sinhronizacije spremenil v Twentyju in v Metakocki in se razlikuje v poljih {fields}',
      'change.binding':
        'Povezava zapisa ({recordObject}) z Metakocko (partner/kontakt) se je spremenila zunaj sinhronizacije: ' +
        'zadnja sinhronizirana {synced}, zdaj {current}',
      'recordObject.company': 'podjetje',
      'recordObject.person': 'oseba',
      'synced.': 'nobena',
      'current.': 'nobena',
    },
    nextSteps: {
      choose:
        'Spor odprite v nabiralniku težav (Metakocka → Sync issues) in ohranite vrednost iz Twentyja, vrednost iz ' +
        'Metakocke ali združeno vrednost.',
      binding:
        'Razreši ga upravitelj Metakocke: izbira Metakocke obnovi sinhronizirano povezavo, izbira Twentyja sprejme ' +
        'novo (nato se prenesejo vrednosti iz Metakocke). Zapis s partnerjem povežete z ukazom »Link to Metakocka ' +
        'partner«.',
    },
  },
  CONFLICT_NOT_OPEN: {
    meaning: 'Razrešitev spora je imenovala težavo, ki ni odprt spor, ali pa je zahteva napačne oblike.',
    check: 'Znova naložite nabiralnik težav: spor je morda že razrešen.',
    action: 'V nabiralniku težav izberite odprt spor in izbiro ponovite.',
    message: '{problem}',
    terms: {
      'problem.requestInvalid': 'Zahteva za razrešitev spora ni veljavna.',
      'problem.notOpen': 'Težava {issueId} ni odprt spor.',
      'problem.mergedLink': 'Za povezavo z Metakocko združene vrednosti ni mogoče zapisati.',
      'problem.mergedDocument':
        'Za prodajni dokument združene vrednosti ni mogoče zapisati, ker se dokument vedno ohrani v celoti.',
      'problem.notText': 'Polje »{field}« ni besedilno, zato vanj ni mogoče zapisati vpisane vrednosti.',
      'problem.recordGone': 'Zapis ({object}) {recordId} ne obstaja več.',
      'problem.bindingSettled': 'Povezava zapisa ({object}) {recordId} ni več v sporu.',
      'problem.bindingHeld':
        'Sinhronizirano povezavo (partner/kontakt {binding}) ima zdaj zapis ({holderObject}) »{holderName}« ' +
        '({holderId}).',
      'problem.partnerMissing': 'Partnerja v Metakocki za zapis ({object}) {recordId} ni mogoče najti.',
      'problem.contactGone': 'Kontakta {contactId} pri partnerju {partnerId} ni več.',
      'problem.notRecordConflict': 'Težava {issueId} ni spor o zapisu.',
      'problem.issueGone': 'Težava {issueId} ne obstaja več.',
      'problem.nothingToRestore':
        'Težava {issueId} nima ene same izgubljene vrednosti, ki bi jo lahko obnovili (je odprta, razrešena z ' +
        'združeno vrednostjo ali že obnovljena).',
      'problem.summaryOnly':
        'Prodajnega dokumenta ali povezave z Metakocko ni mogoče obnoviti iz težave: shranjen je bil samo povzetek.',
      'object.company': 'podjetje',
      'object.person': 'oseba',
      'holderObject.company': 'podjetje',
      'holderObject.person': 'oseba',
    },
    nextSteps: {
      requestInvalid:
        'Popravite polja »{fields}«: pošljite { issueId: <id težave s sporom>, keep: "twenty" | "metakocka" }.',
      notOpen: 'Znova naložite seznam sporov; spor je morda že razrešen.',
      mergedLink: 'Namesto tega ohranite vrednost iz Twentyja ali iz Metakocke.',
      mergedDocument: 'Namesto tega ohranite stran Twentyja ali stran Metakocke.',
      notText: 'Namesto tega ohranite vrednost iz Twentyja ali iz Metakocke.',
      recordGone: 'Težavo prezrite.',
      bindingSettled: 'Znova naložite seznam sporov; spor je morda že razrešen.',
      bindingHeld: 'Najprej razrešite spor o povezavi tistega zapisa, nato tega.',
      partnerMissing: 'Zapis najprej znova sinhronizirajte.',
      contactGone: 'Osebo znova sinhronizirajte.',
      notRecordConflict: 'Znova naložite nabiralnik težav.',
      issueGone: 'Znova naložite nabiralnik težav.',
      nothingToRestore: 'Znova naložite nabiralnik težav.',
      summaryOnly:
        'Vnos revizijske sledi ob razrešitvi pokaže, kaj je imela druga stran; po potrebi zapis popravite ročno.',
    },
  },
  INTERNAL: {
    meaning: 'Nepričakovana napaka v aplikaciji (okvara, ne težava s podatki).',
    check: 'Dnevnik funkcij tega izvajanja vsebuje podrobnosti (nikoli skrivnosti).',
    action: 'Sporočite jo vzdrževalcu aplikacije skupaj s ključem težave.',
    message: 'V aplikaciji je prišlo do nepričakovane napake ({detail}).',
  },
  DOCUMENT_REFUSED: {
    meaning:
      'Dejanje z dokumentom, ki ga API Metakocke ne omogoča ali ga stanje dokumenta prepoveduje: izdan račun, vrsta, ' +
      'ki je ni mogoče poslati ali izbrisati, dokument, ki ga v Metakocki še ni, izklopljeno brisanje.',
    check: 'Sporočilo pove, kaj od tega, in imenuje dokument.',
    action:
      'Ravnajte po sporočilu: dokument najprej pošljite, uporabite naročilo ali prosite upravitelja, naj dovoli brisanje.',
    message: '{problem}',
    terms: {
      'problem.notBound': '{name} ni povezan z dokumentom v Metakocki.',
      'problem.missingInTwenty': 'Prodajni dokument {id} v Twentyju ne obstaja.',
      'problem.issued': '{name} je v Metakocki izdan in ga ni več mogoče spreminjati.',
      'problem.pushInvoice': '{name} je račun ali dobropis; iz Twentyja se pošiljajo samo ponudbe in naročila.',
      'problem.pushUntyped': '{name} nima vrste dokumenta; iz Twentyja se pošiljajo samo ponudbe in naročila.',
      'problem.statusOrdersOnly': 'API Metakocke ne more spremeniti stanja za {what}; to zmore samo pri naročilih.',
      'problem.deleteOrdersOnly': 'API Metakocke ne more izbrisati {what}; to zmore samo pri naročilih.',
      'what.typed': 'ponudbe, račune ali dobropise',
      'what.untyped': 'tega dokumenta',
      'problem.notPushed': '{name} v Metakocki še ne obstaja.',
      'problem.deletedInMetakocka': '{name} je bil v Metakocki izbrisan.',
      'problem.unknownStatus': 'Metakocka v tem podjetju nima stanja naročila »{status}«.',
      'problem.unknownStatusUnlisted': 'Metakocka v tem podjetju nima stanja naročila »{status}«.',
      'problem.noStatus': 'Stanje ni bilo podano.',
      'problem.deleteOff': 'Brisanje naročil v Metakocki iz Twentyja je izklopljeno.',
      'problem.reportUnknown':
        'Metakocka objavi poročilo za tiskanje samo za račune in dobropise (poročilo {billReport}); za ' +
        '{document} ({type}) je ID poročila lasten vašemu podjetju.',
      'problem.pdfNotPushed': '»{name}« v Metakocki še ne obstaja, zato Metakocka nima njegovega PDF.',
      'problem.pdfDeleted': '{document} je bil v Metakocki izbrisan, zato ga ni več mogoče natisniti.',
    },
    nextSteps: {
      notBound: 'Iz Metakocke ni kaj prevzeti; spor prezrite.',
      missingInTwenty: 'Dokument odprite s seznama in poskusite znova.',
      issued: 'Namesto tega v Metakocki naredite dobropis ali nov dokument.',
      pushInvoice: 'Račune in dobropise ustvarjate in spreminjate v Metakocki; sinhronizacija jih prenese sem.',
      pushUntyped: 'Račune in dobropise ustvarjate in spreminjate v Metakocki; sinhronizacija jih prenese sem.',
      statusOrdersOnly: 'Stanje spremenite v Metakocki; sinhronizacija prikaže rezultat tukaj.',
      deleteOrdersOnly: 'Izbrišite ga v Metakocki; sinhronizacija prikaže rezultat tukaj.',
      notPushed: 'Najprej ga pošljite v Metakocko.',
      deletedInMetakocka: 'V Metakocki ni treba storiti ničesar; zapis ostane zaradi zgodovine.',
      unknownStatus: 'Izberite eno od stanj, ki jih Metakocka pozna: {choices}.',
      unknownStatusUnlisted:
        'Stanje napišite natanko tako, kot se imenuje v Metakocki (Nastavitve → Stanja dokumentov).',
      noStatus: 'Izberite stanje, kot se imenuje v Metakocki, npr. »Odpremljen«.',
      deleteOff:
        'Skrbnik ga lahko dovoli v nastavitvah sinhronizacije Metakocke; ali pa naročilo izbrišite v Metakocki.',
      reportUnknown:
        'V Metakocki odprite predogled tiskanja dokumenta in naslovu dodajte &dump_for_report_rest=true, da vidite ' +
        'njegov report_id; nato ga enkrat nastavite v nastavitvah sinhronizacije (documents.offerReportId / ' +
        'orderReportId) ali zaženite »Pridobi PDF dokumenta« s tem reportId.',
      pdfNotPushed: 'Najprej ga pošljite v Metakocko (»Pošlji dokument v Metakocko«), nato pridobite PDF.',
      pdfDeleted: 'Uporabite prej priložen PDF ali dokument obnovite v Metakocki.',
    },
  },
  DOCUMENT_READ_BACK_MISMATCH: {
    meaning:
      'Dokument, ki ga je Metakocka shranila, se po zapisu ne ujema s poslanim (vrstice ali zneski). Obstaja; nič ' +
      'se ne pošlje znova.',
    check: 'Dokument v Metakocki primerjajte s tistim v Twentyju; sporočilo imenuje razliko.',
    action: 'Dokument popravite v Metakocki ali Twentyju; naslednje izvajanje ga sinhronizira.',
    message:
      'Metakocka hrani {document} drugače, kot je bil poslan. Poslane vrstice: {sentLines}; najdene: {foundLines}. ' +
      'Neto znesek poslan {netSent}, najden {netFound}; bruto znesek poslan {grossSent}, najden {grossFound}. ' +
      'Twenty zdaj prikazuje različico iz Metakocke.',
    terms: {
      'sentLines.': 'nobene',
      'foundLines.': 'nobene',
      'netSent.': 'neznan',
      'netFound.': 'neznan',
      'grossSent.': 'neznan',
      'grossFound.': 'neznan',
    },
    nextSteps: { readBack: 'Dokument preverite v Metakocki; nič ni bilo poslano znova.' },
  },
  TOTALS_MISMATCH: {
    meaning: 'Vsote Metakocke se ne ujemajo z njenimi vrsticami; dokument je shranjen z zneski Metakocke.',
    check: 'Dokument odprite v Metakocki in seštejte vrstice.',
    action: 'Če so vsote napačne, dokument popravite v Metakocki; naslednje izvajanje ga znova prebere.',
    message: {
      one: '{finding}',
      two: '{finding} (še {more}: {figures})',
      few: '{finding} (še {more}: {figures})',
      other: '{finding} (še {more}: {figures})',
    },
    terms: {
      'finding.mismatch':
        'Znesek {figure} dokumenta {document} (mk_id {mkId}) je v Metakocki {shown}, njegove vrstice pa dajo ' +
        '{recomputed}; dokument je shranjen z zneski Metakocke.',
      'finding.unknownTax':
        'Dokument {document} (mk_id {mkId}) ima vrstice z davčno oznako »{figure}«, katere stopnja DDV ni znana, ' +
        'zato DDV ni bilo mogoče preveriti.',
      'shown.': 'prazen',
      'figure.': '(brez oznake)',
    },
    nextSteps: {
      mismatch:
        'Dokument odprite v Metakocki in preverite vrstice, popuste in davčne oznake; naslednji prenos ga znova preveri.',
      unknownTax:
        'Nič ni izgubljeno: dokument obdrži zneske Metakocke. Sporočite davčno oznako, da se doda njena stopnja.',
    },
  },
  DOCUMENT_KEPT_NOT_SENT: {
    meaning:
      'Pri pravilu za spore dokumentov `twenty-wins` različice iz Twentyja ni bilo mogoče poslati v Metakocko ' +
      '(računi, dobropisi in izdani dokumenti se nikoli ne pošiljajo ali pa pošiljanje ni uspelo).',
    check: 'Sporočilo pove, kaj od tega; strani se razlikujeta.',
    action: 'Dokument spremenite v Metakocki ali za dokumente uporabite pravilo `ask` ali `metakocka-wins`.',
    message:
      'Dokument se je spremenil v Twentyju in v Metakocki; pravilo za spore dokumentov »twenty-wins« obdrži ' +
      'različico iz Twentyja, vendar je ni bilo mogoče poslati v Metakocko: {cause}',
    nextSteps: { cause: '{causeAction} Do takrat Twenty obdrži svojo različico in strani se razlikujeta.' },
  },
  DOCUMENT_WRITE_PENDING: {
    meaning: 'Ustvarjanje dokumenta, katerega odgovor se je izgubil in ki ga Metakocka (še) nima.',
    check: 'Dokument poiščite v Metakocki po številki naročila kupca.',
    action: 'Nič: varno ga je poskusiti znova in sinhronizacija to stori.',
    message: 'Odgovor Metakocke na ustvarjanje dokumenta {buyerOrder} se je izgubil in dokumenta tam ni.',
  },
  DOCUMENT_PDF_REFUSED: {
    meaning: 'Metakocka dokumenta z uporabljenim ID-jem poročila ni natisnila ali pa ni odgovorila s PDF.',
    check:
      'Preverite ID poročila v nastavitvah sinhronizacije (`documents.offerReportId` / `orderReportId`) in ali ' +
      'dokument v Metakocki še obstaja.',
    action: 'Popravite ID poročila in znova zaženite »Pridobi PDF dokumenta«.',
    message: '{problem}',
    terms: {
      'problem.refused': 'Metakocka dokumenta {document} s poročilom {reportId} ni natisnila: {oprDesc}',
      'problem.notPdf': 'Metakocka je na poročilo {reportId} za {document} odgovorila z {contentType}, ne s PDF.',
      'oprDesc.': 'razloga ni navedla.',
    },
    nextSteps: {
      refused: 'Preverite ID poročila in ali dokument v Metakocki še obstaja, nato poskusite znova.',
      notPdf: 'Uporabite ID poročila, ki natisne PDF (izpis računa je {billReport}).',
    },
  },
  WORKFLOW_WRITES_OFF: {
    meaning:
      'Korak poteka dela, ki piše v Metakocko (pošiljanje, ustvarjanje iz priložnosti, sprememba stanja, brisanje), ' +
      'je tekel, ko je upravitelj zapisovanje iz potekov dela izklopil (`workflows.allowMetakockaWrites`). Nič ni bilo poslano.',
    check: 'Nastavitve sinhronizacije kažejo `workflows.allowMetakockaWrites`.',
    action:
      'Dejanje zaženite iz menija ukazov na zapisu ali prosite upravitelja, naj zapisovanje iz potekov dela znova vklopi.',
    message:
      'Koraki potekov dela ne smejo pisati v Metakocko: upravitelj je to izklopil (nastavitev sinhronizacije ' +
      'workflows.allowMetakockaWrites); nič ni bilo poslano.',
  },
  SETTINGS_INVALID: {
    meaning:
      'Sprememba nastavitev imenuje nastavitev, ki ne obstaja, ali vrednost zunaj dovoljenega obsega; ali pa ' +
      'shranjene nastavitve vsebujejo vrednost, ki je ta različica ne sprejme (takrat se vsako opravilo in shranjevanje ustavi s tem sporočilom).',
    check: 'Sporočilo imenuje vsako nastavitev in kaj je z njo narobe.',
    action:
      'Popravite jo in znova shranite; nič ni bilo shranjeno. Shranjene nastavitve lahko upravitelj ponastavi: ' +
      '`POST /s/metakocka/sync/settings/reset`.',
    message: 'Nastavitve sinhronizacije niso veljavne: {problems}.',
  },
  LANGUAGE_INVALID: {
    meaning: 'Izbran je bil jezik, ki ga aplikacija ne govori; nič ni bilo spremenjeno.',
    check: 'Aplikacija govori `en` (angleško) in `sl` (slovensko).',
    action: 'Izberite angleščino ali slovenščino; član lahko izbere tudi privzeti jezik delovnega prostora.',
    message: 'Aplikacija ne govori jezika {given}; nič ni bilo spremenjeno.',
  },
  CONNECTION_CHECK_FAILED: {
    meaning:
      'Shranjevanje poverilnic je najprej preizkusilo povezavo, ki ni uspela; nič ni bilo shranjeno. Odgovor ' +
      'vsebuje poročilo doktorja.',
    check: 'Poročilo imenuje prvi neuspeli korak in njegovo kodo napake.',
    action: 'Popravite vrednosti in znova preizkusite povezavo.',
    message: 'Nič ni bilo shranjeno: preizkus povezave ni uspel.',
  },
  ALERT_SETTINGS_INVALID: {
    meaning: 'Sprememba nastavitev opozoril navaja nastavitev, ki ne obstaja, ali vrednost zunaj dovoljenega razpona.',
    check: 'Sporočilo navede vsako nastavitev in kaj je pri njej narobe.',
    action: 'Popravite jo in znova shranite; nič ni bilo shranjeno.',
    message: 'Nastavitve opozoril niso veljavne: {problems}.',
  },
  ALERT_WEBHOOK_URL_REFUSED: {
    meaning:
      'Aplikacija na ta naslov ne pošilja opozoril: naslov mora biti https ali http na lokalnem izvoru (loopback), ' +
      'ki ga je skrbnik navedel v `METAKOCKA_ALLOWED_ENDPOINTS`; uporabniškega imena in gesla v njem ne sme biti.',
    check: 'Naslov primerjajte s tistim, ki vam ga je dal prejemnik (Slack, potek dela v Teams, vaša storitev).',
    action: 'Vnesite naslov https prejemnika; nič ni bilo shranjeno ali poslano.',
    message: 'Opozorila se ne pošiljajo na {url}: uporabite naslov https.',
  },
  INBOX_REQUEST: {
    meaning:
      'Zahteva nabiralnika težav je napačne oblike ali je ni mogoče izvesti: neznana vrednost filtra, prazen izbor, ' +
      'prezrtje brez razloga ali združena vrednost za polje, ki ga aplikacija ne more zapisati.',
    check: 'Sporočilo pove, kaj je z zahtevo narobe.',
    action: 'Znova naložite nabiralnik težav in izbiro ponovite.',
    message: '{problem}',
    terms: {
      'problem.requestInvalid': 'Zahteva nabiralnika težav ni veljavna.',
      'problem.jobMissing': 'Opravila nabiralnika težav {jobId} ni.',
    },
    nextSteps: {
      requestInvalid: 'Znova naložite nabiralnik težav in izbiro ponovite (napačna polja: »{fields}«).',
      jobMissing: 'Znova naložite nabiralnik težav.',
    },
  },
  CONSOLE_REQUEST_INVALID: {
    meaning: 'Pot konzole sinhronizacije je prejela zahtevo, ki je ne sprejme (neznan tok, napačno polje).',
    check:
      'Sporočilo navede vsako napačno polje; obliko zahtev opisuje priročnik nastavitev sinhronizacije (docs/sync-settings.md).',
    action: 'Popravite zahtevo in jo pošljite znova; konzola sama pošilja veljavne zahteve, zato jo znova naložite.',
    message: 'Zahteva konzole sinhronizacije ni veljavna.',
    nextSteps: {
      fields:
        'Popravite polja »{fields}« in zahtevo pošljite znova; konzola sama pošilja veljavne zahteve, zato jo znova ' +
        'naložite.',
    },
  },
  ROUTE_REFUSED: {
    meaning:
      'Pot aplikacije je klicatelja zavrnila, preden je karkoli naredila: ni prijavljenega uporabnika, Twenty ni ' +
      'sprejel seje ali pa za dejanje upravitelja manjka dovoljenje »Manage Metakocka«.',
    check:
      'Sporočilo pove, kaj od tega; ključ API ali žeton aplikacije poti, ki jih uporabljajo člani, ne moreta klicati.',
    action: 'Znova se prijavite v Twenty in poskusite znova.',
    message: '{reason}',
    terms: {
      'reason.noSession':
        'To dejanje zahteva prijavljenega uporabnika Twentyja; zahteva ni imela uporabniške seje (ključ API ali ' +
        'žeton aplikacije ga ne moreta klicati).',
      'reason.noToken': 'Twenty tej poti ni posredoval uporabniškega žetona, zato klicatelja ni mogoče prepoznati.',
      'reason.tokenRejected': 'Twenty vašega žetona seje ni sprejel.',
      'reason.permissionsUnreadable':
        'Vaših dovoljenj ni bilo mogoče prebrati iz Twentyja, zato je bilo dejanje zavrnjeno.',
      'reason.tokenMismatch': 'Žeton seje ne pripada uporabniku, ki je poklical to pot.',
      'reason.noPermission': 'Za to dejanje potrebujete dovoljenje »Manage Metakocka«, ki ga nimate.',
    },
    nextSteps: {
      signIn: 'Znova se prijavite v Twenty in poskusite znova.',
      useApp:
        'Prijavite se v Twenty in dejanje uporabite v aplikaciji ali pa pot pokličite z uporabniškim žetonom za ' +
        'dostop.',
      retry: 'Poskusite znova čez nekaj trenutkov; če se ponavlja, naj skrbnik preveri stanje aplikacije.',
      askPermission:
        'Skrbnika delovnega prostora prosite za dovoljenje »Manage Metakocka« (Nastavitve → Vloge) ali za vlogo ' +
        'upravitelja Metakocke.',
    },
  },
  ROUTE_UNEXPECTED: {
    meaning: 'Aplikacija je pri odgovoru poti naletela na nepričakovano napako (okvara, ne težava z vašimi podatki).',
    check: 'Skrbnik prebere dnevnik funkcij (`twenty dev:function:logs`); skrivnosti v njem ni nikoli.',
    action: 'Poskusite znova; če se ponavlja, lahko skrbnik prebere dnevnik funkcij (twenty dev:function:logs).',
    message: 'Aplikacija Metakocka je naletela na nepričakovano napako.',
  },
  RUN_NOT_FOUND: {
    meaning: 'Zahtevani zagon sinhronizacije ne obstaja ali vaša vloga ne sme brati zagonov sinhronizacije.',
    check:
      'Znova odprite zgodovino zagonov: zagon je morda odstranjen ali pa je povezava iz drugega delovnega prostora.',
    action: 'Zagon izberite s seznama zgodovine; če ni nobenega, skrbnika prosite za dostop do branja zagonov.',
    message: 'Zagona sinhronizacije {recordId} ni mogoče najti.',
  },
  SYNC_REQUEST_INVALID: {
    meaning:
      'Zahteva za zagon sinhronizacije, dejanje na zapisu ali povezavo zapisa s partnerjem nima oblike, ki jo pot ' +
      'sprejme; nič ni bilo zagnano ali spremenjeno.',
    check: 'Sporočilo navede vsako napačno polje; obliko zahtev opisuje server/routes/contracts.ts.',
    action: 'Popravite navedena polja in zahtevo pošljite znova; ukazi v Twentyju pošiljajo veljavne zahteve.',
    message: '{problem}',
    terms: {
      'problem.run': 'Zahteva za zagon sinhronizacije ni veljavna.',
      'problem.recordAction': 'Zahteva za dejanje na zapisu ni veljavna.',
      'problem.linkPartner': 'Zahteva za povezavo s partnerjem ni veljavna.',
    },
    nextSteps: {
      run: 'Popravite polja »{fields}«: pošljite { "streams": ["partners", "products"], "dryRun": false }.',
      recordAction:
        'Popravite polja »{fields}«: pošljite { action: resync|unlink|exclude|include, object: ' +
        'company|person|metakockaProduct, recordId: <uuid> }.',
      linkPartner:
        'Popravite polja »{fields}«: pošljite { object: company|person, recordId: <uuid>, partnerCode: <šifra> } ' +
        'ali isto s taxNumber namesto partnerCode.',
    },
  },
  LINK_REFUSED: {
    meaning:
      'Povezava s partnerjem v Metakocki (»Link to Metakocka partner«) je bila zavrnjena: zapis ali partner ne ' +
      'obstaja, zapis je že povezan, partner je druge vrste (pravna ali fizična oseba) ali pa ga ima drug zapis.',
    check: 'Sporočilo navede zapis, partnerja in, če ga ima drug zapis, tudi tistega.',
    action: 'Ravnajte po naslednjem koraku v sporočilu; nič ni bilo povezano.',
    message: '{problem}',
    terms: {
      'problem.recordMissing': 'Zapis ({object}) {recordId} ne obstaja.',
      'problem.alreadyLinked': 'Ta zapis ({object}) je že povezan z Metakocko (partner/kontakt {binding}).',
      'problem.businessPartner':
        'Partner {partnerCode} (»{name}«) je v Metakocki pravna oseba, zato ga ni mogoče povezati z zapisom ({object}).',
      'problem.privatePartner':
        'Partner {partnerCode} (»{name}«) je v Metakocki fizična oseba, zato ga ni mogoče povezati z zapisom ' +
        '({object}).',
      'problem.partnerHeld':
        'Partner {partnerCode} (»{name}«) je že povezan z zapisom ({holderObject}) »{holderName}« ({holderId}).',
      'problem.noPartnerCode': 'V Metakocki ni partnerja s šifro {partnerCode}.',
      'problem.noTaxNumber': 'V Metakocki ni partnerja z davčno številko {taxNumber}.',
      'problem.severalTaxNumber': 'Davčno številko {taxNumber} ima v Metakocki več partnerjev (šifre {codes}).',
      'object.company': 'podjetje',
      'object.person': 'oseba',
      'holderObject.company': 'podjetje',
      'holderObject.person': 'oseba',
    },
    nextSteps: {
      recordMissing: 'Znova naložite stran; zapis je morda izbrisan.',
      alreadyLinked: 'Zapis najprej odvežite od Metakocke (ukaz za odvezo v meniju ukazov), nato ga povežite znova.',
      businessPartner: 'Povežite ga s podjetjem; kontaktno osebo povežete prek njenega podjetja.',
      privatePartner: 'Povežite ga z osebo.',
      partnerHeld: 'Če naj partnerja namesto tega ima ta zapis, najprej odvežite tisti zapis ({holderObject}).',
      noPartnerCode: 'Preverite šifro v Metakocki (Partnerji, stolpec »Šifra«) in poskusite znova.',
      noTaxNumber: 'Preverite davčno številko ali partnerja povežite po šifri.',
      severalTaxNumber: 'Partnerja namesto tega povežite po šifri.',
    },
  },
  DOCUMENT_ACTION_DENIED: {
    meaning:
      'Ukaz za dokument je bil zavrnjen, preden je bilo karkoli poslano: za brisanje naročila ali spremembo ' +
      'njegovega stanja je potrebno dovoljenje »Manage Metakocka«; za pošiljanje dokumenta, prilaganje PDF-ja ali ' +
      'izdelavo dokumenta iz priložnosti pa pravica urejanja tega zapisa.',
    check: 'Sporočilo navede dejanje in razlog; vloga uporabnika je v Twentyju pod Nastavitve → Vloge.',
    action: 'Skrbnika delovnega prostora prosite za pravico, ki jo navaja sporočilo, ali prosite nekoga, ki jo ima.',
    message: '{problem}',
    terms: {
      'problem.managersOnly': 'Samo osebe z dovoljenjem »Manage Metakocka« lahko {managerAction}.',
      'problem.recordAccess': 'Nimate pravice, da bi {verb} ({record}): {reason}.',
      'managerAction.delete': 'brišejo naročila v Metakocki',
      'managerAction.change-status': 'spreminjajo stanje naročil v Metakocki',
      'verb.push': 'poslali ta zapis v Metakocko',
      'verb.get-pdf': 'temu zapisu priložili PDF',
      'verb.create-from-opportunity': 'iz tega zapisa naredili dokument v Metakocki',
      'record.opportunity': 'priložnost',
      'record.salesDocument': 'prodajni dokument',
      'reason.permissionsUnreadable': 'Twenty aplikaciji ni sporočil vaših pravic',
      'reason.roleMayNotEdit': 'vaša vloga ne sme urejati zapisov te vrste',
      'reason.notVisible': 'ta zapis za vas ni viden',
    },
    nextSteps: {
      managersOnly:
        'Skrbnika delovnega prostora prosite za dovoljenje »Manage Metakocka« (Nastavitve → Vloge) ali za vlogo ' +
        'upravitelja Metakocke.',
      recordAccess:
        'Skrbnika delovnega prostora prosite za pravico urejanja tega zapisa ({record}) (Nastavitve → Vloge) ali ' +
        'pa naj to naredi nekdo z dovoljenjem »Manage Metakocka«.',
    },
  },
  REPORT_PARAMETER_INVALID: {
    meaning: 'Poročilo je bilo zahtevano s parametrom, ki ga ne more uporabiti; nič ni bilo izračunano.',
    check:
      'Sporočilo navede parameter: obdobje sta dva meseca LLLL-MM, konec ni pred začetkom in obsega največ 10 let; ' +
      'valuta je ena od tistih na dokumentih (tri velike črke); vrste dokumentov so tiste, ki jih predloga pozna.',
    action: 'Na strani s poročili popravite navedeni parameter in poročilo zaženite znova.',
    message: 'Parameter poročila »{parameter}« ni veljaven: {problem}',
    terms: {
      'parameter.period': 'obdobje',
      'parameter.currency': 'valuta',
      'parameter.customer': 'kupec',
      'parameter.productCategory': 'kategorija izdelkov',
      'parameter.documentTypes': 'vrste dokumentov',
      'parameter.lowStockOnly': 'samo pod minimalno zalogo',
      'parameter.parameters': 'parametri',
      'problem.from-format': 'prvi mesec vpišite v obliki LLLL-MM, npr. 2026-01.',
      'problem.to-format': 'zadnji mesec vpišite v obliki LLLL-MM, npr. 2026-12.',
      'problem.order': 'konča se ({to}), preden se začne ({from}).',
      'problem.too-long': 'obsega več kot {max} mesecev.',
      'problem.currency': '»{value}« ni koda valute po ISO 4217, kot je EUR.',
      'problem.no-types': 'izberite vsaj eno vrsto dokumenta.',
      'problem.types': '{value} tu ni mogoče uporabiti; izberite med {allowed}.',
      'problem.not-object': 'podani morajo biti kot objekt.',
      'problem.not-taken': 'to poročilo ga ne sprejema.',
      'problem.required': 'je obvezen.',
      'problem.customer': 'izberite podjetje ali osebo s seznama.',
      'problem.category': 'ime kategorije naj ima največ 200 znakov.',
      'problem.boolean': 'vrednost je da ali ne.',
    },
  },
  REPORT_UNKNOWN_TEMPLATE: {
    meaning: 'Poročilo je bilo zahtevano s predlogo, ki je ta različica aplikacije nima.',
    check: 'Shranjeno poročilo ali urnik iz novejše različice ali tipkarska napaka v klicu API.',
    action:
      'Predlogo na strani s poročili izberite znova; če sodelavec uporablja novejšo različico, posodobite aplikacijo.',
    message: 'Predloge poročila »{template}« ni.',
  },
  REPORT_SCHEDULE_INVALID: {
    meaning:
      'Shranjeno poročilo je dobilo urnik pošiljanja z nastavitvijo, ki je ni mogoče uporabiti; nič ni bilo shranjeno.',
    check:
      'Sporočilo navede nastavitev: čas je UU:MM po ljubljanski uri (00:00–23:59); tedenski urnik potrebuje dan v ' +
      'tednu 1–7 (ponedeljek je 1); mesečni dan v mesecu 1–31 (krajši mesec pošlje zadnji dan); prejemnikov je ' +
      'od 1 do 50 članov delovnega prostora.',
    action: 'Popravite navedeno nastavitev in poročilo shranite znova.',
    message: 'Nastavitev urnika »{setting}« ni veljavna (podano: {value}).',
  },
  REPORT_SCHEDULE_RECIPIENT_UNKNOWN: {
    meaning: 'Urnik navaja prejemnika, ki ni član tega delovnega prostora; nič ni bilo shranjeno.',
    check: 'Član je morda zapustil delovni prostor, odkar je bil obrazec odprt.',
    action: 'Obrazec naložite znova in prejemnike ponovno izberite s seznama članov.',
    message: 'Prejemnik {member} ni član tega delovnega prostora.',
  },
  REPORT_SCHEDULE_NEEDS_MANAGER: {
    meaning:
      'Član brez pravice »Manage Metakocka« je poskušal ustvariti, spremeniti, odstraniti ali izbrisati načrtovano ' +
      'poročilo. Načrtovana poročila tečejo s pravicami aplikacije, zato prejemniki vidijo vse, kar poročilo prikaže.',
    check: 'Ali ima član pravico »Manage Metakocka« ali vlogo upravitelja Metakocke (Nastavitve → Vloge).',
    action: 'Poročilo shranite brez urnika ali prosite člana s pravico »Manage Metakocka«, naj ga načrtuje.',
    message:
      'Poročilo lahko načrtuje ali načrtovano poročilo spremeni le član s pravico »Manage Metakocka«: načrtovana ' +
      'poročila tečejo s pravicami aplikacije, zato prejemniki vidijo vse, kar poročilo prikaže.',
  },
  REPORT_SAVED_NOT_FOUND: {
    meaning: 'Shranjeno poročilo bi bilo treba spremeniti ali izbrisati, vendar ne obstaja več.',
    check: 'Morda ga je izbrisal sodelavec (Twenty izbrisane zapise nekaj časa hrani za obnovitev).',
    action: 'Znova naložite seznam shranjenih poročil.',
    message: 'Shranjenega poročila {id} ni.',
  },
  KPI_TARGETS_INVALID: {
    meaning:
      'Ciljne vrednosti KPI so bile shranjene z vrednostmi, ki jih aplikacija ne more uporabiti; nič ni bilo spremenjeno.',
    check:
      'Sporočilo navede vsak cilj: zneski so decimalna števila z največ dvema decimalkama po kodi valute (EUR), ' +
      'števila so cela, deleži so odstotki 0–100, meseci LLLL-MM; neznani cilji so zavrnjeni.',
    action: 'Popravite navedene cilje in jih shranite znova.',
    message: 'Ciljne vrednosti KPI niso veljavne: {problems}',
  },
  REPORT_SAVED_NOT_YOURS: {
    meaning: 'Član je poskušal spremeniti ali izbrisati poročilo, ki ga je shranil drug član.',
    check: 'Poročilo lahko spremeni ali izbriše le član, ki ga je shranil, ali član s pravico »Manage Metakocka«.',
    action: 'Shranite ga pod novim imenom ali prosite člana, ki ga je shranil, oziroma upravitelja.',
    message: 'Poročilo »{name}« lahko spremeni ali izbriše le član, ki ga je shranil, ali upravitelj.',
  },
  REPORT_DELIVERY_FAILED: {
    meaning:
      'Načrtovanega poročila ob tem zagonu ni bilo mogoče poslati (izvedba poročila, shranjevanje datoteke ali ' +
      'opravila za prejemnike niso uspeli); za ta termin ni bilo poslano nič.',
    check:
      'Stran s poročili prikaže napako pod shranjenim poročilom; podrobnost pove, kaj ni uspelo. Preverite, ali ' +
      'aplikacija še bere Twenty (preverjanje stanja) in ali se poročilo z istimi parametri izvede ročno.',
    action: 'Ob eni napaki ni treba storiti nič: naslednji zagon poročil (vsakih 5 minut) poskusi isti termin znova.',
    message: 'Načrtovanega poročila ni bilo mogoče poslati: {detail}',
  },
  REPORT_DELIVERY_FAILING: {
    meaning:
      'Pošiljanje načrtovanega poročila je spodletelo tolikokrat zapored, kot določa nastavitev opozoril »neuspešni ' +
      'zagoni zapored«; prejemniki opozoril so dobili opravilo, webhook za opozorila pa sporočilo, enkrat za ta niz napak.',
    check:
      'Shranjeno poročilo na strani s poročili prikaže zadnjo napako in koliko pošiljanj zapored je spodletelo; ' +
      'poročilo z istimi parametri izvedite ročno in preverite, ali spodleti tudi tam.',
    action:
      'Odpravite, kar navaja zadnja napaka (ali spremenite oziroma odstranite načrt); naslednje uspešno pošiljanje ' +
      'konča niz napak, poznejši niz pa znova sproži opozorilo.',
    message: 'Pošiljanje načrtovanega poročila »{name}« je spodletelo {count}-krat zapored: {detail}',
  },
  REPORT_JOB_NEEDS_MANAGER: {
    meaning:
      'Poročilo bi prebralo več, kot zmore en zagon funkcije (300 s), zato bi teklo kot opravilo v ozadju. Opravila ' +
      'nimajo klicatelja in berejo s pravicami aplikacije, zato ga lahko zažene ali spremlja le upravitelj (D95).',
    check: 'Ocena v sporočilu: število zapisov za branje; ali ima član pravico »Manage Metakocka«.',
    action:
      'Zožite obdobje, valuto ali kupca, da se poročilo izračuna takoj, ali prosite člana s pravico ' +
      '»Manage Metakocka«, naj ga zažene (ali načrtuje).',
    message:
      'To poročilo prebere približno {records} zapisov, več kot zmore en zagon, zato teče v ozadju s pravicami ' +
      'aplikacije: zažene ga lahko le član s pravico »Manage Metakocka«.',
  },
  REPORT_JOB_NOT_FOUND: {
    meaning: 'Stran s poročili je zahtevala poročilo v ozadju, ki ga aplikacija ne hrani več (hrani zadnjih 20).',
    check: 'Morda je bilo medtem zagnanih veliko dolgih poročil ali pa je bila aplikacija znova nameščena.',
    action: 'Poročilo zaženite znova.',
    message: 'Poročila v ozadju {jobId} ni več.',
  },
  REPORT_JOB_FAILED: {
    meaning: 'Poročilo, ki je teklo v ozadju, se je ustavilo z nepričakovano napako; njegove številke niso prikazane.',
    check: 'Dnevnik aplikacije za funkcijo report-job navede napako.',
    action: 'Poročilo zaženite znova; če spet ne uspe, sporočilo pošljite vzdrževalcem aplikacije.',
    message: 'Poročilo v ozadju se je ustavilo: {detail}',
  },
  PREVIEW_NOT_FOUND: {
    meaning:
      'Shranjevanje ali zahteva za predogled navaja predogled učinka, ki ga aplikacija nima (tipkarska napaka ali star predogled).',
    check: 'Aplikacija hrani zadnjih pet predogledov; konzola pokaže trenutnega.',
    action: 'Začnite nov predogled spremembe in shranite iz njega.',
    message: 'Predogleda učinka {previewId} ni.',
  },
  PREVIEW_NOT_FINISHED: {
    meaning: 'Shranjevanje je želelo uporabiti predogled, ki še teče, ni uspel ali je bil preklican.',
    check: 'Pot za stanje predogleda pokaže njegovo stanje in, če ni uspel, zakaj.',
    action: 'Počakajte, da se predogled konča, ali začnite novega; nato shranite.',
    message: 'Predogled učinka {previewId} je {status}, ne končan, zato njegove nastavitve niso shranjene.',
    terms: { 'status.running': 'še v teku', 'status.failed': 'neuspešen', 'status.cancelled': 'preklican' },
  },
  PREVIEW_STALE: {
    meaning:
      'Nastavitve sinhronizacije so se spremenile po začetku predogleda, zato to, kar je pokazal, morda ni več to, kar bi naredilo shranjevanje.',
    check: 'Vnosi revizijske sledi nastavitev pokažejo, kdo jih je spremenil in kdaj.',
    action: 'Začnite nov predogled svoje spremembe in shranite iz njega.',
    message: 'Nastavitve sinhronizacije so se spremenile po začetku predogleda učinka {previewId}; nič ni shranjeno.',
  },
  BAD_INPUT: {
    meaning: 'Doktor je dobil manjkajoč ali napačno oblikovan naslov, ID podjetja ali skrivni ključ.',
    check: 'Naslov se začne s `https://`; podane so vse tri vrednosti.',
    action: 'Podajte vse tri; naslov je samo gostitelj.',
    message: 'Naslov, ID podjetja ali skrivni ključ manjka ali je napačne oblike.',
  },
  DASHBOARDS_NOT_LISTED: {
    meaning:
      'Namestitev nadzornih plošč aplikacije ni mogla dodati na Twentyjev seznam nadzornih plošč; strani v mapi Metakocka v stranski vrstici delujejo kot prej.',
    check:
      'Pasica stanja in stanje na strani z nastavitvami navedeta korak, ki ni uspel; na Twentyjevem seznamu nadzornih plošč ni nadzornih plošč Metakocke.',
    action:
      'Nič ni izgubljeno: nadzorne plošče odprite iz mape Metakocka v stranski vrstici. Naslednja nadgradnja ali ponovna namestitev aplikacije poskusi znova; če se napaka ponavlja, sporočilo pošljite vzdrževalcem aplikacije.',
    message: 'Nadzornih plošč Metakocke ni bilo mogoče dodati na Twentyjev seznam nadzornih plošč ({step}): {detail}',
    terms: {
      'step.layouts': 'branje nameščenih postavitev strani',
      'step.missing': 'postavitev strani nadzorne plošče ni nameščena',
      'step.records': 'ustvarjanje ali obnavljanje zapisov nadzornih plošč',
    },
  },
  MK_VALUE: {
    meaning:
      'Vrednost, ki jo sinhronizacija bere ali pošilja, ni v obliki, ki jo uporablja Metakocka (število, datum ali ' +
      'znesek, ki ga ni mogoče natančno prebrati), zato je zapis ostal, kakršen je bil.',
    check: 'Sporočilo navede vrednost in kakšna bi morala biti; težava navede zapis. Preverite ga na obeh straneh.',
    action: 'Vrednost na zapisu popravite (v Metakocki ali Twentyju); naslednje izvajanje jo prevzame.',
    message: 'Vrednost {value} ni {kind}.',
    terms: {
      'kind.number': 'število v obliki, ki jo uporablja Metakocka (npr. 12, 0,5 ali 1.895,01)',
      'kind.count': 'celo število',
      'kind.id': 'ID',
      'kind.text': 'besedilo',
      'kind.boolean': 'logična vrednost (da ali ne)',
      'kind.date': 'datum (npr. 2026-12-07 ali 7.12.2026)',
      'kind.timestamp': 'datum s časom in časovnim pasom',
      'kind.instant': 'trenutek v času',
      'kind.decimals': 'znesek z največ {scale} decimalkami',
      'kind.safeRange': 'znesek, ki ga aplikacija lahko natančno hrani',
      'kind.minorUnits': 'celo število centov',
      'kind.isoDate': 'datum v obliki LLLL-MM-DD',
    },
  },
  // lang-sweep: the settings page's own warnings, worded for the reader.
  SETTINGS_KEYS_IGNORED: {
    meaning:
      'Shranjene nastavitve sinhronizacije vsebujejo nastavitve, ki jih ta različica aplikacije ne pozna; prezrte so.',
    check: 'Opozorilo na strani s konzolo navede njihova imena.',
    action: 'Nič: naslednje shranjevanje nastavitev jih odstrani.',
    message:
      'Shranjene nastavitve vsebujejo {keys}, ki jih ta različica aplikacije ne pozna (zapisala jih je starejša ali novejša različica ali ročna sprememba). Prezrte so, naslednje shranjevanje pa jih odstrani.',
  },
  REPORT_REQUEST_INVALID: {
    meaning: 'Zahteva za zagon, shranjevanje, brisanje ali branje poročila nima oblike, ki jo pot sprejme.',
    check: 'Sporočilo navede vsako napačno polje; obliko zahtev opisuje server/routes/contracts.ts.',
    action: 'Popravite navedena polja in zahtevo pošljite znova; stran s poročili pošilja veljavne zahteve.',
    message: '{problem}',
    terms: { 'problem.report': 'Zahteva za poročilo ni veljavna.' },
    nextSteps: { report: 'Popravite polja »{fields}« in zahtevo pošljite znova.' },
  },
};

export type ErrorLanguage = Language;

export const errorCatalogue: { en: Record<ErrorCode, ErrorEntry>; sl: Record<ErrorCode, ErrorTexts> } = { en, sl };

export const errorCodes = Object.keys(en) as ErrorCode[];

export const isErrorCode = (code: string): code is ErrorCode => Object.prototype.hasOwnProperty.call(en, code);

/** The severity an issue raised with `code` gets; an unknown code (an older install's) counts as ERROR. */
export const severityOf = (code: string | null | undefined): ErrorSeverity =>
  code && isErrorCode(code) ? en[code].severity : 'ERROR';

export type ErrorParams = Record<string, string | number>;

/** A parameter's value, or the language's word for it when the code words that value (terms). A term may hold
 *  placeholders worded in turn (one level: a problem's sentence naming a kind of document). */
function worded(texts: ErrorTexts, lang: ErrorLanguage, params: ErrorParams, depth = 2): ErrorParams {
  const terms = texts.terms;
  if (!terms || depth === 0) return params;
  const inner = worded(texts, lang, params, depth - 1);
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    const term = terms[`${name}.${value}`];
    out[name] = term === undefined ? value : fillMessage(lang, term, inner);
  }
  return out;
}

/**
 * The message of `code` in `lang` with its `{name}` placeholders filled from `params`. A placeholder without a
 * parameter stays visible as `{name}` rather than failing: an error being raised must not throw a second one.
 */
export function renderError(code: ErrorCode, params: ErrorParams = {}, lang: ErrorLanguage = 'en'): string {
  const texts = errorCatalogue[lang][code];
  return fillMessage(lang, texts.message, worded(texts, lang, withCause(params, lang)));
}

/** The next step for `code` in `lang`: the one `params.next` names, else the code's own action (the "What to do" of
 *  docs/troubleshooting.md). */
export function renderAction(code: ErrorCode, params: ErrorParams = {}, lang: ErrorLanguage = 'en'): string {
  const texts = errorCatalogue[lang][code];
  const step = params.next === undefined ? undefined : texts.nextSteps?.[String(params.next)];
  return step === undefined ? texts.action : fillMessage(lang, step, worded(texts, lang, withCause(params, lang)));
}

const CAUSE = 'cause.';

/** The parameters that tell another error inside a message (a push that failed under a kept conflict): its code, and
 *  its own parameters under `cause.`, so `{cause}` and `{causeAction}` are worded in the reader's language too. */
export const causeParams = (code: ErrorCode, params: ErrorParams): ErrorParams => ({
  causeCode: code,
  ...Object.fromEntries(Object.entries(params).map(([name, value]) => [`${CAUSE}${name}`, value])),
});

function withCause(params: ErrorParams, lang: ErrorLanguage): ErrorParams {
  const code = params.causeCode;
  if (typeof code !== 'string' || !isErrorCode(code)) return params;
  const inner = Object.fromEntries(
    Object.entries(params)
      .filter(([name]) => name.startsWith(CAUSE))
      .map(([name, value]) => [name.slice(CAUSE.length), value]),
  );
  return { ...params, cause: renderError(code, inner, lang), causeAction: renderAction(code, inner, lang) };
}
