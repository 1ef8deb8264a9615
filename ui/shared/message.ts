// The shape of one catalogue entry, apart from the catalogues so they and the translator import it without a cycle.
// The pluralisation itself lives in plugin/constants/plural.ts, shared with the server's error catalogue.
export { messageTexts, type Message, type PluralForms } from 'plugin/constants/plural';
