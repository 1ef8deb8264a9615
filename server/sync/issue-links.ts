// Links a sync issue to the Twenty record it is about, through the relation that record's Metakocka tab lists
// (company, person, product, sales document; D43). The sync names the record by its Twenty id when it has one and by
// its Metakocka id otherwise; both are checked against Twenty, because a link to a record that is not there (a write
// that failed in the same page) would make Twenty refuse the whole batch of issues.
import { OBJECT_NAMES } from 'plugin/constants/names';
import type { Crm, SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import type { RecordRepo } from 'server/crm/records';

export type IssueLinkField = 'companyId' | 'personId' | 'productId' | 'salesDocumentId';

type BoundRecord = { id: string } & Record<string, unknown>;

interface LinkTarget {
  field: IssueLinkField;
  repo(crm: Crm): RecordRepo<BoundRecord, unknown>;
  /** The binding fields a Metakocka id in an issue can match (a person is a partner's contact or a partner itself). */
  keys: string[];
}

export type IssueLinks = Pick<SyncIssueRecord, IssueLinkField | 'recordId'>;

/** By the issue's recordObject: the nameSingular of the affected Twenty object. */
const TARGETS: Record<string, LinkTarget> = {
  company: { field: 'companyId', repo: (crm) => crm.companies as never, keys: ['metakockaPartnerId'] },
  person: { field: 'personId', repo: (crm) => crm.people as never, keys: ['metakockaContactId', 'metakockaPartnerId'] },
  [OBJECT_NAMES.product.singular]: { field: 'productId', repo: (crm) => crm.products as never, keys: ['metakockaId'] },
  [OBJECT_NAMES.salesDocument.singular]: {
    field: 'salesDocumentId',
    repo: (crm) => crm.salesDocuments.documents as never,
    keys: ['metakockaId'],
  },
};

export const ISSUE_LINK_FIELDS: IssueLinkField[] = Object.values(TARGETS).map((target) => target.field);

export interface LinkableIssue {
  recordObject?: string | null;
  recordId?: string | null;
  metakockaId?: string | null;
}

/** The link fields for each issue whose record Twenty holds: its relation id and recordId. Others are left out. */
export async function findIssueLinks<T extends LinkableIssue>(
  crm: Crm,
  issues: T[],
): Promise<Map<T, Partial<IssueLinks>>> {
  const links = new Map<T, Partial<IssueLinks>>();
  for (const [object, target] of Object.entries(TARGETS)) {
    const mine = issues.filter((issue) => issue.recordObject === object && (issue.recordId || issue.metakockaId));
    if (mine.length === 0) continue;
    const ids = mine.flatMap((issue) => (issue.recordId ? [issue.recordId] : []));
    const mkIds = mine.flatMap((issue) => (issue.metakockaId ? [issue.metakockaId] : []));
    const records = await target
      .repo(crm)
      .findByAny({ id: ids, ...Object.fromEntries(target.keys.map((key) => [key, mkIds])) });
    const byId = new Map(records.map((record) => [record.id, record]));
    const byMkId = new Map(
      records.flatMap((record) =>
        target.keys.flatMap((key) =>
          typeof record[key] === 'string' && record[key] ? [[record[key] as string, record] as const] : [],
        ),
      ),
    );
    for (const issue of mine) {
      const record =
        (issue.recordId && byId.get(issue.recordId)) || (issue.metakockaId && byMkId.get(issue.metakockaId)) || null;
      if (record) links.set(issue, { [target.field]: record.id, recordId: record.id });
    }
  }
  return links;
}

/** The drafts with their links filled in, ready to upsert. */
export async function linkIssueDrafts(crm: Crm, drafts: SyncIssueDraft[]): Promise<SyncIssueDraft[]> {
  const links = await findIssueLinks(crm, drafts);
  return drafts.map((draft) => ({ ...draft, ...links.get(draft) }));
}
