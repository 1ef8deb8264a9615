// A sync stream named inside a server sentence ("the {stream} sync", "Sinhronizacija {stream}"): one word per stream
// and language, the genitive in Slovenian, for alert tasks and digests, the health status and Twenty's banner, and a
// run's own name. The screens keep their own, capitalised, forms (ui/*/messages.ts).
import type { Language } from 'plugin/constants/plural';

const WORDS: Record<Language, Record<string, string>> = {
  en: { PARTNERS: 'partners', PRODUCTS: 'products', STOCK: 'stock', DOCUMENTS: 'sales documents' },
  sl: { PARTNERS: 'partnerjev', PRODUCTS: 'izdelkov', STOCK: 'zalog', DOCUMENTS: 'prodajnih dokumentov' },
};

/** `stream` as runs and issues key it (PARTNERS) or as the settings do (partners); one this version does not know is
 *  named by its key in lower case. */
export const streamWord = (lang: Language, stream: string): string =>
  WORDS[lang][stream.toUpperCase()] ?? stream.toLowerCase();
