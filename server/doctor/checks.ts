// The connection checks shared by `twenty-metakocka doctor` and the settings page's "Test connection" route:
// reachability, each URL family, credentials, read access to partners, products and documents, serial searches.
// There is no ping endpoint; warehouse_list plus a one-row search is the known probe (API.md §2.1, MCP doctor).
import { createMetakockaClient, type MetakockaClient, type MetakockaConfig } from '../metakocka';
import type { ErrorParams } from '../error-catalogue';
import { checkTexts, wordCheck, type CheckText, type CheckTextId } from './check-texts';
import { diagnose } from './diagnose';
import { DOCTOR_EXIT, type DoctorExitCode } from './exit-codes';

const CHECK_IDS = [
  'config',
  'reachability',
  'family-a',
  'credentials',
  'family-b',
  'partners',
  'products',
  'documents',
  'serial-search',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export interface ConnectionCheck {
  id: CheckId;
  ok: boolean;
  /** English, for the CLI; texts word them in any language (check-texts.ts). */
  title: string;
  detail: string;
  fix: string;
  texts: { detail: CheckText; fix: CheckText | null };
  skipped?: boolean;
  errorCode?: string;
  exitCode?: DoctorExitCode;
}
export interface ConnectionConfig {
  baseUrl: string;
  companyId: string;
  secretKey: string;
  timeoutMs?: number;
}
export interface ConnectionDeps {
  fetch?: typeof fetch;
  createClient?: (cfg: MetakockaConfig) => MetakockaClient;
  now?: () => number;
}

export const CHECK_TITLES = Object.fromEntries(
  CHECK_IDS.map((id) => [id, checkTexts.en[`title.${id}`] as string]),
) as Record<CheckId, string>;

const PARTNER_PROBE_NAME = 'twenty-metakocka connection check';

/** A check with its texts, and their English for the CLI. */
const checkOf = (
  id: CheckId,
  ok: boolean,
  detail: CheckText,
  fix: CheckText | null,
  extra: Pick<ConnectionCheck, 'skipped' | 'errorCode' | 'exitCode'> = {},
): ConnectionCheck => ({
  id,
  ok,
  title: CHECK_TITLES[id],
  detail: wordCheck(detail, 'en'),
  fix: fix ? wordCheck(fix, 'en') : '',
  texts: { detail, fix },
  ...extra,
});
const pass = (id: CheckId, detail: CheckTextId, params?: ErrorParams) =>
  checkOf(id, true, { id: detail, ...(params ? { params } : {}) }, null);
const skip = (id: CheckId, because: CheckTextId) =>
  checkOf(id, false, { id: because }, { id: 'skip.fix' }, { skipped: true });
const fail = (id: CheckId, error: unknown, baseUrl: string, exitCode?: DoctorExitCode): ConnectionCheck => {
  const d = diagnose(error, baseUrl);
  return checkOf(id, false, d.detail, d.fix, { errorCode: d.errorCode, exitCode: exitCode ?? d.exitCode });
};

function configProblem(cfg: ConnectionConfig): CheckTextId | null {
  if (!/^https?:\/\/[^/\s]+/i.test(cfg.baseUrl ?? '')) return 'config.badUrl';
  if (!cfg.companyId?.trim()) return 'config.noCompanyId';
  if (!cfg.secretKey?.trim()) return 'config.noSecretKey';
  return null;
}

export async function runConnectionChecks(
  cfg: ConnectionConfig,
  deps: ConnectionDeps = {},
): Promise<ConnectionCheck[]> {
  const rest = CHECK_IDS.filter((id) => id !== 'config');
  const problem = configProblem(cfg);
  if (problem) {
    return [
      checkOf(
        'config',
        false,
        { id: problem },
        { id: problem },
        {
          errorCode: 'BAD_INPUT',
          exitCode: DOCTOR_EXIT.BAD_INPUT,
        },
      ),
      ...rest.map((id) => skip(id, 'skip.incomplete')),
    ];
  }
  const timeoutMs = cfg.timeoutMs ?? 15_000;
  const now = deps.now ?? Date.now;
  const client = (deps.createClient ?? createMetakockaClient)({
    baseUrl: cfg.baseUrl,
    companyId: cfg.companyId,
    secretKey: cfg.secretKey,
    fetch: deps.fetch,
    timeoutMs,
    concurrency: 2,
    retry: { attempts: 2, baseDelayMs: 250, budgetMs: timeoutMs * 3 },
  });
  const results: ConnectionCheck[] = [
    pass('config', 'config.filledIn', { companyId: cfg.companyId, baseUrl: cfg.baseUrl }),
  ];
  const skipAll = (ids: CheckId[], because: CheckTextId) => results.push(...ids.map((id) => skip(id, because)));

  // 1. Family A: reachability, the path family and the credentials in one call.
  const startedAt = now();
  try {
    const warehouses = await client.warehouseList();
    results.push(
      pass('reachability', 'reachability.answeredIn', { ms: now() - startedAt }),
      pass('family-a', 'familyA.warehouses', { count: warehouses.length }),
      pass('credentials', 'credentials.accepted', { companyId: cfg.companyId }),
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'MK_UNAVAILABLE') results.push(fail('reachability', error, cfg.baseUrl));
    else if (code === 'MK_AUTH' || code === 'MK_IP_NOT_ALLOWED')
      results.push(
        pass('reachability', 'reachability.answered'),
        pass('family-a', 'familyA.addressRight'),
        fail('credentials', error, cfg.baseUrl),
      );
    else results.push(pass('reachability', 'reachability.serverAnswered'), fail('family-a', error, cfg.baseUrl));
    skipAll(
      rest.filter((id) => !results.some((r) => r.id === id)),
      'skip.unusable',
    );
    return results;
  }

  // 2. Family B: a one-row search (also the documents probe), then the partner search.
  let firstOrder: { mk_id: string } | undefined;
  try {
    const page = await client.search({ docType: 'sales_order', limit: 1 });
    firstOrder = page.records[0];
    results.push(pass('family-b', 'familyB.searchWorks', { count: page.total }));
  } catch (error) {
    results.push(fail('family-b', error, cfg.baseUrl));
    skipAll(['partners', 'products', 'documents', 'serial-search'], 'skip.familyB');
    return results;
  }
  results.push(
    await check('partners', cfg.baseUrl, async () => {
      await client.getPartner({ name: PARTNER_PROBE_NAME });
      return { id: 'partners.searchWorks' };
    }),
  );
  results.push(
    await check('products', cfg.baseUrl, async () => {
      const { products } = await client.productList({ limit: 1 });
      return products.length
        ? { id: 'products.read', params: { code: products[0]!.code ?? products[0]!.mk_id } }
        : { id: 'products.none' };
    }),
  );
  results.push(
    await check('documents', cfg.baseUrl, async () => {
      if (!firstOrder) return { id: 'documents.none' };
      const doc = await client.getDocument({ docType: 'sales_order', docId: firstOrder.mk_id });
      return { id: 'documents.read', params: { code: doc.count_code ?? doc.mk_id } };
    }),
  );

  // 3. Searches of one company are serialised by Metakocka and queued calls can time out (API.md §4, §6 item 22).
  const searchStart = now();
  results.push(
    await check(
      'serial-search',
      cfg.baseUrl,
      async () => {
        await Promise.all([
          client.search({ docType: 'sales_order', limit: 1 }),
          client.search({ docType: 'sales_order', limit: 1, offset: 1 }),
        ]);
        return { id: 'serialSearch.queued', params: { ms: now() - searchStart } };
      },
      DOCTOR_EXIT.SERIAL_SEARCH,
    ),
  );
  return results;
}

async function check(
  id: CheckId,
  baseUrl: string,
  run: () => Promise<{ id: CheckTextId; params?: ErrorParams }>,
  exitCode?: DoctorExitCode,
): Promise<ConnectionCheck> {
  try {
    const found = await run();
    return pass(id, found.id, found.params);
  } catch (error) {
    return fail(id, error, baseUrl, exitCode);
  }
}

/** 0 when every check passed, otherwise the code of the first failure (docs/troubleshooting.md). */
export function diagnosisExitCode(checks: ConnectionCheck[]): DoctorExitCode {
  const failed = checks.find((c) => !c.ok && !c.skipped);
  return failed ? (failed.exitCode ?? DOCTOR_EXIT.UNKNOWN) : DOCTOR_EXIT.OK;
}
