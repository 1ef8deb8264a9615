/**
 * REST record API (APPS.md §8): GET/POST /rest/<plural>, GET/PATCH/DELETE /rest/<plural>/<id>,
 * POST /rest/batch/<plural>. Same engine, same buckets as /graphql; a throttled call is a real HTTP 429 with
 * {statusCode, error: "HttpException", messages} (h2). Query parameters: limit, filter (`field[op]:value`,
 * comma-separated, composite as `emails.primaryEmail[eq]:"x"`), order_by (`name[AscNullsFirst]`),
 * starting_after / ending_before.
 */
import type { AuthContext } from './auth';
import type { RecordEngine } from './engine';
import { errors, TwentyApiError } from './errors';
import { capitalize, type DataModel, type ObjectMeta } from './model';
import { compileOrder } from './paging';
import type { RateLimiter } from './rate-limit';
import type { Row } from './store';
import { renderValue } from './values';

export interface RestDeps {
  model: DataModel;
  engine: RecordEngine;
  limiterFor(auth: AuthContext): RateLimiter | null;
  now(): number;
  countCall(name: string): void;
}

export interface RestResult {
  status: number;
  body: unknown;
  written: number;
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INTERNAL_SERVER_ERROR: 500,
};

function httpError(
  status: number,
  message: string,
  error = status === 429 ? 'HttpException' : 'BadRequestException',
): RestResult {
  return { status, body: { statusCode: status, error, messages: [message] }, written: 0 };
}

export class RestApi {
  constructor(private readonly deps: RestDeps) {}

  handle(method: string, url: URL, body: unknown, auth: AuthContext | null | undefined): RestResult {
    if (!auth)
      return httpError(401, auth === null ? 'Token invalid.' : 'Missing authentication token', 'UNAUTHENTICATED');
    const parts = url.pathname
      .replace(/^\/rest\/?/, '')
      .split('/')
      .filter(Boolean);
    const batch = parts[0] === 'batch';
    if (batch) parts.shift();
    const object = parts[0] ? this.deps.model.byPluralName(parts[0]) : undefined;
    if (!object || parts.length > 2) return httpError(404, `Cannot ${method} ${url.pathname}`, 'NotFoundException');
    const id = parts[1];
    this.deps.countCall(`REST ${method} /rest/${batch ? 'batch/' : ''}${object.namePlural}${id ? '/:id' : ''}`);
    const limiter = this.deps.limiterFor(auth);
    const empty = limiter?.consume(this.deps.now());
    if (empty) return httpError(429, `Limit reached (${empty.burst} tokens per ${empty.perMs} ms)`); // h2
    try {
      return this.route(method, object, id, batch, url, body, auth);
    } catch (e) {
      if (e instanceof TwentyApiError)
        return {
          status: STATUS_BY_CODE[e.code] ?? 400,
          body: { statusCode: STATUS_BY_CODE[e.code] ?? 400, error: e.code, messages: [e.message] },
          written: 0,
        };
      throw e;
    }
  }

  private route(
    method: string,
    object: ObjectMeta,
    id: string | undefined,
    batch: boolean,
    url: URL,
    body: unknown,
    auth: AuthContext,
  ): RestResult {
    const { engine } = this.deps;
    const single = capitalize(object.nameSingular);
    const plural = capitalize(object.namePlural);
    const out = (status: number, key: string, value: unknown, written = 0): RestResult => ({
      status,
      body: { data: { [key]: value } },
      written,
    });
    if (batch) {
      if (method !== 'POST') return httpError(404, `Cannot ${method} ${url.pathname}`, 'NotFoundException');
      const result = engine.createMany(object, body, url.searchParams.get('upsert') === 'true', auth.actor);
      return out(
        201,
        `create${plural}`,
        result.rows.map((r) => this.full(object, r)),
        result.written,
      );
    }
    if (!id) {
      if (method === 'GET') return this.list(object, url);
      if (method === 'POST') {
        const result = engine.createMany(object, body, url.searchParams.get('upsert') === 'true', auth.actor, true);
        return out(201, `create${single}`, this.full(object, result.rows[0]!), result.written);
      }
      return httpError(404, `Cannot ${method} ${url.pathname}`, 'NotFoundException');
    }
    switch (method) {
      case 'GET': {
        const row = engine.findOne(object, { id: { eq: id } });
        return out(200, object.nameSingular, this.full(object, row));
      }
      case 'PATCH':
      case 'PUT': {
        const result = engine.updateOne(object, id, body, auth.actor);
        return out(200, `update${single}`, this.full(object, result.rows[0]!), result.written);
      }
      case 'DELETE': {
        const soft = url.searchParams.get('soft_delete') === 'true';
        const result = soft
          ? engine.softDelete(object, { id }, auth.actor)
          : engine.destroy(object, { id }, auth.actor);
        return out(200, `delete${single}`, { id: result.rows[0]!.id }, result.written);
      }
      default:
        return httpError(404, `Cannot ${method} ${url.pathname}`, 'NotFoundException');
    }
  }

  private list(object: ObjectMeta, url: URL): RestResult {
    const q = url.searchParams;
    const limit = q.has('limit') ? Number(q.get('limit')) : 60;
    if (!Number.isInteger(limit) || limit < 0)
      throw errors.invalidFilterValue('limit', 'limit must be a non-negative integer');
    const filter = q.has('filter') ? parseRestFilter(q.get('filter')!) : undefined;
    const orderBy = q.has('order_by') ? parseRestOrder(q.get('order_by')!) : undefined;
    const page = this.deps.engine.findMany(object, {
      filter,
      orderBy,
      first: q.has('ending_before') ? undefined : limit,
      last: q.has('ending_before') ? limit : undefined,
      after: q.get('starting_after') ?? undefined,
      before: q.get('ending_before') ?? undefined,
    });
    const order = compileOrder(object, orderBy);
    const cursors = page.rows.map((r) => order.cursor(r, object));
    return {
      status: 200,
      body: {
        data: { [object.namePlural]: page.rows.map((r) => this.full(object, r)) },
        pageInfo: {
          hasNextPage: page.hasNextPage,
          startCursor: cursors[0] ?? null,
          endCursor: cursors[cursors.length - 1] ?? null,
        },
        totalCount: page.totalCount,
      },
      written: 0,
    };
  }

  /** Every non-relation field plus the foreign keys (REST depth 0). */
  private full(object: ObjectMeta, row: Row): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of object.fields.values())
      if (field.type !== 'RELATION' && field.type !== 'TS_VECTOR')
        out[field.name] = field.name === 'id' ? row.id : renderValue(field, row[field.name]);
    for (const column of object.joinColumns.keys()) out[column] = row[column] ?? null;
    return out;
  }
}

/** `name[eq]:"Acme",emails.primaryEmail[ilike]:"%x%"` -> {and: [...]} */
export function parseRestFilter(text: string): unknown {
  const clauses: unknown[] = [];
  const re = /([A-Za-z0-9_.]+)\[([A-Za-z]+)\]:((?:"(?:[^"\\]|\\.)*")|(?:\[[^\]]*\])|[^,]*)/g;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    consumed += m[0].length;
    const [path, op, raw] = [m[1]!, m[2]!, m[3]!];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw === 'NULL' || raw === 'NOT_NULL' ? raw : raw;
    }
    const segments = path.split('.');
    let clause: unknown = { [op]: value };
    for (const seg of segments.reverse()) clause = { [seg]: clause };
    clauses.push(clause);
  }
  if (consumed === 0) throw errors.invalidFilterValue('filter', `cannot parse REST filter "${text}"`);
  return { and: clauses };
}

/** `name[AscNullsFirst],createdAt` -> [{name: 'AscNullsFirst'}, {createdAt: 'AscNullsFirst'}] */
export function parseRestOrder(text: string): unknown[] {
  return text
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const m = /^([A-Za-z0-9_.]+)(?:\[([A-Za-z]+)\])?$/.exec(part.trim());
      if (!m) throw errors.invalidFilterValue('order_by', `cannot parse "${part}"`);
      const dir = m[2] ?? 'AscNullsFirst';
      const segments = m[1]!.split('.');
      return segments.length === 2 ? { [segments[0]!]: { [segments[1]!]: dir } } : { [segments[0]!]: dir };
    });
}
