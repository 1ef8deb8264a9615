// The stand-in's in-process cousin, the one in-memory Twenty of the engine's unit and crash tests (no HTTP, no built
// manifest, so a crash point costs milliseconds): the stand-in's rows behind the app's own Crm, with upsert on id or
// unique fields (restoring soft-deleted rows), batch cap, email lower-casing, phone country code, Relay-like paging and
// the filter operators the gateway uses (contract/README.md). Tests that need Twenty's whole API use the stand-in.
import { randomUUID } from 'node:crypto';
import { OBJECT_NAMES } from 'plugin/constants/names';
import { createCrm, CrmValidationError, type Crm } from 'server/crm';
import { toCrmError, type CrmGateway } from 'server/crm/gateway';
import { withIssueChartFields } from 'server/crm/sync-issues';
import { errors } from './errors';
import type { KvPort } from 'server/host/kv';
import { TWENTY_BATCH_CAP, type CrmPage, type RecordRepo } from 'server/crm/records';
import type { Row as StandInRow } from './store';

type Row = StandInRow & Record<string, any> & { createdAt: string };

const UNIQUE: Record<string, string[]> = {
  companies: ['metakockaPartnerId', 'domainName.primaryLinkUrl'],
  people: ['emails.primaryEmail', 'metakockaPartnerId', 'metakockaContactId'],
  metakockaProducts: ['metakockaId'],
  metakockaWarehouses: ['mark'],
  metakockaSyncIssues: ['issueKey'],
  metakockaSyncRuns: [],
  // Sales documents (server/crm/sales-documents.ts): both bindings are unique fields in the app's objects.
  metakockaSalesDocuments: ['metakockaId'],
  metakockaSalesDocumentLines: ['metakockaRowKey'],
  opportunities: [],
  // The credentials module's rows (server/credentials/twenty-rows.ts): one credential per workspace member.
  metakockaCredentials: ['ownerWorkspaceMemberId'],
  metakockaAuditEntries: [],
};

/** Objects served through the gateway's GraphQL (the repositories createRecordRepo builds, server/crm/records.ts). */
const GRAPHQL_TABLES = [
  'metakockaSalesDocuments',
  'metakockaSalesDocumentLines',
  'opportunities',
  'metakockaCredentials',
  'metakockaAuditEntries',
] as const;
type GraphqlTable = (typeof GRAPHQL_TABLES)[number];

const get = (row: any, path: string) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), row);
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Twenty's a6 answer, read the way the gateway reads every GraphQL error. */
const upsertConflict = (pairs: string) => {
  const { message, extensions } = errors.upsertConflict(pairs).toBody();
  return toCrmError({ message, extensions: extensions as { code?: string; subCode?: string } }, false);
};

function normalise(draft: Record<string, any>): Record<string, any> {
  const out = structuredClone(draft);
  if (out.emails?.primaryEmail) out.emails.primaryEmail = String(out.emails.primaryEmail).toLowerCase();
  const phone = out.phones?.primaryPhoneNumber;
  if (present(phone) && !String(phone).startsWith('+') && !present(out.phones.primaryPhoneCountryCode)) {
    throw new CrmValidationError(`Provided phone number is invalid ${phone}`, 'INVALID_PHONE_NUMBER');
  }
  return out;
}

function merge(base: any, patch: any): any {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch))
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object'
        ? { ...base[k], ...v }
        : v;
  return out;
}

// One Set per `in` list, so a filter over thousands of rows does not rescan its list for every row.
const inSets = new WeakMap<unknown[], Set<string>>();
function inSet(list: unknown[]): Set<string> {
  let set = inSets.get(list);
  if (!set) inSets.set(list, (set = new Set(list.map(String))));
  return set;
}

export function matches(row: any, filter: any): boolean {
  if (!filter || Object.keys(filter).length === 0) return true;
  return Object.entries(filter).every(([key, cond]: [string, any]) => {
    if (key === 'and') return cond.every((f: any) => matches(row, f));
    if (key === 'or') return cond.some((f: any) => matches(row, f));
    if (key === 'not') return !matches(row, cond);
    const ops = ['eq', 'neq', 'in', 'is', 'gt', 'gte', 'lt', 'lte', 'ilike'];
    if (!Object.keys(cond).some((k) => ops.includes(k))) return matches(row[key] ?? {}, cond);
    const v = row[key];
    const s = v === undefined || v === null ? null : v === '' ? null : v;
    if ('eq' in cond && String(s) !== String(cond.eq)) return false;
    if ('neq' in cond && String(s) === String(cond.neq)) return false;
    if ('in' in cond && !inSet(cond.in).has(String(s))) return false;
    if ('is' in cond && (cond.is === 'NULL') !== (s === null)) return false;
    if ('gte' in cond && !(s !== null && s >= cond.gte)) return false;
    if (
      'ilike' in cond &&
      !(
        s !== null &&
        new RegExp(
          `^${String(cond.ilike)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/%/g, '.*')}$`,
          'i',
        ).test(String(s))
      )
    )
      return false;
    return true;
  });
}

const mentionsDeletedAt = (filter: unknown) => JSON.stringify(filter ?? {}).includes('deletedAt');

export class MemoryTable {
  readonly rows = new Map<string, Row>();
  calls = 0;
  private tick = 0;
  private readonly unique: string[];
  // Value → ids per unique field, kept in step by upsert: rows change only there (a soft delete keeps its unique values,
  // since an upsert restores it). Rebuilding this per batch made a small-scale crash point cost a minute.
  private readonly index: Map<string, Map<unknown, Set<string>>>;
  // Ids in Twenty's default order (createdAt, then id), dropped when a row is added.
  private ordered: string[] | null = null;
  constructor(
    readonly plural: string,
    private readonly now: () => Date,
  ) {
    this.unique = UNIQUE[plural] ?? [];
    this.index = new Map(this.unique.map((field) => [field, new Map()]));
  }

  live = () => [...this.rows.values()].filter((r) => !r.deletedAt);

  private indexRow(row: Row, add: boolean): void {
    for (const field of this.unique) {
      const value = get(row, field);
      if (!present(value)) continue;
      const byValue = this.index.get(field)!;
      const ids = byValue.get(value) ?? new Set<string>();
      if (add) ids.add(row.id);
      else ids.delete(row.id);
      if (ids.size > 0) byValue.set(value, ids);
      else byValue.delete(value);
    }
  }

  private put(id: string, row: Row | undefined): void {
    const old = this.rows.get(id);
    if (old) this.indexRow(old, false);
    if (row) {
      this.rows.set(id, row);
      this.indexRow(row, true);
    } else this.rows.delete(id);
  }

  /** All or nothing, as Twenty's batch upsert: a failing draft leaves the table as it was. */
  upsert(drafts: Array<Record<string, any>>): Row[] {
    if (drafts.length > TWENTY_BATCH_CAP)
      throw new CrmValidationError('Maximum number of records to upsert is 200.', 'TOO_MANY_RECORDS_TO_UPDATE');
    const undo: Array<[string, Row | undefined]> = [];
    const out: Row[] = [];
    try {
      for (const raw of drafts) {
        const draft = normalise(raw);
        const hits = new Set<string>();
        if (draft.id && this.rows.has(draft.id)) hits.add(draft.id);
        for (const field of this.unique) {
          const value = get(draft, field);
          if (present(value)) for (const id of this.index.get(field)!.get(value) ?? []) hits.add(id);
        }
        if (hits.size > 1) throw upsertConflict(this.unique.map((f) => `${f} = ${get(draft, f)}`).join(', ')); // a6
        const stamp = new Date(this.now().getTime() + (this.tick += 1)).toISOString();
        const [hit] = [...hits];
        const before = hit ? this.rows.get(hit) : undefined;
        const row: Row = before
          ? { ...merge(before, draft), id: hit!, deletedAt: null, updatedAt: stamp }
          : { ...draft, id: draft.id ?? randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
        undo.push([row.id, before]);
        if (!before) this.ordered = null;
        this.put(row.id, row);
        out.push(row);
      }
    } catch (error) {
      for (const [id, before] of undo.reverse()) this.put(id, before);
      throw error;
    }
    return out.map((r) => structuredClone(r));
  }

  /** Twenty's createOne: a unique value already taken is refused, not merged (the stand-in's `duplicate` error). */
  create(draft: Record<string, any>): Row {
    const taken = this.unique.some((field) => this.index.get(field)!.has(get(draft, field)));
    if (taken) throw new CrmValidationError('A duplicate entry was detected', 'BAD_USER_INPUT');
    return this.upsert([draft])[0]!;
  }

  /** Twenty's updateOne: only an existing, live row. */
  update(id: string, patch: Record<string, any>): Row {
    const row = this.rows.get(id);
    if (!row || row.deletedAt) throw new CrmValidationError(`Record ${id} not found`, 'NOT_FOUND');
    return this.upsert([{ ...patch, id }])[0]!;
  }

  /** Twenty's destroyOne: gone for good, unique values freed. */
  destroy(id: string): void {
    if (!this.rows.has(id)) throw new CrmValidationError(`Record ${id} not found`, 'NOT_FOUND');
    this.put(id, undefined);
    this.ordered = null;
  }

  private inOrder(): Row[] {
    this.ordered ??= [...this.rows.values()]
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1))
      .map((r) => r.id);
    return this.ordered.map((id) => this.rows.get(id)!);
  }

  page(after: string | null, first: number, filter: any): CrmPage<Row> {
    const withDeleted = mentionsDeletedAt(filter);
    const all = this.inOrder().filter((r) => (withDeleted || !r.deletedAt) && matches(r, filter));
    const start = after ? all.findIndex((r) => r.id === after) + 1 : 0;
    const records = all.slice(start, start + first);
    return {
      records: structuredClone(records),
      endCursor: records.at(-1)?.id ?? null,
      hasNextPage: start + first < all.length,
      totalCount: all.length,
    };
  }
}

const OPERATION = /^\s*(query|mutation)\s+(Page|Upsert|Delete)(\w+)\s*\(/;
/** The one-record operations the credentials module sends: `{ createX(` / `updateX(` / `destroyX(` or a list `{ xs(`. */
const ROOT_FIELD = /^[^{]*\{\s*(\w+)\s*\(/;
const PLURAL_OF: Record<string, string> = Object.fromEntries(
  Object.values(OBJECT_NAMES).map((o) => [o.singular, o.plural]),
);

/** The nested `lines { totalCount }` of each sales document, as Twenty answers a one-to-many field (contract d9). */
function liveLineCounts(tables: Record<GraphqlTable, MemoryTable>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of tables.metakockaSalesDocumentLines.rows.values())
    if (!line.deletedAt) counts.set(line.salesDocumentId, (counts.get(line.salesDocumentId) ?? 0) + 1);
  return counts;
}

/** A list query's `orderBy: [{ field: DescNullsLast }]` written in the query (newest first among equal values). */
function ordered(rows: Row[], query: string): Row[] {
  const order = /orderBy:\s*\[\s*\{\s*(\w+):\s*(Asc|Desc)/.exec(query);
  if (!order) return rows;
  const [, field, direction] = order;
  const sign = direction === 'Desc' ? -1 : 1;
  const key = (r: Row) => `${r[field!] ?? ''}\u0000${r.createdAt}`;
  return [...rows].sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? -sign : sign));
}

function answerOneRecordOperation(
  tables: Record<GraphqlTable, MemoryTable>,
  query: string,
  variables: Record<string, any>,
): unknown {
  const root = ROOT_FIELD.exec(query)?.[1] ?? '';
  const verb = /^(create|update|destroy)([A-Z]\w*)$/.exec(root);
  const plural = verb ? PLURAL_OF[verb[2]!.charAt(0).toLowerCase() + verb[2]!.slice(1)] : root;
  const table = (GRAPHQL_TABLES as readonly string[]).includes(plural ?? '')
    ? tables[plural as GraphqlTable]
    : undefined;
  if (!table) throw new Error(`memory crm cannot answer this GraphQL: ${query.slice(0, 80)}`);
  table.calls += 1;
  if (verb?.[1] === 'create') return { [root]: table.create(variables.data) };
  if (verb?.[1] === 'update') return { [root]: table.update(variables.id, variables.data) };
  if (verb?.[1] === 'destroy') {
    table.destroy(variables.id);
    return { [root]: { id: variables.id } };
  }
  const first = variables.first ?? Number(/first:\s*(\d+)/.exec(query)?.[1] ?? 60);
  const rows = ordered(table.page(null, 1_000_000, variables.filter).records, query).slice(0, first);
  return { [root]: { edges: rows.map((node) => ({ node })) } };
}

function answerGraphql(
  tables: Record<GraphqlTable, MemoryTable>,
  now: () => Date,
  query: string,
  variables: Record<string, any>,
): unknown {
  const match = OPERATION.exec(query);
  if (!match) return answerOneRecordOperation(tables, query, variables);
  const plural = match ? match[3]!.charAt(0).toLowerCase() + match[3]!.slice(1) : '';
  const table = (GRAPHQL_TABLES as readonly string[]).includes(plural) ? tables[plural as GraphqlTable] : undefined;
  if (!table) throw new Error(`memory crm cannot answer this GraphQL: ${query.slice(0, 80)}`);
  table.calls += 1;
  if (match[2] === 'Upsert') return { [`create${match[3]}`]: table.upsert(variables.data) };
  if (match[2] === 'Delete') {
    const hit = table.page(null, 1_000_000, variables.filter).records;
    for (const row of hit) table.rows.get(row.id)!.deletedAt = now().toISOString();
    return { [`delete${match[3]}`]: hit.map((r) => ({ id: r.id })) };
  }
  const page = table.page(variables.after ?? null, variables.first ?? 60, variables.filter);
  const counts =
    plural === 'metakockaSalesDocuments' && /\blines\s*\{\s*totalCount/.test(query) ? liveLineCounts(tables) : null;
  const withLines = (node: Row) => (counts ? { ...node, lines: { totalCount: counts.get(node.id) ?? 0 } } : node);
  return {
    [plural]: {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      edges: page.records.map((node) => ({ node: withLines(node) })),
    },
  };
}

export interface MemoryCrm extends Crm {
  tables: Record<
    | 'companies'
    | 'people'
    | 'metakockaProducts'
    | 'metakockaWarehouses'
    | 'metakockaSyncIssues'
    | 'metakockaSyncRuns'
    | GraphqlTable,
    MemoryTable
  >;
  /** Fails the next n calls with a retryable error (a fault injector for tests). */
  failNext(n: number, error: () => Error): void;
}

/** A RecordRepo over one in-memory table, counting its calls as the GraphQL repository makes them (`tick` per call). */
function memoryRepo(table: MemoryTable, now: () => Date, tick: () => void): RecordRepo<any, any> {
  return {
    calls: () => table.calls,
    findBy(field, values, opts) {
      return this.findByAny({ [field]: values }, opts);
    },
    async findByAny(values, opts) {
      // Calls as the real repository makes them: one per 200 distinct values in all (server/crm/records.ts).
      const wanted = Object.entries(values).map(
        ([field, list]) => [field, new Set(list.filter((v) => v !== '').map(String))] as const,
      );
      const pairs = wanted.reduce((n, [, set]) => n + set.size, 0);
      for (let i = 0; i < Math.ceil(pairs / TWENTY_BATCH_CAP); i += 1) tick();
      return structuredClone(
        [...table.rows.values()].filter(
          (r) => (opts?.withDeleted || !r.deletedAt) && wanted.some(([field, set]) => set.has(String(get(r, field)))),
        ),
      );
    },
    async findWhere(filter) {
      tick();
      return table.page(null, 1_000_000, filter).records;
    },
    async findByIds(ids, opts) {
      return this.findBy('id', ids, opts);
    },
    async upsertMany(drafts) {
      const out: Row[] = [];
      for (let i = 0; i < drafts.length; i += TWENTY_BATCH_CAP) {
        tick();
        out.push(...table.upsert(drafts.slice(i, i + TWENTY_BATCH_CAP)));
      }
      return out;
    },
    async page(after, first, filter) {
      tick();
      return table.page(after, first, filter);
    },
    async softDeleteByIds(ids) {
      tick();
      for (const id of ids) {
        const row = table.rows.get(id);
        if (row) row.deletedAt = now().toISOString();
      }
    },
  };
}

export function createMemoryCrm(now: () => Date): MemoryCrm {
  let calls = 0;
  let failures: { left: number; error: () => Error } = { left: 0, error: () => new Error('x') };
  const gateway: CrmGateway = {
    calls: () => calls,
    // Only the three operations createRecordRepo sends (Page/Upsert/Delete<Plural>), for the objects without a memory repo.
    request: async <T>(query: string, variables?: Record<string, unknown>) => {
      tick();
      return answerGraphql(tables, now, query, variables ?? {}) as T;
    },
  };
  const tick = () => {
    calls += 1;
    if (failures.left > 0) {
      failures.left -= 1;
      throw failures.error();
    }
  };
  const repo = (table: MemoryTable) => memoryRepo(table, now, tick);
  const tables = {
    companies: new MemoryTable('companies', now),
    people: new MemoryTable('people', now),
    metakockaProducts: new MemoryTable('metakockaProducts', now),
    metakockaWarehouses: new MemoryTable('metakockaWarehouses', now),
    metakockaSyncIssues: new MemoryTable('metakockaSyncIssues', now),
    metakockaSyncRuns: new MemoryTable('metakockaSyncRuns', now),
    metakockaSalesDocuments: new MemoryTable('metakockaSalesDocuments', now),
    metakockaSalesDocumentLines: new MemoryTable('metakockaSalesDocumentLines', now),
    opportunities: new MemoryTable('opportunities', now),
    metakockaCredentials: new MemoryTable('metakockaCredentials', now),
    metakockaAuditEntries: new MemoryTable('metakockaAuditEntries', now),
  };
  const base = createCrm(gateway);
  return {
    ...base,
    gateway,
    tables,
    companies: repo(tables.companies),
    people: repo(tables.people),
    products: repo(tables.metakockaProducts),
    warehouses: repo(tables.metakockaWarehouses),
    syncIssues: withIssueChartFields(repo(tables.metakockaSyncIssues)),
    syncRuns: repo(tables.metakockaSyncRuns),
    failNext(n, error) {
      failures = { left: n, error };
    },
  };
}

/** Twenty's app kv in memory: values are copied in and out, as Twenty stores them serialised (APPS.md §2.2). */
export function memoryKv(): KvPort & { store: Map<string, unknown> } {
  const store = new Map<string, unknown>();
  return {
    store,
    get: async <T>(key: string) => (store.has(key) ? (structuredClone(store.get(key)) as T) : null),
    set: async (key, value) => void store.set(key, structuredClone(value)),
    delete: async (key) => store.delete(key),
  };
}
