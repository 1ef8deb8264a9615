// The in-app help of every screen (issue 20 item 2), English and Slovenian (D20): one or two sentences on what the
// screen is for, next to a "Learn more" link to its section of the docs (plugin/constants/docs.ts).
import type { HelpTopic } from 'plugin/constants/docs';
import type { Message } from 'ui/shared/message';
import { fillMessage, type Language } from 'ui/shared/translate';

type HelpMessageId = `${HelpTopic}.text` | 'learnMore' | 'learnMore.label' | 'errorCode';

const en: Record<HelpMessageId, Message> = {
  'settings.text':
    'Connect this workspace to your Metakocka company, decide whether people use their own keys, and see whether the sync is healthy.',
  'myAccount.text':
    'Choose the language the app speaks to you, and store your own Metakocka key when your administrator allows or requires it.',
  'commands.text':
    'This command acts on the selected record in Metakocka; the answer says what was done, or why not and what to do.',
  'console.text':
    'Choose what is synced and preview what a change would do before saving it; start, pause or cancel runs, follow them live and read their history.',
  'inbox.text':
    'Everything the sync could not bring across waits here with its cause and what to do: retry, ignore or resolve it, and choose a side in a conflict.',
  'troubleshooting.text': 'What each error means, how to check it and how to fix it.',
  learnMore: 'Learn more',
  'learnMore.label': 'Learn more in the documentation (opens in a new tab)',
  errorCode: 'Error code {code}: how to check and fix it',
};

const sl: Record<HelpMessageId, Message> = {
  'settings.text':
    'Povežite ta delovni prostor s podjetjem v Metakocki, odločite, ali uporabniki uporabljajo svoje ključe, in preverite, ali sinhronizacija deluje brez težav.',
  'myAccount.text':
    'Izberite jezik, v katerem vam aplikacija piše, in shranite svoj ključ za Metakocko, kadar ga skrbnik dovoli ali zahteva.',
  'commands.text':
    'Ukaz deluje na izbranem zapisu v Metakocki; odgovor pove, kaj je bilo narejeno, ali zakaj ne in kaj storiti.',
  'console.text':
    'Izberite, kaj se usklajuje, in pred shranjevanjem preverite učinek spremembe; zaženite, začasno ustavite ali prekličite teke, jih spremljajte sproti in preglejte njihovo zgodovino.',
  'inbox.text':
    'Vse, česar sinhronizacija ni mogla prenesti, čaka tukaj z vzrokom in navodilom: poskusite znova, prezrite ali rešite in pri sporu izberite stran.',
  'troubleshooting.text': 'Kaj pomeni posamezna napaka, kako jo preverite in kako jo odpravite.',
  learnMore: 'Več o tem',
  'learnMore.label': 'Več o tem v dokumentaciji (odpre se v novem zavihku)',
  errorCode: 'Koda napake {code}: kako jo preverite in odpravite',
};

export const HELP_CATALOGUES: Record<Language, Record<HelpMessageId, Message>> = { en, sl };

export const helpText = (language: Language, id: HelpMessageId, values: Record<string, string | number> = {}) =>
  fillMessage(language, HELP_CATALOGUES[language][id], values);
