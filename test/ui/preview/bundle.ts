// Bundles a front component from its source for the preview (see bundle-front-component.mjs), so the page always
// runs the current components, built the way twenty-sdk builds them.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export function bundleFrontComponent(appPath: string, sourcePath: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(__dirname, 'bundle-front-component.mjs'), appPath, sourcePath],
      { cwd: appPath, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`Bundling ${sourcePath} failed: ${stderr || error.message}`));
        else done(stdout);
      },
    );
  });
}
