// Bundles one front component for the browser exactly as twenty-sdk's build does (its own esbuild plugins: the JSX
// rewrite into a render function, CSS injection) and prints it. A separate ES-module process, because the SDK's
// build plugins are ESM-only and jest loads test code as CommonJS.
// Usage: node bundle-front-component.mjs <appPath> <sourceComponentPath>
import { join } from 'node:path';

import { build } from 'esbuild';
import { getFrontComponentBuildPlugins } from 'twenty-sdk/front-component-renderer/build';

const [appPath, sourcePath] = process.argv.slice(2);
if (!appPath || !sourcePath) {
  process.stderr.write('usage: bundle-front-component.mjs <appPath> <sourceComponentPath>\n');
  process.exit(2);
}
const result = await build({
  absWorkingDir: appPath,
  entryPoints: [join(appPath, sourcePath)],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  tsconfig: join(appPath, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  // Twenty provides these two clients to components (APPS.md §3.1); the app's components use neither.
  external: ['twenty-client-sdk/core', 'twenty-client-sdk/metadata'],
  plugins: [...getFrontComponentBuildPlugins()],
  logLevel: 'silent',
});
process.stdout.write(result.outputFiles[0].text);
