// The words of the integration's health (issue 15): the settings page's status in the reader's language, and
// Twenty's banner on the app's settings page, which reads one language for everyone, in the workspace's.
import { fillMessage, LOCALES, type Language, type Message } from 'plugin/constants/plural';

const en = {
  'missing.companyId': 'companyId',
  'missing.secretKey': 'secretKey',
  zone: 'Europe/Ljubljana',
  'issues.detail': {
    one: '{count} record could not be synced in the last sync.',
    other: '{count} records could not be synced in the last sync.',
  },
  'issues.detailOfStream': {
    one: '{count} record could not be synced in the last {stream} sync.',
    other: '{count} records could not be synced in the last {stream} sync.',
  },
  'issues.detailUncounted': 'Some records could not be synced in the last sync.',
  'issues.fix': 'Open "Open sync issues" in Metakocka: each issue says what to do; the next sync retries the records.',
  'webhook.detail':
    '{variable} has {length} characters, fewer than {minimum}, so the stock webhook refuses every call; stock still arrives with the scheduled product sync.',
  'webhook.fix':
    "Set {variable} in Twenty's app variables to a random value of at least {minimum} characters (for example `openssl rand -base64 33`) and enter the same value as the webhook's client secret in Metakocka.",
  'banner.openSettings': 'Open Metakocka settings',
  'banner.criticalFix':
    'The sync cannot go on for these until someone acts: open "Open sync issues" in Metakocka, filter by severity CRITICAL and follow each issue\'s suggested action.',
  'banner.dashboards.title': "The Metakocka dashboards are not in Twenty's Dashboards list",
  'banner.webhook.title': "Metakocka's stock webhook refuses every call",
  'banner.running': 'A sync is running (started {time}).',
  'banner.outside': 'The credentials were changed outside the app on {time}.',
  'banner.NOT_CONFIGURED.title': 'Metakocka is not connected',
  'banner.NOT_CONFIGURED.description':
    'Missing: {missing}. Enter the company id and secret key, then test the connection.',
  'banner.CREDENTIALS_REFUSED.title': 'Metakocka refused the credentials',
  'banner.CREDENTIALS_REFUSED.detail': 'The connection check failed.',
  'banner.CRITICAL_ISSUES.title': {
    one: '{count} open CRITICAL sync issue',
    other: '{count} open CRITICAL sync issues',
  },
  'banner.lastFinished': 'Last sync finished {time}.',
  'banner.STREAM_FAILING.title': 'The {streams} sync failed {count} times in a row',
  'banner.STREAM_FAILING.detail': 'See the sync runs for details.',
  'banner.SYNC_FAILED.title': 'The last sync failed',
  'banner.SYNC_FAILED.detail': 'See the sync run for details.',
  'banner.finished': 'Finished {time}.',
  'banner.SYNC_ISSUES.title': 'The last sync finished with issues',
  'banner.SYNC_ISSUES.titleAt': 'The last sync {time} finished with issues',
  'banner.NEVER_SYNCED.title': 'Connected to Metakocka; no sync has run yet',
  'banner.NEVER_SYNCED.description': 'The first scheduled sync starts on its own.',
  'banner.NEVER_SYNCED.runningTitle': 'Connected to Metakocka; the first sync is running',
  'banner.NEVER_SYNCED.runningDescription': 'It started {time}.',
  'banner.HEALTHY.title': 'Connected to Metakocka',
  'banner.HEALTHY.titleAt': 'Connected to Metakocka; last sync {time}',
} satisfies Record<string, Message>;

export type HealthTextId = keyof typeof en;

const sl: Record<HealthTextId, Message> = {
  'missing.companyId': 'ID podjetja',
  'missing.secretKey': 'skrivni ključ',
  zone: 'po ljubljanskem času',
  'issues.detail': {
    one: 'Pri zadnji sinhronizaciji {count} zapisa ni bilo mogoče sinhronizirati.',
    two: 'Pri zadnji sinhronizaciji {count} zapisov ni bilo mogoče sinhronizirati.',
    few: 'Pri zadnji sinhronizaciji {count} zapisov ni bilo mogoče sinhronizirati.',
    other: 'Pri zadnji sinhronizaciji {count} zapisov ni bilo mogoče sinhronizirati.',
  },
  'issues.detailOfStream': {
    one: 'Pri zadnji sinhronizaciji {stream} {count} zapisa ni bilo mogoče sinhronizirati.',
    two: 'Pri zadnji sinhronizaciji {stream} {count} zapisov ni bilo mogoče sinhronizirati.',
    few: 'Pri zadnji sinhronizaciji {stream} {count} zapisov ni bilo mogoče sinhronizirati.',
    other: 'Pri zadnji sinhronizaciji {stream} {count} zapisov ni bilo mogoče sinhronizirati.',
  },
  'issues.detailUncounted': 'Pri zadnji sinhronizaciji nekaterih zapisov ni bilo mogoče sinhronizirati.',
  'issues.fix':
    'V Metakocki odprite »Odprte težave pri sinhronizaciji«: pri vsaki težavi piše, kaj storiti; naslednja sinhronizacija zapise poskusi znova.',
  'webhook.detail':
    '{variable} ima {length} znakov, manj kot {minimum}, zato spletni kavelj za zaloge zavrne vsak klic; zaloge še vedno prihajajo z načrtovano sinhronizacijo izdelkov.',
  'webhook.fix':
    'V Twentyjevih spremenljivkah aplikacije nastavite {variable} na naključno vrednost z vsaj {minimum} znaki (na primer `openssl rand -base64 33`) in isto vrednost v Metakocki vnesite kot skrivnost odjemalca spletnega kavlja.',
  'banner.openSettings': 'Odpri nastavitve Metakocke',
  'banner.criticalFix':
    'Sinhronizacija teh zapisov ne more naprej, dokler kdo ne ukrepa: v Metakocki odprite »Odprte težave pri sinhronizaciji«, filtrirajte po resnosti CRITICAL in sledite predlaganemu ukrepu pri vsaki težavi.',
  'banner.dashboards.title': 'Nadzornih plošč Metakocke ni na Twentyjevem seznamu nadzornih plošč',
  'banner.webhook.title': 'Spletni kavelj Metakocke za zaloge zavrne vsak klic',
  'banner.running': 'Sinhronizacija teče (začela se je {time}).',
  'banner.outside': 'Poverilnice so bile {time} spremenjene zunaj aplikacije.',
  'banner.NOT_CONFIGURED.title': 'Metakocka ni povezana',
  'banner.NOT_CONFIGURED.description':
    'Manjka: {missing}. Vnesite ID podjetja in skrivni ključ, nato preizkusite povezavo.',
  'banner.CREDENTIALS_REFUSED.title': 'Metakocka je zavrnila poverilnice',
  'banner.CREDENTIALS_REFUSED.detail': 'Preizkus povezave ni uspel.',
  'banner.CRITICAL_ISSUES.title': {
    one: '{count} odprta KRITIČNA težava pri sinhronizaciji',
    two: '{count} odprti KRITIČNI težavi pri sinhronizaciji',
    few: '{count} odprte KRITIČNE težave pri sinhronizaciji',
    other: '{count} odprtih KRITIČNIH težav pri sinhronizaciji',
  },
  'banner.lastFinished': 'Zadnja sinhronizacija se je končala {time}.',
  'banner.STREAM_FAILING.title': 'Sinhronizacija {streams} ni uspela {count}-krat zapored',
  'banner.STREAM_FAILING.detail': 'Podrobnosti so v zagonih sinhronizacije.',
  'banner.SYNC_FAILED.title': 'Zadnja sinhronizacija ni uspela',
  'banner.SYNC_FAILED.detail': 'Podrobnosti so v zagonu sinhronizacije.',
  'banner.finished': 'Končana {time}.',
  'banner.SYNC_ISSUES.title': 'Zadnja sinhronizacija se je končala s težavami',
  'banner.SYNC_ISSUES.titleAt': 'Zadnja sinhronizacija ({time}) se je končala s težavami',
  'banner.NEVER_SYNCED.title': 'Povezano z Metakocko; sinhronizacija se še ni izvedla',
  'banner.NEVER_SYNCED.description': 'Prva načrtovana sinhronizacija se začne sama.',
  'banner.NEVER_SYNCED.runningTitle': 'Povezano z Metakocko; prva sinhronizacija teče',
  'banner.NEVER_SYNCED.runningDescription': 'Začela se je {time}.',
  'banner.HEALTHY.title': 'Povezano z Metakocko',
  'banner.HEALTHY.titleAt': 'Povezano z Metakocko; zadnja sinhronizacija {time}',
};

const CATALOGUES: Record<Language, Record<HealthTextId, Message>> = { en, sl };

export const healthText = (lang: Language, id: HealthTextId, values: Record<string, string | number> = {}): string =>
  fillMessage(lang, CATALOGUES[lang][id], values);

export const healthTexts = CATALOGUES;

/** A time as the banner and the status show it: the language's format, in Europe/Ljubljana, saying so. */
export function inLjubljana(iso: string, lang: Language = 'en'): string {
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'Europe/Ljubljana',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${format.format(new Date(iso))} (${healthText(lang, 'zone')})`;
}
