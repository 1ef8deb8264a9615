// Bundles a front component for the browser exactly as twenty-sdk's build does (its own esbuild plugins: the JSX
// rewrite into a render function, CSS injection), so the preview runs the real components, not look-alikes.
import { build } from 'esbuild';
import { getFrontComponentBuildPlugins } from 'twenty-sdk/front-component-renderer/build';
import { join } from 'node:path';

export async function bundleFrontComponent(appPath: string, sourcePath: string): Promise<string> {
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
    // The host provides these two clients in Twenty (APPS.md §3.1); the app's components use neither.
    external: ['twenty-client-sdk/core', 'twenty-client-sdk/metadata'],
    plugins: [...getFrontComponentBuildPlugins()],
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${sourcePath}`);
  return file.text;
}
