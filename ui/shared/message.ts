// The shape of one catalogue entry, apart from the catalogues so they and the translator import it without a cycle.

/** A message with counted words: one text per plural category of the language (Intl.PluralRules), picked by the
 *  `count` value. Slovenian needs one, two, few and other (1, 2, 3–4, 0 and 5–100 by the last two digits). */
export interface PluralForms {
  one?: string;
  two?: string;
  few?: string;
  other: string;
}
export type Message = string | PluralForms;

/** Every text of a message: the string, or each plural form. */
export const messageTexts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined);
