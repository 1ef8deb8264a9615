// Builds one app directory with twenty-sdk's appBuild (APPS.md §6.1 "Programmatic API") and prints the result as
// JSON on stdout. Run as a separate process so the build's tsc and esbuild stay out of the test process.
import { appBuild } from 'twenty-sdk/cli';

const appPath = process.argv[2];
if (!appPath) {
  process.stderr.write('usage: node build-app.mjs <appPath>\n');
  process.exit(2);
}
const result = await appBuild({ appPath, tarball: false, onProgress: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(
  JSON.stringify(
    result.success
      ? { ok: true, outputDir: result.data.outputDir }
      : { ok: false, error: String(result.error?.message ?? JSON.stringify(result.error)) },
  ),
);
process.exit(result.success ? 0 : 1);
