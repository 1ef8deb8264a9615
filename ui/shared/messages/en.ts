// English messages of the app's UI, keyed by message id; the ids are the contract with every other catalogue.
export const en = {
  'state.loading': 'Loading…',
  'state.retry': 'Try again',
  'state.nextStep': 'Next step: {action}',
  'state.unreachable': 'The Metakocka app did not answer.',
  'state.unreachable.next':
    'Check your connection and try again; if it persists, ask an admin to look at the app’s health.',
  'state.failed': 'This could not be loaded.',
  'state.notAllowed.title': 'You cannot change the Metakocka connection',
  'state.notAllowed.body': 'This page needs the “Manage Metakocka” permission.',
  'state.notAllowed.next':
    'Ask a workspace admin for the “Manage Metakocka” permission or the Metakocka manager role. Your own Metakocka key is under Settings → My Metakocka account.',
  'common.never': 'never',
  'common.unknownMember': 'member {id}',
  'common.cancel': 'Cancel',
  'input.companyId.notNumber': 'The company id is a number: digits only, without spaces or letters.',
  'input.companyId.tooLong':
    'The company id is too long: {length} digits, and a Metakocka company id has at most {max}.',
  'input.companyId.copyAgain':
    'Copy the company id from Metakocka (Settings → API) again; it is a short number such as 4411.',
  'input.secretKey.tooLong':
    'The secret key is too long: {length} characters, and a Metakocka secret key has at most {max}.',
  'input.secretKey.spaces': 'The secret key contains spaces or line breaks.',
  'input.secretKey.empty': 'Enter the secret key.',
  'input.secretKey.copyAgain':
    'Copy only the secret key from Metakocka (Settings → API) and paste it as one word, without the text around it.',

  'settings.title': 'Metakocka',
  'settings.subtitle': 'Connect this workspace to your company in Metakocka.',
  'settings.inbox.title': 'Sync issues',
  'settings.inbox.body':
    'Records the sync could not bring across and conflicts wait in Metakocka → Sync issues (left sidebar): filter them, retry, ignore or resolve them, and choose a side in a conflict.',

  'health.NOT_CONFIGURED': 'Not connected: enter the company id and the secret key.',
  'health.CREDENTIALS_REFUSED': 'Metakocka refused the credentials.',
  'health.SYNC_FAILED': 'Connected, but the last sync ({time}) failed.',
  'health.SYNC_FAILED.next':
    'Open the failed sync run to read what went wrong, put it right, then run “{command}” from the command menu (Ctrl+K or ⌘K).',
  'health.openRun': 'Open the failed sync run',
  'health.SYNC_ISSUES': 'Connected. The last sync ({time}) finished with issues.',
  'health.CRITICAL_ISSUES': {
    one: 'Connected, but {count} CRITICAL sync issue is open.',
    other: 'Connected, but {count} CRITICAL sync issues are open.',
  },
  'health.CRITICAL_ISSUES.next':
    'Open Metakocka → Sync issues, filter by severity CRITICAL and follow each issue’s suggested action: the sync cannot go on for these records until someone acts.',
  'health.STREAM_FAILING': {
    one: 'Connected, but the last sync of {streams} failed.',
    other: 'Connected, but the sync of {streams} failed {count} times in a row.',
  },
  'health.STREAM_FAILING.next':
    'Open the sync console (Metakocka → Sync console) and read the failed runs in its history; the alert recipients have a task for it.',
  'health.stream.PARTNERS': 'partners',
  'health.stream.PRODUCTS': 'products',
  'health.stream.STOCK': 'stock',
  'health.stream.DOCUMENTS': 'sales documents',
  'health.running': 'A sync is running (started {time}).',
  'health.NEVER_SYNCED': 'Connected. No sync has run yet.',
  'health.NEVER_SYNCED.next':
    'Start the first sync: open the command menu (Ctrl+K or ⌘K) and run “{command}”. It brings partners and products from Metakocka.',
  'health.HEALTHY': 'Connected. Last sync: {time}.',
  'health.dashboards': "The Metakocka dashboards are not in Twenty's Dashboards list ({step}): {reason}",
  'health.dashboards.step.layouts': 'reading the installed page layouts',
  'health.dashboards.step.missing': 'a dashboard page layout is not installed',
  'health.dashboards.step.records': 'listing the dashboard records',
  'health.dashboards.next':
    'Open the dashboards from the Metakocka sidebar folder, which works as before; the next upgrade or reinstall lists them again.',
  'health.changedOutside': 'The credentials were changed outside this page on {time}.',
  'health.missing': 'Missing: {what}.',
  'language.mine.title': 'Language',
  'language.mine.hint':
    'The language the Metakocka app speaks to you: its pages, messages and what it sends you. Only yours changes.',
  'language.workspace.title': 'Language of the workspace',
  'language.workspace.hint':
    'For every member who has not chosen their own, and for sync issue messages in Twenty’s own lists.',
  'language.follow': 'Same as the workspace ({language})',
  'language.name.en': 'English',
  'language.name.sl': 'Slovenščina',
  'language.save': 'Save language',
  'language.saved': 'Language saved.',
  'health.missing.companyId': 'the company id',
  'health.missing.secretKey': 'the secret key',

  'connection.title': 'Connection',
  'connection.endpoint': 'API endpoint',
  'connection.endpoint.production': 'Production (main.metakocka.si)',
  'connection.endpoint.development': 'Metakocka development host (devmainsi.metakocka.si)',
  'connection.endpoint.custom': 'Custom address',
  'connection.customUrl': 'Server address',
  'connection.customUrl.hint':
    'The server only, such as https://metakocka.example.si. A Twenty administrator must first list it in the app variable METAKOCKA_ALLOWED_ENDPOINTS.',
  'connection.companyId': 'Company id',
  'connection.companyId.hint': 'In Metakocka: Settings → API.',
  'connection.secretKey': 'Secret key',
  'connection.secretKey.set': 'A key is set (changed {time}). Leave the field empty to keep it.',
  'connection.secretKey.setUndated': 'A key is set. Leave the field empty to keep it.',
  'connection.secretKey.notSet': 'No key is set yet.',
  'connection.secretKey.endpointChanged':
    'You are changing the endpoint: enter the secret key again. A stored key is only sent to the endpoint it was saved with.',
  'connection.test': 'Test connection',
  'connection.testing': 'Testing…',
  'connection.save': 'Save',
  'connection.saving': 'Checking and saving…',
  'connection.saved': 'Saved. Metakocka accepted the credentials.',
  'connection.notSaved': 'Nothing was saved.',

  'checks.title': 'Connection test',
  'checks.passed': 'All checks passed.',
  'checks.failed': 'A check failed.',
  'checks.outcome.pass': 'Passed',
  'checks.outcome.fail': 'Failed',
  'checks.outcome.skip': 'Skipped',
  'checks.fix': 'What to do: {fix}',
  'check.config': 'The address, company id and secret key are filled in',
  'check.reachability': 'Metakocka answers at this address',
  'check.family-a': 'Products and warehouses are found',
  'check.credentials': 'Metakocka accepts the company id and secret key',
  'check.family-b': 'Documents and partners are found',
  'check.partners': 'Partners can be read',
  'check.products': 'Products can be read',
  'check.documents': 'Sales documents can be read',
  'check.serial-search': 'Searches queue one after another without timing out',

  'personal.title': 'Personal Metakocka credentials',
  'personal.policy': 'Actions people start in Twenty use',
  'personal.background': 'Scheduled syncs always use the organisation’s credentials.',
  'policy.OFF': 'Always the organisation’s credentials',
  'policy.OPTIONAL': 'The person’s own credentials when set, otherwise the organisation’s',
  'policy.REQUIRED': 'Only the person’s own credentials (refused without them)',
  'personal.policy.save': 'Save policy',
  'personal.policy.saved': 'Policy saved.',
  'personal.empty':
    'Nobody has stored a personal credential yet. Each member stores their own under Settings → My Metakocka account; they appear here with their status.',
  'personal.col.member': 'Member',
  'personal.col.label': 'Label',
  'personal.col.status': 'Status',
  'personal.col.verified': 'Last verified',
  'personal.revoke': 'Revoke',
  'personal.revoked': 'Revoked.',
  'personal.revoke.confirm':
    'Revoke the Metakocka key of {name}? Their actions then use the organisation’s credentials, or are refused while personal keys are required. They can enter a key again.',
  'personal.revoke.yes': 'Yes, revoke',
  'credentialStatus.VERIFIED': 'Verified',
  'credentialStatus.UNVERIFIED': 'Not verified yet',
  'credentialStatus.INVALID': 'Refused by Metakocka',
  'credentialStatus.ENDPOINT_CHANGED': 'Saved for another endpoint: the member must enter it again',

  'rotation.title': 'Encryption key',
  'rotation.body':
    'Personal keys are stored encrypted. Rotating replaces the encryption key and re-encrypts every stored key.',
  'rotation.button': 'Rotate encryption key',
  'rotation.done': {
    one: 'New key {keyId}: {count} stored key re-encrypted.',
    other: 'New key {keyId}: {count} stored keys re-encrypted.',
  },
  'rotation.unreadable': {
    one: '{count} stored key could not be read; its owner must enter it again.',
    other: '{count} stored keys could not be read; their owners must enter them again.',
  },
  'rotation.confirm':
    'Rotate the encryption key? Every stored personal key is re-encrypted with a new key; nobody has to enter their key again.',
  'rotation.yes': 'Yes, rotate',
  'rotation.nothing': 'No personal key is stored, so there is nothing to re-encrypt yet.',

  'my.title': 'My Metakocka account',
  'my.subtitle': 'Actions you start in Twenty can run under your own Metakocka user.',
  'my.off':
    'Your administrator has switched personal credentials off: everything runs on the organisation’s credentials.',
  'my.optional': 'Optional: without your own key, the organisation’s credentials are used.',
  'my.required': 'Required: actions you start need your own key.',
  'my.noOrg': 'Metakocka is not connected for this workspace yet. Ask an administrator to connect it first.',
  'my.none': 'You have not stored a key. Copy your secret key from Metakocka (Nastavitve → API) into the form below.',
  'my.stored': 'Your key is stored: {status}, last verified {time}.',
  'my.endpointChanged':
    'Metakocka is now reached at another address than the one your key was saved for, so your key is not used. Enter it again below.',
  'my.companyId.hint': 'This workspace uses Metakocka company {companyId}; keys of other companies are refused.',
  'my.secretKey.hint':
    'Your own API key from Metakocka (Settings → API). It is checked, then stored encrypted; nobody can read it back.',
  'my.label': 'Label (optional)',
  'my.save': 'Check and save my key',
  'my.saving': 'Checking…',
  'my.saved': 'Your key was checked and stored encrypted.',
  'my.delete': 'Remove my key',
  'my.deleted': 'Your key was removed.',
  'my.delete.confirm':
    'Remove your Metakocka key? Actions you start then use the organisation’s credentials, or are refused while your administrator requires personal keys. You can enter it again at any time.',
  'my.delete.yes': 'Yes, remove my key',
} as const;

export type MessageId = keyof typeof en;
