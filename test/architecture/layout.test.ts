// docs/architecture.md's layout names the repository's top-level folders, plugin/'s folders and every folder under
// server/, and names none that does not exist: a folder added, moved or removed shows here until the layout says so.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

/** Folders are tokens ending in "/" at a layout line's start or after two spaces; indentation (2 a level) nests. */
function foldersInLayout(markdown: string): string[] {
  const section = markdown.slice(markdown.indexOf('## Layout'), markdown.indexOf('## Decision records'));
  const block = section.slice(section.indexOf('```') + 3, section.lastIndexOf('```'));
  const parents: { indent: number; path: string }[] = [];
  const folders: string[] = [];
  for (const line of block.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const names = line
      .trim()
      .split(/\s{2,}/)
      .filter((token) => /^[\w.-]+\/$/.test(token));
    if (names.length === 0) continue;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const parent = parents[parents.length - 1]?.path ?? '';
    const paths = names.map((name) => `${parent}${name}`);
    folders.push(...paths);
    if (paths.length === 1) parents.push({ indent, path: paths[0]! });
  }
  return folders.map((folder) => folder.replace(/\/$/, ''));
}

const subfolders = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => (folder ? `${folder}/${entry.name}` : entry.name));

const allFoldersUnder = (folder: string): string[] =>
  subfolders(folder).flatMap((sub) => [sub, ...allFoldersUnder(sub)]);

describe("docs/architecture.md's layout", () => {
  const named = foldersInLayout(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));

  it('names every top-level folder, every folder of plugin/ and every folder under server/', () => {
    const tree = [...subfolders(''), ...subfolders('plugin'), ...allFoldersUnder('server')];
    expect(tree.filter((folder) => !named.includes(folder)).sort()).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    const tree = new Set([...subfolders(''), ...allFoldersUnder('plugin'), ...allFoldersUnder('server')]);
    expect(named.filter((folder) => !tree.has(folder)).sort()).toEqual([]);
  });

  it('reads nesting from indentation', () => {
    const block = 'server/  x\n  sync/  y\n    partners/  products/\n  host/\nui/';
    const layout = `## Layout\n\`\`\`\n${block}\n\`\`\`\n## Decision records`;
    expect(foldersInLayout(layout)).toEqual([
      'server',
      'server/sync',
      'server/sync/partners',
      'server/sync/products',
      'server/host',
      'ui',
    ]);
  });
});
