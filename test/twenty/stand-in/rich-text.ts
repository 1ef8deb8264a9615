/**
 * RICH_TEXT (bodyV2): the server turns `markdown` into a BlockNote JSON *string* (x1, x3). This covers headings,
 * paragraphs, bullet and numbered list items and **bold** / *italic*; block ids are random as on the server.
 */
import { randomUUID } from 'node:crypto';

const PROPS = { backgroundColor: 'default', textColor: 'default', textAlignment: 'left' };

function inline(text: string): Array<{ type: 'text'; text: string; styles: Record<string, boolean> }> {
  const out: Array<{ type: 'text'; text: string; styles: Record<string, boolean> }> = [];
  const re = /(\*\*([^*]+)\*\*|\*([^*]+)\*)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index), styles: {} });
    if (m[2] !== undefined) out.push({ type: 'text', text: m[2], styles: { bold: true } });
    else out.push({ type: 'text', text: m[3]!, styles: { italic: true } });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last), styles: {} });
  return out;
}

export function markdownToBlocknote(markdown: string): string {
  const blocks: unknown[] = [];
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') continue;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({
        id: randomUUID(),
        type: 'heading',
        props: { ...PROPS, level: heading[1]!.length, isToggleable: false },
        content: inline(heading[2]!),
        children: [],
      });
    } else if (bullet) {
      blocks.push({
        id: randomUUID(),
        type: 'bulletListItem',
        props: PROPS,
        content: inline(bullet[1]!),
        children: [],
      });
    } else if (numbered) {
      blocks.push({
        id: randomUUID(),
        type: 'numberedListItem',
        props: PROPS,
        content: inline(numbered[1]!),
        children: [],
      });
    } else {
      blocks.push({ id: randomUUID(), type: 'paragraph', props: PROPS, content: inline(line), children: [] });
    }
  }
  return JSON.stringify(blocks);
}
