// docs/troubleshooting.md's error tables are what scripts/troubleshooting.ts writes from the error catalogue, and the
// catalogue holds exactly the codes server/ raises, stores or answers with (found by scanning the source).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorCodes } from 'server/error-catalogue';
import { TROUBLESHOOTING_PATHS, withGeneratedTables } from '../../scripts/troubleshooting';

const SERVER = resolve(__dirname, '..', '..', 'server');

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

// `readonly code = 'X'` in an error class, `errorCode: 'X'` in a stored issue or a diagnosis, `code: 'X'` in a route
// answer, `renderError('X'` where a sentence is rendered.
const CODE_LITERALS = [
  /readonly code = '([A-Z][A-Z0-9_]+)'/g,
  /\b(?:errorCode|code): '([A-Z][A-Z0-9_]+)'/g,
  /renderError\('([A-Z][A-Z0-9_]+)'/g,
  /Refusal\(\s*\d{3},\s*'([A-Z][A-Z0-9_]+)'/g, // a refusal with its HTTP status first (the impact preview's)
];

function codesInServer(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(SERVER)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of CODE_LITERALS) {
      for (const match of text.matchAll(pattern)) {
        found.set(match[1]!, [...(found.get(match[1]!) ?? []), file.slice(SERVER.length - 'server'.length)]);
      }
    }
  }
  return found;
}

describe('error codes and docs/troubleshooting.md', () => {
  it.each(['en', 'sl'] as const)('the committed %s doc is what `npm run docs:troubleshooting` writes', (lang) => {
    const committed = readFileSync(TROUBLESHOOTING_PATHS[lang], 'utf8');
    expect(withGeneratedTables(committed, lang)).toBe(committed);
    for (const code of errorCodes) expect(committed).toContain(`| \`${code}\` |`);
  });

  it('every code thrown, stored or answered in server/ is in the catalogue', () => {
    const found = codesInServer();
    expect(found.size).toBeGreaterThan(30);
    const missing = [...found].filter(([code]) => !(errorCodes as string[]).includes(code));
    expect(missing).toEqual([]);
  });

  it('the catalogue holds no code that server/ never raises', () => {
    const found = codesInServer();
    expect(errorCodes.filter((code) => !found.has(code))).toEqual([]);
  });
});
