// Upgrading an install of the previous version that holds data (issue #12 item 10): its open sync issues, written
// without a link to their record, show up on their company's, person's, product's and sales document's Metakocka tab
// after the upgrade, and nothing else in the workspace changes.
import linkOpenIssues from 'migrations/0002-link-open-issues';
import { MIGRATIONS } from 'migrations/index';
import {
  PRODUCT_REPORTING_FIELDS,
  SALES_DOCUMENT_REPORTING_FIELDS,
  SYNC_ISSUE_REPORTING_FIELDS,
} from 'plugin/constants/names';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const OBJECTS = ['company', 'person', 'metakockaProduct', 'metakockaSalesDocument', 'metakockaSyncIssue'];
const LINKS = ['companyId', 'personId', 'productId', 'salesDocumentId'];

const issue = (issueKey: string, fields: Record<string, unknown>) => ({
  issueKey,
  name: issueKey,
  kind: 'ERROR',
  severity: 'ERROR',
  status: 'OPEN',
  stream: 'PARTNERS',
  message: 'Metakocka refused the record.',
  ...fields,
});

/** What version 0.1.0 left behind: its settings, migration 0001 recorded, bound records and unlinked issues. */
function seedPreviousVersion() {
  const { standIn } = world;
  seedInstalledVersion(standIn, '0.1.0');
  standIn.kv.set('metakocka:schema-version', 1);
  const [company] = standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  const [person] = standIn.seed('person', [
    { name: { firstName: 'Ana', lastName: 'Novak' }, metakockaContactId: '9101' },
  ]);
  const [product] = standIn.seed('metakockaProduct', [{ name: 'Vijak M8', metakockaId: '9201', code: 'VM8' }]);
  const [document] = standIn.seed('metakockaSalesDocument', [
    { name: 'Ponudba 2026-14', metakockaId: '9301', documentType: 'SALES_OFFER' },
  ]);
  standIn.seed('metakockaSyncIssue', [
    issue('partners:company:push', { recordObject: 'company', recordId: company!.id, metakockaId: null }),
    issue('partners:person:9101:AMBIGUOUS', { recordObject: 'person', metakockaId: '9101' }),
    issue('products:metakockaProduct:9201:MK_INVALID', {
      recordObject: 'metakockaProduct',
      metakockaId: '9201',
      stream: 'PRODUCTS',
    }),
    issue('documents:metakockaSalesDocument:9301:TOTALS', {
      recordObject: 'metakockaSalesDocument',
      metakockaId: '9301',
      stream: 'DOCUMENTS',
    }),
    issue('partners:company:9999:GONE', { recordObject: 'company', metakockaId: '9999' }),
    issue('partners:company:9001:OLD', { recordObject: 'company', metakockaId: '9001', status: 'RESOLVED' }),
    issue('partners:run:partners-run:INTERNAL', { recordObject: 'run', metakockaId: 'partners-run' }),
  ]);
  return { company: company!, person: person!, product: product!, document: document! };
}

const snapshot = () =>
  JSON.parse(JSON.stringify(Object.fromEntries(OBJECTS.map((object) => [object, world.standIn.store.rows(object)]))));

/** Drops what the upgrade may change: the issues' links (relation and record id), the severity and cause migration
 *  0007 sets, the chart fields migrations 0006 and 0009 fill (their own tests check those), and who changed them when. */
const LINK_WRITE = [
  ...LINKS,
  'recordId',
  'updatedAt',
  'updatedBy',
  'severity',
  'causeKey',
  ...Object.values(SYNC_ISSUE_REPORTING_FIELDS),
];
const CHART_WRITE = [
  ...Object.values(SALES_DOCUMENT_REPORTING_FIELDS),
  ...Object.values(PRODUCT_REPORTING_FIELDS),
  'updatedAt',
  'updatedBy',
];
const dropping = (row: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
const withoutLinks = (rows: Record<string, Array<Record<string, unknown>>>) =>
  Object.fromEntries(
    Object.entries(rows).map(([object, list]) => [
      object,
      list.map((row) =>
        object === 'metakockaSyncIssue'
          ? dropping(row, LINK_WRITE)
          : ['metakockaSalesDocument', 'metakockaProduct'].includes(object)
            ? dropping(row, CHART_WRITE)
            : row,
      ),
    ]),
  );

/** The issue keys a record's Metakocka tab lists, read as a user through the API. */
async function tabIssues(object: string, plural: string, relation: string, id: string): Promise<string[]> {
  const answer = await world.graphql(
    `query { ${plural}(filter: { id: { eq: "${id}" } }) { edges { node { ${relation} { edges { node { issueKey } } } } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data[plural].edges[0].node[relation].edges.map(
    (edge: { node: { issueKey: string } }) => edge.node.issueKey,
  );
}

describe('upgrade to migration 0002 with data in the workspace', () => {
  it("lists every open issue on its record's Metakocka tab and loses nothing", async () => {
    const records = seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.1.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    expect(await tabIssues('company', 'companies', 'metakockaSyncIssues', records.company.id as string)).toEqual([
      'partners:company:push',
    ]);
    expect(await tabIssues('person', 'people', 'metakockaSyncIssues', records.person.id as string)).toEqual([
      'partners:person:9101:AMBIGUOUS',
    ]);
    expect(
      await tabIssues('metakockaProduct', 'metakockaProducts', 'syncIssues', records.product.id as string),
    ).toEqual(['products:metakockaProduct:9201:MK_INVALID']);
    expect(
      await tabIssues('metakockaSalesDocument', 'metakockaSalesDocuments', 'syncIssues', records.document.id as string),
    ).toEqual(['documents:metakockaSalesDocument:9301:TOTALS']);
    const after = snapshot();
    expect(withoutLinks(after)).toEqual(withoutLinks(before));
    const unlinked = after.metakockaSyncIssue
      .filter((row: Record<string, unknown>) => LINKS.every((key) => !row[key]))
      .map((row: { issueKey: string }) => row.issueKey);
    // Not in Twenty, resolved, or not about a record: left as they were.
    expect(unlinked.sort()).toEqual([
      'partners:company:9001:OLD',
      'partners:company:9999:GONE',
      'partners:run:partners-run:INTERNAL',
    ]);
    expect(appliedSteps(world.standIn)).toEqual(MIGRATIONS.map((step) => step.id));

    // A crash between the step and its record runs it again: that writes nothing.
    await linkOpenIssues.up(createStandInRuntime(world.standIn));

    expect(snapshot()).toEqual(after);
  });
});
