// Paths of the sync's HTTP routes, served by Twenty at /s/<path> (APPS.md §3.3); shared by plugin/functions, UI and tests.
export const SYNC_ROUTES = {
  stockWebhook: '/metakocka/webhooks/stock',
  settingsRead: '/metakocka/sync/settings',
  settingsSave: '/metakocka/sync/settings/save',
  settingsReset: '/metakocka/sync/settings/reset',
  resolveConflict: '/metakocka/sync/conflicts/resolve',
  recordAction: '/metakocka/sync/record-action',
  linkPartner: '/metakocka/sync/link-partner',
  runSync: '/metakocka/sync/run',
} as const;

/** Headers Twenty must forward to the webhook route (only listed headers are passed, lower-cased; APPS.md §3.3).
 *  X-MetaKocka-Id is not among them: it is not signed, so it proves nothing (D39). */
export const STOCK_WEBHOOK_HEADERS = ['x-metakocka-event', 'x-metakocka-signature'];
