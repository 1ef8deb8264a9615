// Every string in a route's answer that a person could read, with where it sits: the whole JSON is walked, so a
// sentence added to any field of any answer is found without the test naming that field. Only values that are never
// words for a person are left out, by their key.

/**
 * Keys whose values are for machines, and why each is one:
 * - ids and cursors (`id`, `…Id`, `…Ids`, cursors, `issueKey`): opaque references the screens send back;
 * - codes (`code`, `…Code`, `…Codes`): the error catalogue's and Metakocka's codes, looked up, never read as prose;
 * - addresses (`url`, `…Url`, `…Path`, `href`, `endpoint`): shown or followed as written, in any language;
 * - enums the screens word from their own catalogues (`status`, `state`, `stage`, `kind`, `severity`, `trigger`,
 *   `outcome`, `stream`, `streams`, `language`, `policy`, `template`, `format`, `object`, `recordObject`, `keep`,
 *   `frequency`, `by`, `direction`, `unit`, `type`): values of a fixed set such as FAILED or OPEN. Not `action`: in an
 *   answer it is mostly a refusal's next step, a sentence.
 * - `method`, `methodsCalled`, `callsByMethod`: Metakocka's API call names (API.md), quoted as Metakocka spells them;
 * - a report's column keys (`key`, and a chart's `x`, `y`, `series`, which name columns): the page words each column.
 */
const MACHINE_KEY =
  /^(id|ids|cursor|nextCursor|endCursor|issueKey|code|url|href|endpoint|status|state|stage|kind|severity|trigger|outcome|stream|streams|language|policy|template|format|object|recordObject|keep|frequency|by|direction|unit|type|method|methodsCalled|callsByMethod|key|x|y|series)$|(Id|Ids|Code|Codes|Url|Path)$/;

export interface HumanText {
  /** Where the text sits in the answer, e.g. `checks[2].detail`. */
  path: string;
  text: string;
}

export function humanTexts(value: unknown, path = ''): HumanText[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ path: path || '(answer)', text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => humanTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    MACHINE_KEY.test(key) ? [] : humanTexts(item, path ? `${path}.${key}` : key),
  );
}
