// npm run ui:preview [-- --port 4321] [-- --fresh]: serves every front component of the app on 127.0.0.1, with its
// routes run by the built logic functions against the Twenty stand-in and the Metakocka sandbox
// (test/ui/preview/server.ts). It starts connected, synced and seeded so every command can be tried
// (test/ui/preview/seed.ts); --fresh starts as a new install instead.
import { rmSync } from 'node:fs';

import { ensureBuiltOutput } from 'test/twenty/harness';
import { startUiPreview } from 'test/ui/preview/server';

function portArgument(argv: string[]): number {
  const index = argv.indexOf('--port');
  if (index === -1) return 0;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port needs a number from 0 to 65535, got "${argv[index + 1]}".`);
  return port;
}

async function main(): Promise<void> {
  const port = portArgument(process.argv.slice(2));
  process.stderr.write('Building the app if needed (npm run build)…\n');
  const outputDir = await ensureBuiltOutput();
  const fresh = process.argv.includes('--fresh');
  const preview = await startUiPreview({ outputDir, port, seed: !fresh });
  process.stdout.write(
    [
      `UI preview:        ${preview.url}/`,
      `Metakocka sandbox: ${preview.sandbox.url} (company id ${preview.sandbox.companyId}, secret key ${preview.sandbox.secretKey})`,
      `Twenty stand-in:   ${preview.standIn.url}`,
      fresh
        ? 'Enter the sandbox address as a custom endpoint on the Metakocka settings page. Ctrl-C stops everything.'
        : 'Connected to the sandbox and seeded: each command link on the index page opens with records to try. Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await preview.close();
    rmSync(outputDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`ui:preview failed: ${(error as Error).message}\n`);
  process.exit(1);
});
