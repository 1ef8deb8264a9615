// The connection checks shared by `twenty-metakocka doctor` and the settings page's "Test connection" route:
// reachability, each URL family, credentials, read access to partners, products and documents, serial searches.
// There is no ping endpoint; warehouse_list plus a one-row search is the known probe (API.md §2.1, MCP doctor).
import { createMetakockaClient, type MetakockaClient, type MetakockaConfig } from '../metakocka';
import { diagnose } from './diagnose';
import { DOCTOR_EXIT, type DoctorExitCode } from './exit-codes';

export type CheckId =
  | 'config'
  | 'reachability'
  | 'family-a'
  | 'credentials'
  | 'family-b'
  | 'partners'
  | 'products'
  | 'documents'
  | 'serial-search';
export interface ConnectionCheck {
  id: CheckId;
  ok: boolean;
  title: string;
  detail: string;
  fix: string;
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

export const CHECK_TITLES: Record<CheckId, string> = {
  config: 'The address, company id and secret key are filled in',
  reachability: 'Metakocka answers at this address',
  'family-a': 'Products and warehouses are found (…/rest/eshop/v1/json/…)',
  credentials: 'Metakocka accepts the company id and secret key',
  'family-b': 'Documents and partners are found (…/rest/eshop/v1/…)',
  partners: 'Partners can be read',
  products: 'Products can be read',
  documents: 'Sales documents can be read',
  'serial-search': 'Searches queue one after another without timing out',
};

const PARTNER_PROBE_NAME = 'twenty-metakocka connection check';

const pass = (id: CheckId, detail: string): ConnectionCheck => ({
  id,
  ok: true,
  title: CHECK_TITLES[id],
  detail,
  fix: '',
});
const skip = (id: CheckId, because: string): ConnectionCheck => ({
  id,
  ok: false,
  skipped: true,
  title: CHECK_TITLES[id],
  detail: `Not checked: ${because}`,
  fix: 'Fix the problem above first.',
});
const fail = (id: CheckId, error: unknown, baseUrl: string, exitCode?: DoctorExitCode): ConnectionCheck => {
  const d = diagnose(error, baseUrl);
  return {
    id,
    ok: false,
    title: CHECK_TITLES[id],
    detail: d.detail,
    fix: d.fix,
    errorCode: d.errorCode,
    exitCode: exitCode ?? d.exitCode,
  };
};

function configProblem(cfg: ConnectionConfig): string | null {
  if (!/^https?:\/\/[^/\s]+/i.test(cfg.baseUrl ?? ''))
    return 'The Metakocka address must start with https:// (for example https://main.metakocka.si).';
  if (!cfg.companyId?.trim()) return 'The company id is missing. Find it in Metakocka under Settings → API.';
  if (!cfg.secretKey?.trim()) return 'The API secret key is missing. Find it in Metakocka under Settings → API.';
  return null;
}

export async function runConnectionChecks(
  cfg: ConnectionConfig,
  deps: ConnectionDeps = {},
): Promise<ConnectionCheck[]> {
  const rest: CheckId[] = [
    'reachability',
    'family-a',
    'credentials',
    'family-b',
    'partners',
    'products',
    'documents',
    'serial-search',
  ];
  const problem = configProblem(cfg);
  if (problem) {
    return [
      {
        id: 'config',
        ok: false,
        title: CHECK_TITLES.config,
        detail: problem,
        fix: problem,
        errorCode: 'BAD_INPUT',
        exitCode: DOCTOR_EXIT.BAD_INPUT,
      },
      ...rest.map((id) => skip(id, 'the settings are incomplete.')),
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
  const results: ConnectionCheck[] = [pass('config', `Company id ${cfg.companyId} at ${cfg.baseUrl}.`)];
  const skipAll = (ids: CheckId[], because: string) => results.push(...ids.map((id) => skip(id, because)));

  // 1. Family A: reachability, the path family and the credentials in one call.
  const startedAt = now();
  try {
    const warehouses = await client.warehouseList();
    results.push(
      pass('reachability', `Metakocka answered in ${now() - startedAt} ms.`),
      pass('family-a', `Found ${warehouses.length} warehouse(s).`),
      pass('credentials', `Company id ${cfg.companyId} is accepted.`),
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'MK_UNAVAILABLE') results.push(fail('reachability', error, cfg.baseUrl));
    else if (code === 'MK_AUTH' || code === 'MK_IP_NOT_ALLOWED')
      results.push(
        pass('reachability', 'Metakocka answered.'),
        pass('family-a', 'The address is right.'),
        fail('credentials', error, cfg.baseUrl),
      );
    else results.push(pass('reachability', 'The server answered.'), fail('family-a', error, cfg.baseUrl));
    skipAll(
      rest.filter((id) => !results.some((r) => r.id === id)),
      'Metakocka could not be used at all (see above).',
    );
    return results;
  }

  // 2. Family B: a one-row search (also the documents probe), then the partner search.
  let firstOrder: { mk_id: string } | undefined;
  try {
    const page = await client.search({ docType: 'sales_order', limit: 1 });
    firstOrder = page.records[0];
    results.push(pass('family-b', `The document search works (${page.total} sales order(s)).`));
  } catch (error) {
    results.push(fail('family-b', error, cfg.baseUrl));
    skipAll(
      ['partners', 'products', 'documents', 'serial-search'],
      'documents and partners could not be reached (see above).',
    );
    return results;
  }
  results.push(
    await check('partners', cfg.baseUrl, async () => {
      await client.getPartner({ name: PARTNER_PROBE_NAME });
      return 'The partner search works.';
    }),
  );
  results.push(
    await check('products', cfg.baseUrl, async () => {
      const { products } = await client.productList({ limit: 1 });
      return products.length
        ? `Read product ${products[0]!.code ?? products[0]!.mk_id}.`
        : 'There are no products yet; reading them works.';
    }),
  );
  results.push(
    await check('documents', cfg.baseUrl, async () => {
      if (!firstOrder) return 'There are no sales orders yet; searching them works.';
      const doc = await client.getDocument({ docType: 'sales_order', docId: firstOrder.mk_id });
      return `Read sales order ${doc.count_code ?? doc.mk_id}.`;
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
        return `Two searches sent together were answered one after another in ${now() - searchStart} ms.`;
      },
      DOCTOR_EXIT.SERIAL_SEARCH,
    ),
  );
  return results;
}

async function check(
  id: CheckId,
  baseUrl: string,
  run: () => Promise<string>,
  exitCode?: DoctorExitCode,
): Promise<ConnectionCheck> {
  try {
    return pass(id, await run());
  } catch (error) {
    return fail(id, error, baseUrl, exitCode);
  }
}

/** 0 when every check passed, otherwise the code of the first failure (docs/troubleshooting.md). */
export function diagnosisExitCode(checks: ConnectionCheck[]): DoctorExitCode {
  const failed = checks.find((c) => !c.ok && !c.skipped);
  return failed ? (failed.exitCode ?? DOCTOR_EXIT.UNKNOWN) : DOCTOR_EXIT.OK;
}
