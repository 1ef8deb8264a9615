/**
 * `npm start` (issue #5 item 8): the main job on a fresh machine. Builds the app if needed, starts the Metakocka
 * sandbox with a realistic company and the Twenty stand-in, installs the built app into the harness, points it at the
 * sandbox, adds a few companies, people and an opportunity on the Twenty side, runs a full two-way sync through the
 * app's own cron and job functions, turns the opportunity into a Metakocka offer, prints a summary and keeps both
 * servers up. `--once` (or CI=true) exits after the summary: 0 when the sync succeeded, 1 when it did not.
 *
 * With a real Twenty server configured (TWENTY_API_URL and TWENTY_API_KEY in the environment, or `--remote <name>` for
 * a `twenty remote:add` remote) it deploys the built tarball there instead (`twenty app:publish --private` and
 * `app:install` through twenty-sdk/cli). That path needs a real server and is not exercised by the tests here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { splitMetakocka, splitTwenty } from '../test/bench/classify';
import { demoSummary, offerFromOpportunity, seedTwentyDemo } from '../test/bench/demo-twenty';
import { startMkSide } from '../test/bench/mk-side';
import { formatSummary, syncFailed } from '../test/bench/summary';
import { TwentyWorld } from '../test/bench/twenty-side';

const REPO_ROOT = resolve(__dirname, '..');
const USAGE = 'Usage: npm start -- [--once] [--partners N] [--products N] [--documents N] [--seed N] [--remote <name>]';

function options() {
  const { values } = parseArgs({
    options: {
      once: { type: 'boolean' },
      partners: { type: 'string' },
      products: { type: 'string' },
      documents: { type: 'string' },
      seed: { type: 'string' },
      remote: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const count = (name: string, raw: string | undefined, fallback: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} must be a whole number of 0 or more, got "${raw}". ${USAGE}`);
    return n;
  };
  return {
    once: values.once === true || process.env.CI === 'true',
    partners: count('partners', values.partners, 300),
    products: count('products', values.products, 1000),
    documents: count('documents', values.documents, 500),
    seed: count('seed', values.seed, 1),
    remote: values.remote,
  };
}

/** The sandbox's seeded company id; the secret key is generated per start and never printed. */
const COMPANY_ID = '5522';

async function runLocal(o: ReturnType<typeof options>): Promise<number> {
  const t0 = Date.now();
  process.stderr.write(
    `Starting the Metakocka sandbox (${o.partners} partners, ${o.products} products, ${o.documents} documents, seed ${o.seed}) …\n`,
  );
  const sandbox = await startMkSide({
    partners: o.partners,
    products: o.products,
    documents: o.documents,
    seed: o.seed,
    companyId: COMPANY_ID,
  });
  process.stderr.write('Building the app if needed and starting the Twenty stand-in with the app installed …\n');
  const world = await TwentyWorld.start({
    benchModel: false,
    appVariables: {
      METAKOCKA_API_URL: sandbox.url,
      METAKOCKA_ALLOWED_ENDPOINTS: sandbox.url,
      METAKOCKA_COMPANY_ID: sandbox.companyId,
      METAKOCKA_SECRET_KEY: sandbox.secretKey,
    },
    // Sales documents are off by default (server/settings/schema.ts); the main job shows the whole sync, so it turns them on.
    settings: { streams: { documents: { enabled: true } } },
  });
  process.stderr.write('Adding a few companies, people and an opportunity in Twenty, as a sales team would …\n');
  const demo = await seedTwentyDemo(world);
  process.stderr.write('Running a full two-way sync (cron tick, then every queued job) …\n');
  const outcome = await world.sync();
  process.stderr.write('Turning the opportunity into a Metakocka offer …\n');
  await offerFromOpportunity(world, demo);
  const calls = { metakocka: splitMetakocka(sandbox.calls.byMethod()), twenty: splitTwenty(world.calls()) };
  process.stdout.write(
    `\n${formatSummary(outcome, calls)}\n${demoSummary(world, demo)}\nTotal time including start-up: ${((Date.now() - t0) / 1000).toFixed(1)} s\n\n`,
  );
  const failure = syncFailed(outcome);
  if (failure) process.stdout.write(`The sync did not complete: ${failure}\n`);
  const stop = async () => {
    await world.close();
    await sandbox.close();
  };
  if (o.once) {
    await stop();
    return failure ? 1 : 0;
  }
  process.stdout.write(
    [
      `Metakocka sandbox: ${sandbox.url}  (company id ${sandbox.companyId}; the secret key is in the app's variables, not shown)`,
      `Twenty stand-in:   ${world.standIn.url}/graphql  (REST ${world.standIn.url}/rest, metadata ${world.standIn.url}/metadata)`,
      'Both keep running; press Ctrl+C to stop.',
    ].join('\n') + '\n',
  );
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', resolveStop);
    process.once('SIGTERM', resolveStop);
  });
  await stop();
  return failure ? 1 : 0;
}

/** Remotes added with `twenty remote:add` live in ~/.twenty/config.json (APPS.md §6.1). */
function knownRemotes(): string[] {
  const path = join(homedir(), '.twenty', 'config.json');
  if (!existsSync(path)) return [];
  try {
    const config = JSON.parse(readFileSync(path, 'utf8')) as { remotes?: Record<string, unknown> };
    return Object.keys(config.remotes ?? {});
  } catch {
    return [];
  }
}

/** Deploys to a real Twenty server. Not reachable here, so this path is untested: it is kept short and explicit. */
async function deployToTwenty(target: { remote?: string; serverUrl?: string; token?: string }): Promise<number> {
  const where = target.remote ? `remote "${target.remote}"` : target.serverUrl;
  process.stderr.write(
    `A real Twenty server is configured (${where}): building and deploying there instead of starting the stand-ins.\n`,
  );
  const tarballPath =
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop() ?? '';
  if (!tarballPath.endsWith('.tgz') || !existsSync(tarballPath))
    throw new Error(`The build printed no tarball path (got "${tarballPath}"); run npm run build and read its errors.`);
  const { appDeploy, appInstall } = await import('twenty-sdk/cli');
  const deployed = await appDeploy({
    tarballPath,
    ...(target.remote ? { remote: target.remote } : { serverUrl: target.serverUrl, token: target.token }),
    onProgress: (m) => process.stderr.write(`${m}\n`),
  });
  if (!deployed.success)
    throw new Error(
      `app:publish --private failed: ${deployed.error?.message ?? 'no reason given'}. A redeploy needs a higher version in package.json (APPS.md §6.1).`,
    );
  const installed = await appInstall({ appPath: REPO_ROOT, ...(target.remote ? { remote: target.remote } : {}) });
  if (!installed.success) throw new Error(`app:install failed: ${installed.error?.message ?? 'no reason given'}.`);
  process.stdout.write(
    [
      'Deployed and installed the app.',
      'Next: in Twenty, Settings → Applications → Metakocka, set METAKOCKA_API_URL, METAKOCKA_COMPANY_ID and METAKOCKA_SECRET_KEY;',
      'the sync cron starts the streams within five minutes.',
    ].join('\n') + '\n',
  );
  return 0;
}

async function main(): Promise<number> {
  const o = options();
  if (o.remote) return deployToTwenty({ remote: o.remote });
  const serverUrl = process.env.TWENTY_API_URL;
  const token = process.env.TWENTY_API_KEY;
  if (serverUrl && token) return deployToTwenty({ serverUrl, token });
  if (serverUrl && !token)
    throw new Error(
      'TWENTY_API_URL is set but TWENTY_API_KEY is not: set both to deploy to that server, or unset TWENTY_API_URL to run locally.',
    );
  const remotes = knownRemotes();
  if (remotes.length > 0)
    process.stderr.write(
      `(twenty remotes found: ${remotes.join(', ')}; to deploy to one run npm start -- --remote <name>. Running locally.)\n`,
    );
  return runLocal(o);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
