// What a schema refused in a settings or targets document, worded per language by zod's own locales: the schemas'
// messages are zod's English, and its Slovenian locale words the same findings (issue 15: no English in a Slovenian
// answer). The issues keep what the schema found (path, code, bounds, the offending value's type), never a secret: the
// documents checked here hold none.
import type { core } from 'zod';
import { sl } from 'zod/v4/locales';
import type { Language } from 'plugin/constants/plural';

export type SchemaIssue = core.$ZodIssue;

const locales: Record<Exclude<Language, 'en'>, core.$ZodErrorMap> = { sl: sl().localeError };

/** English keeps the schema's own message (a regex's hint such as "an amount such as 12500.00"); another language
 *  words the finding from its code and bounds, since the schema's hints are English. */
const wording = (issue: SchemaIssue, lang: Language): string => {
  if (lang === 'en') return issue.message;
  const worded = locales[lang](issue as unknown as core.$ZodRawIssue);
  return typeof worded === 'string' ? worded : (worded?.message ?? issue.message);
};

/** What a finding about the whole value names instead of a path. */
const ROOTS = {
  document: { en: '(document)', sl: '(dokument)' },
  request: { en: '(request)', sl: '(zahteva)' },
  targets: { en: '(targets)', sl: '(cilji)' },
} satisfies Record<string, Record<Language, string>>;

export type SchemaRoot = keyof typeof ROOTS;

/** Each finding as "path: what is wrong", in `lang`; `root` names a finding about the whole value. */
export function schemaProblems(issues: readonly SchemaIssue[], lang: Language, root: SchemaRoot): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || ROOTS[root][lang]}: ${wording(issue, lang)}`);
}
