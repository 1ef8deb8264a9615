/**
 * `npm run stand-in -- --port <p> --api-key <key>`: starts the Twenty API stand-in on 127.0.0.1 with the standard
 * objects and the app's data model (built manifest; builds the app first when it is missing) and prints its URL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_MANIFEST_PATH, startStandIn } from '../test/twenty/stand-in/index';

function parseArgs(argv: string[]): { port: number; apiKey?: string; manifest?: string } {
  const out: { port: number; apiKey?: string; manifest?: string } = { port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) {
      out.port = Number(value);
      if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
        throw new Error(`--port must be 0..65535, got "${value}"`);
      i++;
    } else if (arg === '--api-key' && value) {
      out.apiKey = value;
      i++;
    } else if (arg === '--manifest' && value) {
      out.manifest = value;
      i++;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: npm run stand-in -- [--port <p>] [--api-key <key>] [--manifest <path>]\n');
      process.exit(0);
    } else {
      throw new Error(
        `Unknown argument "${arg}". Usage: npm run stand-in -- [--port <p>] [--api-key <key>] [--manifest <path>]`,
      );
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const manifestPath = args.manifest ?? DEFAULT_MANIFEST_PATH;
  if (!existsSync(manifestPath)) {
    process.stderr.write(`No built manifest at ${manifestPath}; running npm run build …\n`);
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const standIn = await startStandIn({ port: args.port, apiKey: args.apiKey, manifestPath });
  const objects = [...standIn.model.objects.values()].map((o) => o.nameSingular);
  process.stdout.write(`${standIn.url}\n`);
  process.stderr.write(
    `Twenty stand-in: ${objects.length} objects (${objects.join(', ')}); API key ${args.apiKey ? '(as given)' : standIn.apiKey}; app token ${standIn.tokens.app}\n`,
  );
  const stop = () => void standIn.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`stand-in: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
