// A small repository over one Twenty object: reads by value lists, batched upserts and ordered paging.
import type { CrmGateway } from './gateway';

/** Twenty refuses more than 200 records per createXxx and per updateXxx(filter) (contract/README.md "Key limits", f4, e4). */
export const TWENTY_BATCH_CAP = 200;

export interface ObjectSpec {
  nameSingular: string; // e.g. 'company'
  namePlural: string; // e.g. 'companies'
  selection: string; // GraphQL selection set, without braces
}

export interface CrmPage<T> {
  records: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface RecordRepo<TRecord extends { id: string }, TDraft> {
  /** Records whose field (dotted for composites, e.g. 'emails.primaryEmail') is one of values; one `in` filter per 200 values. */
  findBy(field: string, values: string[], opts?: { withDeleted?: boolean }): Promise<TRecord[]>;
  findByIds(ids: string[], opts?: { withDeleted?: boolean }): Promise<TRecord[]>;
  /** Records matching any of several value lists (an `or` of `in` filters): one read per 200 values in all, not per field. */
  findByAny(values: Record<string, string[]>, opts?: { withDeleted?: boolean }): Promise<TRecord[]>;
  /** Every record matching a filter, following the cursor page by page. */
  findWhere(filter: Record<string, unknown>): Promise<TRecord[]>;
  /** createXxx(data, upsert: true) in chunks of the gateway's write batch size (at most 200); matches on id or any unique
   *  field (contract/README.md "Upsert"). */
  upsertMany(drafts: TDraft[]): Promise<TRecord[]>;
  /** Forward page ordered by createdAt then id, so records created mid-run go to the tail (APPS.md §8); `orderBy` for
   *  lists a person reads (newest first), where that does not matter. */
  page(
    after: string | null,
    first: number,
    filter?: Record<string, unknown>,
    orderBy?: Array<Record<string, string>>,
  ): Promise<CrmPage<TRecord>>;
  softDeleteByIds(ids: string[]): Promise<void>;
  calls(): number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** 'emails.primaryEmail' + {in: [...]} → { emails: { primaryEmail: { in: [...] } } } */
export function fieldFilter(field: string, operator: Record<string, unknown>): Record<string, unknown> {
  return field.split('.').reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), operator);
}

// Soft-deleted rows are hidden unless the filter mentions deletedAt (contract/README.md "Queries and paging").
export const ANY_DELETION_STATE = { or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }] };

export function createRecordRepo<TRecord extends { id: string }, TDraft>(
  gateway: CrmGateway,
  spec: ObjectSpec,
): RecordRepo<TRecord, TDraft> {
  const type = capitalise(spec.nameSingular);
  const pluralType = capitalise(spec.namePlural);
  let calls = 0;
  const pageDocument = `query Page${pluralType}($first: Int, $after: String, $filter: ${type}FilterInput, $orderBy: [${type}OrderByInput]) {
  ${spec.namePlural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${spec.selection} } } } }`;
  const upsertDocument = `mutation Upsert${pluralType}($data: [${type}CreateInput!]!) {
  create${pluralType}(data: $data, upsert: true) { ${spec.selection} } }`;
  const deleteDocument = `mutation Delete${pluralType}($filter: ${type}FilterInput!) { delete${pluralType}(filter: $filter) { id } }`;

  async function page(
    after: string | null,
    first: number,
    filter?: Record<string, unknown>,
    orderBy: Array<Record<string, string>> = [{ createdAt: 'AscNullsFirst' }, { id: 'AscNullsFirst' }],
  ): Promise<CrmPage<TRecord>> {
    calls += 1;
    const data = await gateway.request<
      Record<
        string,
        {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: TRecord }>;
        }
      >
    >(pageDocument, {
      first,
      after,
      filter: filter ?? {},
      orderBy,
    });
    const connection = data[spec.namePlural]!;
    return {
      records: connection.edges.map((edge) => edge.node),
      endCursor: connection.pageInfo.endCursor,
      hasNextPage: connection.pageInfo.hasNextPage,
      totalCount: connection.totalCount,
    };
  }

  async function findAll(filter: Record<string, unknown>): Promise<TRecord[]> {
    const out: TRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const result: CrmPage<TRecord> = await page(after, TWENTY_BATCH_CAP, filter);
      out.push(...result.records);
      if (!result.hasNextPage || !result.endCursor) return out;
      after = result.endCursor;
    }
  }

  async function findByAny(values: Record<string, string[]>, opts?: { withDeleted?: boolean }): Promise<TRecord[]> {
    const pairs = Object.entries(values).flatMap(([field, list]) =>
      [...new Set(list.filter((v) => v !== ''))].map((v) => [field, v] as const),
    );
    const out = new Map<string, TRecord>();
    for (const part of chunk(pairs, TWENTY_BATCH_CAP)) {
      const byField = new Map<string, string[]>();
      for (const [field, value] of part) byField.set(field, [...(byField.get(field) ?? []), value]);
      const filters = [...byField].map(([field, list]) => fieldFilter(field, { in: list }));
      // One field is the plain `in` filter (contract d1), which Twenty answers from the field's index.
      const any = filters.length === 1 ? filters[0]! : { or: filters };
      for (const record of await findAll(opts?.withDeleted ? { and: [any, ANY_DELETION_STATE] } : any))
        out.set(record.id, record);
    }
    return [...out.values()];
  }

  return {
    findBy: (field, values, opts) => findByAny({ [field]: values }, opts),
    findByAny,
    findByIds: (ids, opts) => findByAny({ id: ids }, opts),
    findWhere: findAll,
    page,
    calls: () => calls,
    async upsertMany(drafts) {
      const out: TRecord[] = [];
      if (drafts.length === 0) return out;
      const size = Math.min(
        TWENTY_BATCH_CAP,
        Math.max(1, Math.floor((await gateway.writeBatchSize?.()) ?? TWENTY_BATCH_CAP)),
      );
      for (const part of chunk(drafts, size)) {
        calls += 1;
        const data = await gateway.request<Record<string, TRecord[]>>(upsertDocument, { data: part });
        out.push(...(data[`create${pluralType}`] ?? []));
      }
      return out;
    },
    async softDeleteByIds(ids) {
      for (const part of chunk([...new Set(ids)], TWENTY_BATCH_CAP)) {
        calls += 1;
        await gateway.request(deleteDocument, { filter: { id: { in: part } } });
      }
    },
  };
}
