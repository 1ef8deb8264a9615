#!/usr/bin/env node
// The package's command line (`npx twenty-metakocka doctor ...`). It runs the TypeScript sources through tsx's
// register API, which is installed with the devDependencies (`npm ci`), so no separate build step is needed.
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();
const { runDoctorCli } = require(path.join(root, 'server', 'doctor', 'cli.ts'));

runDoctorCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only the class name: the message could in theory hold request details.
    process.stderr.write(
      `The check stopped unexpectedly (${error && error.name ? error.name : 'error'}). Run it again; if it repeats, report this output.\n`,
    );
    process.exitCode = 70;
  },
);
