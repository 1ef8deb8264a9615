// Finds English left in a Slovenian text (issue 15: "a test fails on English text in a Slovenian render"). Code
// spans, placeholders, addresses and identifiers are taken out first; what remains is split into words, and a word
// that only English uses (the, and, is, not, your…) marks the text. Words Slovenian shares with English ("in", "to",
// "a", "on", "no") are not on the list.

/** Frequent English words that are not Slovenian words. */
const ENGLISH_ONLY = new Set(
  (
    'the and is are was were be been not of for from with without your you this that these those it its ' +
    'has have had will would could should cannot can may must please save saved click run runs try again ' +
    'there here what which when where who why how all any each every none nothing something than then ' +
    'after before into onto over under about between only also yet still already error failed missing ' +
    'record records member members key keys company settings value values field fields page open close ' +
    'connection check sync synced changed change document documents partners product products'
  ).split(' '),
);

/**
 * Names written the same in both languages, with why: product and protocol names, acronyms, and the names of
 * settings, variables and calls a person types or reads in another system exactly as written.
 */
export const ALLOWED_AS_WRITTEN = [
  'Metakocka', // the ERP's name; declined in Slovenian (Metakocke, Metakocko) around it
  'Twenty', // the CRM's name (Twentyja, Twentyju)
  'API',
  'URL',
  'IP',
  'HTTP',
  'JSON',
  'PDF',
  'CSV',
  'XLSX',
  'ID',
  'VPN',
  'DNS',
  'MiB',
  'MB',
  'OK',
  'Slovenščina',
  'Sync', // the app's sidebar entries keep Twenty's one-language labels (D55): »Metakocka → Sync issues« is what a
  // Slovenian member reads in the sidebar, so a sentence that points there quotes it
  'English', // a language is named in its own language in a language picker, so each reader finds theirs
];

const ALLOWED = new Set(ALLOWED_AS_WRITTEN.map((word) => word.toLowerCase()));

/** What is left of a text once code, placeholders, addresses, quoted foreign words and identifiers are removed. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ') // code spans: names of variables, calls and settings
    .replace(/\{[^}]*\}/g, ' ') // placeholders, and JSON examples
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' ') // ids: hex such as b0016be4 reads "be"
    .replace(/\b\w+\.\w+\b/g, ' ') // setting paths such as documents.offerReportId
    .replace(/\*[^*]+\*/g, (span) => (/^\*[A-Z_]+\*$/.test(span) ? ' ' : span)) // *OPTIONAL*: a value as shown
    .replace(/»[^«]*«/g, (span) => (/Quote exceeds|Valid values|Profit center/.test(span) ? ' ' : span)) // Metakocka's own words
    .replace(/»[\w.]+(?:, [\w.]+)*«/g, ' '); // quoted names as a request spells them: »what«, »monthly.revenue, lines«
}

/** The English-only words in a text; [] when it reads as Slovenian. */
export function englishWordsIn(text: string): string[] {
  const words = prose(text)
    .split(/[^\p{L}_]+/u)
    .filter((word) => word !== '' && !/[_]|[a-z][A-Z]/.test(word)); // identifiers such as opr_code, allowMetakockaWrites
  return [...new Set(words.filter((word) => ENGLISH_ONLY.has(word.toLowerCase()) && !ALLOWED.has(word.toLowerCase())))];
}

/** True when a Slovenian text is the English one unchanged, and not only names, placeholders or code. */
export function untranslated(slText: string, enText: string): boolean {
  if (slText !== enText) return false;
  const words = prose(slText)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '' && !ALLOWED.has(word.toLowerCase()));
  return words.length > 0;
}
