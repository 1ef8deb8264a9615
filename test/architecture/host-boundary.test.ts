// Host work stays in server/host/ (issue 13 item 4): only there does server code read the process environment or load
// twenty-sdk / twenty-client-sdk, so the rest of server/ gets values and ports passed in and runs the same under jest,
// the harness and Twenty. Comments that merely name these are fine; code that uses them is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

const repoRoot = resolve(__dirname, '../..');
const SDK = /^twenty-(client-)?sdk(\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** What in one file's code belongs to the host: `process.env` and imports (static, dynamic, require) of the SDKs. */
function hostOnlyUses(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.getText() === 'process.env') found.push('process.env');
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
        ? node.moduleSpecifier
        : ts.isCallExpression(node) &&
            (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText() === 'require')
          ? node.arguments[0]
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
            ? node.argument.literal
            : undefined;
    if (specifier && ts.isStringLiteral(specifier) && SDK.test(specifier.text))
      found.push(`import of ${specifier.text}`);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true));
  return found;
}

describe('server/ outside server/host/', () => {
  it('reads no process.env and imports neither twenty-sdk nor twenty-client-sdk', () => {
    const hostDir = join(repoRoot, 'server', 'host');
    const breaches = sourceFiles(join(repoRoot, 'server'))
      .filter((file) => !file.startsWith(hostDir + '/'))
      .flatMap((file) =>
        hostOnlyUses(file, readFileSync(file, 'utf8')).map((use) => `${relative(repoRoot, file)}: ${use}`),
      );
    expect(breaches).toEqual([]);
  });
});

describe('the host-boundary scan', () => {
  it('names each host-only use and passes comments and look-alikes', () => {
    const text = [
      "import { MetadataApiClient } from 'twenty-client-sdk/metadata';",
      "export type { Kv } from 'twenty-sdk';",
      "type Sdk = typeof import('twenty-sdk/logic-function');",
      "const later = () => import('twenty-sdk/logic-function');",
      'const token = process.env.TOKEN;',
      '// process.env and twenty-sdk in a comment',
      "import { other } from 'twenty-sdk-like';",
      'const env = { process: { env: 1 } }.process.env;',
    ].join('\n');
    expect(hostOnlyUses('sample.ts', text)).toEqual([
      'import of twenty-client-sdk/metadata',
      'import of twenty-sdk',
      'import of twenty-sdk/logic-function',
      'import of twenty-sdk/logic-function',
      'process.env',
    ]);
  });
});
