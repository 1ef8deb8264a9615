// Every element and property the app's screens write in JSX, checked against what Twenty's front-component host
// renders (UI-SURFACES.md §4.2): the host drops anything else silently, so a screen that relies on it (a row header's
// scope, a numeric keyboard's inputMode) loses it in Twenty while it works in a plain browser. The browser check in
// accessibility.test.ts sees what spread props add at run time; this one sees every screen, states no test reaches
// included.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

import { hostKeeps, hostWhitelist } from 'test/ui/preview/host-whitelist';

const ROOT = resolve(__dirname, '../..');
const UI = join(ROOT, 'ui');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );

/** React's own props and event handlers (§4.3) are not attributes the host filters. */
const notAnAttribute = (name: string) => name === 'key' || name === 'ref' || /^on[A-Z]/.test(name);

function refusedIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const elements = new Set(Object.keys(hostWhitelist()));
  const refused: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      if (/^[a-z]/.test(tag)) {
        if (!elements.has(tag.toLowerCase())) refused.push(`${where(node)} <${tag}>`);
        for (const attribute of node.attributes.properties) {
          if (!ts.isJsxAttribute(attribute)) continue;
          const name = attribute.name.getText(source);
          if (!notAnAttribute(name) && !hostKeeps(tag, name)) refused.push(`${where(attribute)} ${tag}[${name}]`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refused;
}

describe('what the screens ask Twenty’s host to render', () => {
  it('uses only elements and properties the host passes, on every screen (console and inbox included)', () => {
    const files = sources(UI);
    expect(files.some((f) => f.includes('/ui/console/'))).toBe(true);
    expect(files.some((f) => f.includes('/ui/inbox/'))).toBe(true);
    expect(files.flatMap((file) => refusedIn(file))).toEqual([]);
  });

  it('finds what the host drops: a row header scope, a numeric keyboard hint, an element it lacks', () => {
    const markup = `export const X = () => (
      <table><tbody><tr><th scope="row" role="rowheader" aria-describedby="h" data-x="1">a</th></tr></tbody>
      <input inputMode="numeric" type="text" onChange={() => undefined} key="k" /><marquee /></table>
    );`;
    expect(refusedIn(join(UI, 'example.tsx'), markup)).toEqual([
      'ui/example.tsx:2 th[scope]',
      'ui/example.tsx:3 input[inputMode]',
      'ui/example.tsx:3 <marquee>',
    ]);
  });
});
