// One entry layer (issue 13 item 1): every route path is declared once, in plugin/constants/route-paths.ts, and the
// logic functions take their paths from it; ui/ takes values only from plugin/constants, never from server/, so a
// front-component bundle carries no server code (type-only imports are erased by the build).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

import * as routePaths from 'plugin/constants/route-paths';

const repoRoot = resolve(__dirname, '../..');
const ROUTE_PATHS_MODULE = 'plugin/constants/route-paths';

const sourceFilesUnder = (folder: string): string[] =>
  readdirSync(join(repoRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const parse = (path: string) =>
  ts.createSourceFile(path, readFileSync(join(repoRoot, path), 'utf8'), ts.ScriptTarget.Latest, true);

const routeGroups = Object.entries(routePaths).filter(([name]) => name.endsWith('_ROUTES')) as Array<
  [string, Record<string, string>]
>;
const declaredPaths = routeGroups.flatMap(([, group]) => Object.values(group));

const manifestRoutes = (): Array<{ fn: string; path: string }> => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'plugin.manifest.json'), 'utf8')) as {
    logicFunctions: Record<string, { triggers?: { route?: { path: string } } }>;
  };
  return Object.entries(manifest.logicFunctions).flatMap(([fn, f]) =>
    f.triggers?.route ? [{ fn, path: f.triggers.route.path }] : [],
  );
};

/** The `path:` of each httpRouteTriggerSettings in plugin/functions, as written in the source. */
const routeTriggerPaths = (): Array<{ file: string; written: string; fromRouteConstants: boolean }> =>
  sourceFilesUnder('plugin/functions').flatMap((file) => {
    const source = parse(file);
    const imported = new Set<string>();
    const found: Array<{ file: string; written: string; fromRouteConstants: boolean }> = [];
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && (node.moduleSpecifier as ts.StringLiteral).text === ROUTE_PATHS_MODULE) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings))
          bindings.elements.forEach((element) => imported.add(element.name.text));
      }
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(source) === 'httpRouteTriggerSettings' &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        const path = node.initializer.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'path',
        );
        const value = path?.initializer;
        const fromRouteConstants =
          !!value &&
          ts.isPropertyAccessExpression(value) &&
          ts.isIdentifier(value.expression) &&
          imported.has(value.expression.text);
        found.push({ file, written: value?.getText(source) ?? '(no path)', fromRouteConstants });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });

/** Imports (and re-exports) in a file that bring a value, not only types, from the given folder. */
const valueImportsFrom = (file: string, source: ts.SourceFile, folder: string): string[] => {
  const fromFolder = (specifier: string): boolean => {
    const target = specifier.startsWith('.')
      ? relative(repoRoot, resolve(repoRoot, dirname(file), specifier))
      : specifier;
    return target === folder || target.startsWith(`${folder}/`);
  };
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && fromFolder((node.moduleSpecifier as ts.StringLiteral).text)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!bindings &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!typesOnly) found.push(node.getText(source));
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      fromFolder((node.moduleSpecifier as ts.StringLiteral).text)
    ) {
      const clause = node.exportClause;
      const typesOnly =
        node.isTypeOnly ||
        (!!clause && ts.isNamedExports(clause) && clause.elements.every((element) => element.isTypeOnly));
      if (!typesOnly) found.push(node.getText(source));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument) && fromFolder(argument.text)) found.push(node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

describe('route paths', () => {
  it('are each declared once in plugin/constants/route-paths.ts', () => {
    const repeated = declaredPaths.filter((path, index) => declaredPaths.indexOf(path) !== index);
    expect(repeated).toEqual([]);
  });

  it('every route in the built manifest uses a declared path, and no two routes share one', () => {
    const routes = manifestRoutes();
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => !declaredPaths.includes(route.path))).toEqual([]);
    const paths = routes.map((route) => route.path);
    expect(routes.filter((route, index) => paths.indexOf(route.path) !== index)).toEqual([]);
  });

  it('every route trigger in plugin/functions takes its path from plugin/constants/route-paths.ts', () => {
    const triggers = routeTriggerPaths();
    expect(triggers.length).toBe(manifestRoutes().length);
    expect(triggers.filter((trigger) => !trigger.fromRouteConstants)).toEqual([]);
  });

  it('no other app source file writes a route path out again', () => {
    const files = ['plugin', 'server', 'ui']
      .flatMap(sourceFilesUnder)
      .filter((file) => file !== `${ROUTE_PATHS_MODULE}.ts`);
    const rewritten = files.flatMap((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      return declaredPaths
        .filter((path) => text.includes(`'${path}'`) || text.includes(`"${path}"`) || text.includes(`\`${path}\``))
        .map((path) => `${file}: ${path}`);
    });
    expect(rewritten).toEqual([]);
  });
});

describe('ui/', () => {
  it('imports no value from server/ (type-only imports are erased from the bundle)', () => {
    const found = sourceFilesUnder('ui').flatMap((file) =>
      valueImportsFrom(file, parse(file), 'server').map((line) => `${file}: ${line}`),
    );
    expect(found).toEqual([]);
  });

  it('the check finds a value import, a mixed one and a relative one, and lets type-only imports pass', () => {
    const check = (text: string) =>
      valueImportsFrom('ui/x/y.ts', ts.createSourceFile('y.ts', text, ts.ScriptTarget.Latest, true), 'server');
    expect(check("import { a } from 'server/a';")).toHaveLength(1);
    expect(check("import { type A, b } from 'server/a';")).toHaveLength(1);
    expect(check("import * as a from '../../server/a';")).toHaveLength(1);
    expect(check("export { a } from 'server/a';")).toHaveLength(1);
    expect(
      check("import type { A } from 'server/a'; import { type B } from 'server/b'; export type { C } from 'server/c';"),
    ).toEqual([]);
    expect(check("import { a } from 'plugin/constants/a';")).toEqual([]);
  });
});
