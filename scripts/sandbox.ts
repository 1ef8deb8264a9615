/**
 * `npm run sandbox -- --port <p> [--company-id <id> --secret-key <key>] [--seed <n>] [--products N --partners N --documents N]
 *  [--latency-ms N] [--faults <spec>] [--partner-paging ignored|honoured] [--search-work-ms N] [--ip-blocked]`
 * Starts the Metakocka sandbox on 127.0.0.1 and keeps it up until SIGINT/SIGTERM (issue #3 item 5).
 */
import { parseArgs } from 'node:util';
import { parseFaultSpec, startSandbox } from '../test/sandbox';

const USAGE =
  'Usage: npm run sandbox -- --port <p> [--company-id <id> --secret-key <key>] [--seed <n>] ' +
  '[--products N --partners N --documents N] [--latency-ms N] [--faults <spec>] [--partner-paging ignored|honoured] [--search-work-ms N] [--ip-blocked]';

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
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        ...Object.fromEntries(
          [
            'port',
            'company-id',
            'secret-key',
            'seed',
            'products',
            'partners',
            'documents',
            'latency-ms',
            'faults',
            'partner-paging',
            'search-work-ms',
          ].map((k) => [k, { type: 'string' as const }]),
        ),
        'ip-blocked': { type: 'boolean' as const },
      },
      strict: true,
    }) as { values: Record<string, string | boolean | undefined> });
  } catch (e) {
    fail((e as Error).message);
  }
  const opt = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const paging = opt('partner-paging');
  if (paging !== undefined && paging !== 'ignored' && paging !== 'honoured')
    fail('--partner-paging must be "ignored" or "honoured".');
  const faults = opt('faults');
  if (faults !== undefined) {
    try {
      parseFaultSpec(faults);
    } catch (e) {
      fail((e as Error).message);
    }
  }
  const started = Date.now();
  const sandbox = await startSandbox({
    port: count(opt('port'), 'port') ?? 0,
    companyId: opt('company-id'),
    secretKey: opt('secret-key'),
    seed: count(opt('seed'), 'seed'),
    products: count(opt('products'), 'products'),
    partners: count(opt('partners'), 'partners'),
    documents: count(opt('documents'), 'documents'),
    latencyMs: count(opt('latency-ms'), 'latency-ms'),
    faults,
    settings: {
      ...(paging ? { partnerPaging: paging as 'ignored' | 'honoured' } : {}),
      ...(opt('search-work-ms') ? { searchWorkMs: count(opt('search-work-ms'), 'search-work-ms') } : {}),
      ...(values['ip-blocked'] === true ? { ipBlocked: true } : {}),
    },
  }).catch((e: Error) => fail(`The sandbox did not start: ${e.message}`));
  const store = sandbox.store;
  console.log(`Metakocka sandbox listening on ${sandbox.url}  (started in ${Date.now() - started} ms)`);
  console.log(`  METAKOCKA_API_URL=${sandbox.url}`);
  console.log(`  company_id: ${sandbox.companyId}`);
  // The sandbox's own throwaway key: printing it is the point of this command (issue #3 item 5).
  console.log(`  secret_key: ${sandbox.secretKey}`);
  console.log(
    `  data: ${store.products.count()} products, ${store.partners.count()} partners, ${store.documents.count()} documents, ${store.warehouses.count()} warehouses`,
  );
  console.log('  Stop with Ctrl+C.');
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping after ${sandbox.calls.total()} calls.`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
