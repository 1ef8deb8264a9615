// Finds import cycles among the app's own source files (plugin/, server/, ui/, migrations/), with the TypeScript
// compiler resolving every specifier exactly as tsc does (path aliases, index files, .tsx).
//   npx tsx --tsconfig tsconfig.test.json scripts/import-cycles.ts   prints each cycle; exit 1 when there is one
// Type-only imports count: a type cycle still ties two modules together, so neither can be read or moved alone.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const APP_FOLDERS = ['plugin', 'server', 'ui', 'migrations'];

const sourceFilesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const moduleSpecifiers = (file: ts.SourceFile): string[] => {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) specifiers.push(expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) specifiers.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers;
};

/** Each file's imports of other project files (node_modules left out), keyed by path relative to the root. */
export const importGraph = (root: string, folders = APP_FOLDERS): Map<string, string[]> => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const graph = new Map<string, string[]>();
  const pending = folders.flatMap((folder) => sourceFilesUnder(join(root, folder)));
  while (pending.length > 0) {
    const path = pending.pop()!;
    const key = relative(root, path);
    if (graph.has(key)) continue;
    const text = ts.sys.readFile(path) ?? '';
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
    const imports = new Set<string>();
    for (const specifier of moduleSpecifiers(file)) {
      const resolved = ts.resolveModuleName(specifier, path, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = resolve(resolved.resolvedFileName);
      if (relative(root, target).startsWith('..')) continue;
      imports.add(relative(root, target));
      pending.push(target);
    }
    graph.set(key, [...imports].sort());
  }
  return graph;
};

/** Every set of files that import one another round in a circle (Tarjan's strongly connected components). */
export const importCycles = (graph: Map<string, string[]>): string[][] => {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return cycles;
};

/** One concrete round trip through a cycle's files, from its first file back to it, for a readable report. */
export const roundTrip = (graph: Map<string, string[]>, cycle: string[]): string[] => {
  const members = new Set(cycle);
  const start = cycle[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return cycle;
};

if (require.main === module) {
  const graph = importGraph(resolve(__dirname, '..'));
  const cycles = importCycles(graph);
  for (const cycle of cycles) console.log(`${cycle.length} files: ${roundTrip(graph, cycle).join(' → ')}`);
  console.log(cycles.length ? `${cycles.length} import cycle(s).` : `No import cycles among ${graph.size} files.`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
