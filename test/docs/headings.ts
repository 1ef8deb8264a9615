// Markdown headings and the anchors GitHub gives them, for tests that check links into the docs.
import { readFileSync } from 'node:fs';

/** The headings of a markdown file outside fenced code, with their level. */
export function headings(path: string): Array<{ level: number; text: string }> {
  let fenced = false;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      const match = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      return match ? [{ level: match[1]!.length, text: match[2]! }] : [];
    });
}

/** GitHub's heading anchors: lower case, punctuation dropped (letters of any script kept), spaces to hyphens, and a
 *  repeated anchor numbered -1, -2… */
export function anchors(path: string): Set<string> {
  const seen = new Map<string, number>();
  return new Set(
    headings(path).map(({ text }) => {
      const plain = text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      const base = plain
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return count === 0 ? base : `${base}-${count}`;
    }),
  );
}
