#!/usr/bin/env node
// Extracts the request/answer examples of Metakocka's official API docs (metakocka/metakocka_api_base) into a JSON fact
// file for the sandbox's docs-example contract test (test/contract/metakocka/docs-examples.test.ts, docs/sandbox.md).
//
//   node scripts/extract-mk-doc-examples.mjs <checkout of metakocka_api_base> > test/contract/metakocka/docs-examples.json
//
// The docs are worked examples, not a schema, and some of their JSON is broken (API.md §6 item 28): comments, missing
// or trailing commas, "OR" between alternatives, "......" placeholders. Those are repaired where the intent is plain;
// a block that still does not parse is kept as text with the parser's complaint, so the test can list it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) {
  process.stderr.write('Usage: node scripts/extract-mk-doc-examples.mjs <checkout of metakocka/metakocka_api_base>\n');
  process.exit(2);
}
const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

/** Removes // comments outside strings. */
function stripComments(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

/** Repairs the docs' usual slips; returns the parsed value or the error text. */
function lenientParse(raw) {
  let text = stripComments(raw)
    .split('\n')
    .filter((line) => !/^\s*(\.{2,}|…+|OR|or|\[\s*\.{3}[^\]]*\])\s*$/.test(line)) // "......", "OR", "[... remove ...]"
    .join('\n')
    .replace(/^\s*\{\{/, '{'); // a doubled opening brace
  text = text.replace(/("|\d|true|false|null|\]|\})(\s*\n\s*)(?=["{[])/g, '$1,$2'); // a missing comma at a line end
  text = text.replace(/,(\s*[}\]])/g, '$1'); // trailing commas
  text = text.replace(/,\s*,/g, ','); // a comma left twice after a dropped line
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: e.message };
  }
}

const URL_RE = /https:\/\/[a-z.]*metakocka\.si(\/rest\/[A-Za-z0-9_/]+)/;

function blocksOf(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  let heading = '';
  let url;
  let context = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^#+\s/.test(line)) {
      heading = line.replace(/^#+\s*/, '').trim();
      context = [];
    }
    const m = URL_RE.exec(line);
    if (m) url = m[1];
    if (/^\s*```/.test(line)) {
      const body = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) body.push(lines[i]);
      out.push({ heading, url, context: context.join(' '), text: body.join('\n') });
      context = [];
      continue;
    }
    if (line.trim()) context.push(line.trim());
  }
  return out;
}

function kindOf(block, parsed) {
  if (/respon|respond|answer|result|error example/i.test(block.context)) return 'response';
  if (/request/i.test(block.context)) return 'request';
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    if ('secret_key' in parsed) return 'request';
    if ('opr_code' in parsed) return 'response';
  }
  return 'other';
}

const examples = [];
for (const file of readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .sort()) {
  const blocks = blocksOf(readFileSync(join(root, 'docs', file), 'utf8'));
  let n = 0;
  let open;
  for (const block of blocks) {
    if (!block.text.trim().startsWith('{') && !block.text.trim().startsWith('[')) continue; // PHP, XML, shell: not examples
    const parsed = lenientParse(block.text);
    const kind = kindOf(block, parsed.value);
    if (kind === 'request') {
      n += 1;
      open = {
        id: `${file}:${n}`,
        page: file,
        heading: block.heading,
        path: block.url ?? null,
        request: parsed.value ?? null,
      };
      if (parsed.error) Object.assign(open, { requestText: block.text, requestParseError: parsed.error });
      examples.push(open);
    } else if (kind === 'response' && open && open.response === undefined && open.responseText === undefined) {
      // One request, one answer: the first answer after a request belongs to it; later ones are variants (error examples).
      open.response = parsed.value ?? null;
      if (parsed.error) Object.assign(open, { responseText: block.text, responseParseError: parsed.error });
    } else if (kind === 'response' && open) {
      (open.otherResponses ??= []).push(parsed.value ?? { text: block.text, parseError: parsed.error });
    }
  }
}

process.stdout.write(
  `${JSON.stringify(
    {
      source: {
        repository: 'metakocka/metakocka_api_base',
        commit,
        note: 'Request/answer examples as printed in docs/*.md, with obvious JSON slips repaired.',
      },
      examples,
    },
    null,
    1,
  )}\n`,
);
