// How reports read Twenty (issue 19 step 3): page by page, 200 records a call (Twenty's page cap, contract README), so
// a report of N records costs ceil(N / 200) calls and holds one page in memory at a time; or one `<plural>GroupBy`
// call when Twenty can do the grouping (UI-SURFACES.md §5; its limit and edge semantics are unverified, so reports
// that use it ask for no limit and read every group). Every call is counted: each report knows what it cost.
import type { CrmGateway } from 'server/crm/gateway';
import { TWENTY_BATCH_CAP } from 'server/crm/records';

export interface ObjectNames {
  singular: string;
  plural: string;
}

export interface GroupRow {
  dimensions: unknown[];
  totalCount: number;
  aggregates: Record<string, number | null>;
}

export interface ReadPage<T> {
  records: T[];
  /** Where the next page starts; null after the last one. */
  after: string | null;
}

/** What a reader has cost so far: a report run as a job carries it from one function run to the next. */
export interface ReadCost {
  calls: number;
  read: number;
}

export interface ReportReader {
  /** One page from a cursor (null: the first), ordered by creation then id: a job resumes from a saved cursor. */
  page<T>(
    object: ObjectNames,
    selection: string,
    filter: Record<string, unknown>,
    after: string | null,
  ): Promise<ReadPage<T>>;
  /** Every record matching the filter, handed over a page at a time, ordered by creation then id. */
  eachPage<T>(
    object: ObjectNames,
    selection: string,
    filter: Record<string, unknown>,
    onPage: (records: T[]) => void,
  ): Promise<void>;
  /** How many records match, in one call (the connection's totalCount). */
  count(object: ObjectNames, filter: Record<string, unknown>): Promise<number>;
  groupBy(
    object: ObjectNames,
    groupBy: Array<Record<string, unknown>>,
    filter: Record<string, unknown>,
    aggregates: string[],
  ): Promise<GroupRow[]>;
  calls(): number;
  recordsRead(): number;
}

const typeOf = (object: ObjectNames) => object.singular.charAt(0).toUpperCase() + object.singular.slice(1);

export function createReportReader(
  gateway: CrmGateway,
  onProgress?: (recordsRead: number) => void,
  spent: ReadCost = { calls: 0, read: 0 },
): ReportReader {
  let calls = spent.calls;
  let read = spent.read;
  async function page<T>(
    object: ObjectNames,
    selection: string,
    filter: Record<string, unknown>,
    after: string | null,
  ): Promise<ReadPage<T>> {
    const document = `query ReportPage($first: Int, $after: String, $filter: ${typeOf(object)}FilterInput, $orderBy: [${typeOf(object)}OrderByInput]) {
  ${object.plural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`;
    calls += 1;
    const data: Record<
      string,
      { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: T }> }
    > = await gateway.request(document, {
      first: TWENTY_BATCH_CAP,
      after,
      filter,
      orderBy: [{ createdAt: 'AscNullsFirst' }, { id: 'AscNullsFirst' }],
    });
    const connection = data[object.plural]!;
    read += connection.edges.length;
    onProgress?.(read);
    const more = connection.pageInfo.hasNextPage && connection.pageInfo.endCursor;
    return { records: connection.edges.map((edge) => edge.node), after: more ? connection.pageInfo.endCursor : null };
  }
  return {
    page,
    async eachPage<T>(
      object: ObjectNames,
      selection: string,
      filter: Record<string, unknown>,
      onPage: (records: T[]) => void,
    ) {
      let after: string | null = null;
      do {
        const next: ReadPage<T> = await page<T>(object, selection, filter, after);
        onPage(next.records);
        after = next.after;
      } while (after !== null);
    },
    async count(object, filter) {
      calls += 1;
      const data = await gateway.request<Record<string, { totalCount: number }>>(
        `query ReportCount($filter: ${typeOf(object)}FilterInput) { ${object.plural}(filter: $filter, first: 1) { totalCount } }`,
        { filter },
      );
      return data[object.plural]!.totalCount;
    },
    async groupBy(object, groupBy, filter, aggregates) {
      calls += 1;
      const root = `${object.plural}GroupBy`;
      const data = await gateway.request<
        Record<string, Array<Record<string, unknown> & { groupByDimensionValues: unknown[]; totalCount: number }>>
      >(
        `query ReportGroups($groupBy: [${typeOf(object)}GroupByInput!]!, $filter: ${typeOf(object)}FilterInput) {
  ${root}(groupBy: $groupBy, filter: $filter) { groupByDimensionValues totalCount ${aggregates.join(' ')} } }`,
        { groupBy, filter },
      );
      return (data[root] ?? []).map((group) => {
        read += group.totalCount;
        return {
          dimensions: group.groupByDimensionValues,
          totalCount: group.totalCount,
          aggregates: Object.fromEntries(aggregates.map((name) => [name, (group[name] as number | null) ?? null])),
        };
      });
    },
    calls: () => calls,
    recordsRead: () => read,
  };
}
