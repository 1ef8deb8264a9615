/**
 * `npm run sandbox -- --port <p> [--company-id <id> --secret-key <key>] [--seed <n>] [--products N --partners N --documents N]
 *  [--latency-ms N] [--faults <spec>] [--partner-paging ignored|honoured] [--search-work-ms N]`
 * Starts the Metakocka sandbox on 127.0.0.1 and keeps it up until SIGINT/SIGTERM (issue #3 item 5).
 */
import { parseArgs } from 'node:util';
import { parseFaultSpec, startSandbox } from '../test/sandbox';

const USAGE = 'Usage: npm run sandbox -- --port <p> [--company-id <id> --secret-key <key>] [--seed <n>] '
  + '[--products N --partners N --documents N] [--latency-ms N] [--faults <spec>] [--partner-paging ignored|honoured] [--search-work-ms N]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number of 0 or more (got "${value}").`);
  return n;
}

async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: Object.fromEntries(
        ['port', 'company-id', 'secret-key', 'seed', 'products', 'partners', 'documents', 'latency-ms', 'faults', 'partner-paging', 'search-work-ms']
          .map((k) => [k, { type: 'string' as const }]),
      ),
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (e) {
    fail((e as Error).message);
  }
  const paging = values['partner-paging'];
  if (paging !== undefined && paging !== 'ignored' && paging !== 'honoured') fail('--partner-paging must be "ignored" or "honoured".');
  if (values.faults !== undefined) {
    try { parseFaultSpec(values.faults); } catch (e) { fail((e as Error).message); }
  }
  const started = Date.now();
  const sandbox = await startSandbox({
    port: count(values.port, 'port') ?? 0,
    companyId: values['company-id'],
    secretKey: values['secret-key'],
    seed: count(values.seed, 'seed'),
    products: count(values.products, 'products'),
    partners: count(values.partners, 'partners'),
    documents: count(values.documents, 'documents'),
    latencyMs: count(values['latency-ms'], 'latency-ms'),
    faults: values.faults,
    settings: {
      ...(paging ? { partnerPaging: paging as 'ignored' | 'honoured' } : {}),
      ...(values['search-work-ms'] ? { searchWorkMs: count(values['search-work-ms'], 'search-work-ms') } : {}),
    },
  }).catch((e: Error) => fail(`The sandbox did not start: ${e.message}`));
  const store = sandbox.store;
  console.log(`Metakocka sandbox listening on ${sandbox.url}  (started in ${Date.now() - started} ms)`);
  console.log(`  METAKOCKA_API_URL=${sandbox.url}`);
  console.log(`  company_id: ${sandbox.companyId}`);
  // The sandbox's own throwaway key: printing it is the point of this command (issue #3 item 5).
  console.log(`  secret_key: ${sandbox.secretKey}`);
  console.log(`  data: ${store.products.count()} products, ${store.partners.count()} partners, ${store.documents.count()} documents, ${store.warehouses.count()} warehouses`);
  console.log('  Stop with Ctrl+C.');
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping after ${sandbox.calls.total()} calls.`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
