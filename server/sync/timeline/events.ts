// What the sync did to one record, as its timeline shows it (issue 18 item 3, D81). Events are collected while a page
// is planned and written with it, in one batch (book.ts); a record gets at most one row per kind per page.
import { OBJECT_NAMES } from 'plugin/constants/names';
import type { SyncIssueDraft } from 'server/crm';

export type SyncEventKind =
  'pulled' | 'pushed' | 'conflictRaised' | 'conflictResolved' | 'errorRaised' | 'errorResolved';

export interface SyncEvent {
  /** nameSingular of the record's object. */
  object: TimelineObject;
  recordId: string;
  kind: SyncEventKind;
  /** The fields that changed (pulled, pushed) or are in conflict. */
  fields?: string[];
  /** The error code of an error raised or resolved. */
  errorCode?: string;
}

/** The records whose timeline the sync writes on: the ones a sync issue can link to (D43). */
export type TimelineObject =
  'company' | 'person' | typeof OBJECT_NAMES.product.singular | typeof OBJECT_NAMES.salesDocument.singular;

const ISSUE_LINKS: Array<[keyof SyncIssueDraft, TimelineObject]> = [
  ['companyId', 'company'],
  ['personId', 'person'],
  ['productId', OBJECT_NAMES.product.singular],
  ['salesDocumentId', OBJECT_NAMES.salesDocument.singular],
];

/** The record an issue is linked to, whose timeline shows the issue being raised or resolved. */
export function issueRecord(issue: Partial<SyncIssueDraft>): { object: TimelineObject; recordId: string } | null {
  for (const [field, object] of ISSUE_LINKS) {
    const id = issue[field];
    if (typeof id === 'string' && id !== '') return { object, recordId: id };
  }
  return null;
}

/** The event an issue written this flush stands for: raised when it is new or comes back, resolved when closed. */
export function issueEvent(
  issue: Partial<SyncIssueDraft>,
  change: 'raised' | 'resolved',
  kind: string | null | undefined,
): SyncEvent | null {
  const record = issueRecord(issue);
  if (!record) return null;
  if (kind === 'CONFLICT')
    return {
      ...record,
      kind: change === 'raised' ? 'conflictRaised' : 'conflictResolved',
      fields: issue.conflictField ? [issue.conflictField] : [],
    };
  return {
    ...record,
    kind: change === 'raised' ? 'errorRaised' : 'errorResolved',
    ...(issue.errorCode ? { errorCode: issue.errorCode } : {}),
  };
}
