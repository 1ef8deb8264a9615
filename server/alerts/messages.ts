// The words of alert tasks, digests and webhook messages, in English and Slovenian: a task is written in its
// recipient's language, a webhook message in the workspace's. Counted words go through plugin/constants/plural.
import { fillMessage, LOCALES, type Language, type Message } from 'plugin/constants/plural';

export type AlertLanguage = Language;
type Entry = Message;

const en = {
  'critical.title': 'Metakocka: the {stream} sync is stopped ({code})',
  'critical.body':
    'The {stream} sync stopped on a critical problem and waits for someone to fix it.\n\n**What happened:** {message}\n\n**What to do:** {action}\n\n{issues}',
  'critical.issues': {
    one: '{count} open critical issue has this cause.',
    other: '{count} open critical issues have this cause.',
  },
  'failing.title': 'Metakocka: the {stream} sync failed {count} times in a row',
  'failing.body':
    'The last {count} runs of the {stream} sync failed.\n\n**Last error:** {message}\n\n**What to do:** open "Recent sync runs" in the Metakocka folder and the newest failed run; its summary says why.',
  'digest.title': 'Metakocka: daily summary for {date}',
  'digest.intro': {
    one: '{count} new sync issue since the last summary.',
    other: '{count} new sync issues since the last summary.',
  },
  'digest.byClass': '**By class:** {list}',
  'digest.byStream': '**By stream:** {list}',
  'digest.important': '**Issues that need attention:**',
  'digest.more': { one: '…and {count} more.', other: '…and {count} more.' },
  'class.ERROR': 'errors',
  'class.CONFLICT': 'conflicts',
  'webhook.critical': '[Metakocka] CRITICAL: the {stream} sync is stopped ({code}). {message}',
  'webhook.failing': '[Metakocka] The {stream} sync failed {count} times in a row. {message}',
  'webhook.digest': '[Metakocka] Daily summary for {date}: {summary}',
  'webhook.test': '[Metakocka] Test message: alerts from this workspace reach this address.',
  'unknown.message': 'No message was recorded.',
  'unknown.action': 'Open the issue in "Open sync issues"; it says what to do.',
} satisfies Record<string, Entry>;

export type AlertMessageId = keyof typeof en;

const sl: Record<AlertMessageId, Entry> = {
  'critical.title': 'Metakocka: sinhronizacija {stream} je ustavljena ({code})',
  'critical.body':
    'Sinhronizacija {stream} se je ustavila zaradi kritične težave in čaka, da jo kdo odpravi.\n\n**Kaj se je zgodilo:** {message}\n\n**Kaj storiti:** {action}\n\n{issues}',
  'critical.issues': {
    one: '{count} odprta kritična težava ima ta vzrok.',
    two: '{count} odprti kritični težavi imata ta vzrok.',
    few: '{count} odprte kritične težave imajo ta vzrok.',
    other: '{count} odprtih kritičnih težav ima ta vzrok.',
  },
  'failing.title': 'Metakocka: sinhronizacija {stream} ni uspela {count}-krat zapored',
  'failing.body':
    'Zadnji zagoni sinhronizacije {stream} ({count}) niso uspeli.\n\n**Zadnja napaka:** {message}\n\n**Kaj storiti:** v mapi Metakocka odprite »Nedavni zagoni sinhronizacije« in najnovejši neuspeli zagon; njegov povzetek pove, zakaj.',
  'digest.title': 'Metakocka: dnevni povzetek za {date}',
  'digest.intro': {
    one: 'Od zadnjega povzetka je nastala {count} nova težava pri sinhronizaciji.',
    two: 'Od zadnjega povzetka sta nastali {count} novi težavi pri sinhronizaciji.',
    few: 'Od zadnjega povzetka so nastale {count} nove težave pri sinhronizaciji.',
    other: 'Od zadnjega povzetka je nastalo {count} novih težav pri sinhronizaciji.',
  },
  'digest.byClass': '**Po vrsti:** {list}',
  'digest.byStream': '**Po podatkih:** {list}',
  'digest.important': '**Težave, ki zahtevajo pozornost:**',
  'digest.more': { one: '… in še {count}.', other: '… in še {count}.' },
  'class.ERROR': 'napake',
  'class.CONFLICT': 'spori',
  'webhook.critical': '[Metakocka] KRITIČNO: sinhronizacija {stream} je ustavljena ({code}). {message}',
  'webhook.failing': '[Metakocka] Sinhronizacija {stream} ni uspela {count}-krat zapored. {message}',
  'webhook.digest': '[Metakocka] Dnevni povzetek za {date}: {summary}',
  'webhook.test': '[Metakocka] Preizkusno sporočilo: opozorila iz tega delovnega prostora prihajajo na ta naslov.',
  'unknown.message': 'Sporočilo ni bilo zapisano.',
  'unknown.action': 'Odprite težavo v »Odprte težave pri sinhronizaciji«; tam piše, kaj storiti.',
};

const CATALOGUES: Record<AlertLanguage, Record<AlertMessageId, Entry>> = { en, sl };

export const alertText = (
  language: AlertLanguage,
  id: AlertMessageId,
  params: Record<string, string | number> = {},
): string => fillMessage(language, CATALOGUES[language][id], params);

/** A Ljubljana calendar date as people there write it. */
export const alertDate = (language: AlertLanguage, instant: Date): string =>
  new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'Europe/Ljubljana', dateStyle: 'long' }).format(instant);

export const ALERT_CATALOGUES = CATALOGUES;
