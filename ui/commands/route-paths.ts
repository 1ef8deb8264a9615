// The routes the command-menu items call, as `/s/<path>` (APPS.md §4 "Calling the app's own logic functions").
// server/sync/route-paths imports nothing, so the front-component bundles get only these strings.
import { SYNC_ROUTES } from 'server/sync/route-paths';

export const COMMAND_ROUTES = {
  runSync: SYNC_ROUTES.runSync,
  recordAction: SYNC_ROUTES.recordAction,
  linkPartner: SYNC_ROUTES.linkPartner,
  /** Declared by plugin/functions/sales-document-action.logic-function.ts (helper H). */
  documentAction: '/metakocka/documents/action',
} as const;

export type CommandRoutePath = (typeof COMMAND_ROUTES)[keyof typeof COMMAND_ROUTES];
