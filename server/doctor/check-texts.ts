// The words of the connection checks (issue 15): each check keeps what it found as a text id and parameters, or a
// catalogued error's code and parameters, so the settings page words it in the reader's language, the health check
// words a stored finding again in another, and `twenty-metakocka doctor` prints the English.
import { fillMessage, type Language, type Message } from 'plugin/constants/plural';
import { isErrorCode, renderAction, renderError, type ErrorParams } from 'server/error-catalogue';

const en = {
  'title.config': 'The address, company id and secret key are filled in',
  'title.reachability': 'Metakocka answers at this address',
  'title.family-a': 'Products and warehouses are found (…/rest/eshop/v1/json/…)',
  'title.credentials': 'Metakocka accepts the company id and secret key',
  'title.family-b': 'Documents and partners are found (…/rest/eshop/v1/…)',
  'title.partners': 'Partners can be read',
  'title.products': 'Products can be read',
  'title.documents': 'Sales documents can be read',
  'title.serial-search': 'Searches queue one after another without timing out',
  'config.badUrl': 'The Metakocka address must start with https:// (for example https://main.metakocka.si).',
  'config.noCompanyId': 'The company id is missing. Find it in Metakocka under Settings → API.',
  'config.noSecretKey': 'The API secret key is missing. Find it in Metakocka under Settings → API.',
  'config.filledIn': 'Company id {companyId} at {baseUrl}.',
  'skip.incomplete': 'Not checked: the settings are incomplete.',
  'skip.unusable': 'Not checked: Metakocka could not be used at all (see above).',
  'skip.familyB': 'Not checked: documents and partners could not be reached (see above).',
  'skip.fix': 'Fix the problem above first.',
  'reachability.answeredIn': 'Metakocka answered in {ms} ms.',
  'reachability.answered': 'Metakocka answered.',
  'reachability.serverAnswered': 'The server answered.',
  'familyA.warehouses': { one: 'Found {count} warehouse.', other: 'Found {count} warehouses.' },
  'familyA.addressRight': 'The address is right.',
  'credentials.accepted': 'Company id {companyId} is accepted.',
  'familyB.searchWorks': {
    one: 'The document search works ({count} sales order).',
    other: 'The document search works ({count} sales orders).',
  },
  'partners.searchWorks': 'The partner search works.',
  'products.read': 'Read product {code}.',
  'products.none': 'There are no products yet; reading them works.',
  'documents.read': 'Read sales order {code}.',
  'documents.none': 'There are no sales orders yet; searching them works.',
  'serialSearch.queued': 'Two searches sent together were answered one after another in {ms} ms.',
  'internal.detail': 'The check stopped with an unexpected internal error.',
  'internal.fix': 'Run the check again; if it repeats, report it with this output.',
  'fix.unreachable':
    'Check the address ({baseUrl}): is it spelled right, and can this computer reach it (network, firewall, VPN)?',
  'fix.timeout':
    'Metakocka is slow or busy right now. Try again in a few minutes; if it lasts, check the network between this server and Metakocka.',
  'fix.removePath': 'Remove everything after the host name: use {origin} instead of {baseUrl}.',
  'fix.hostOnly':
    "Use the Metakocka host name only, for example https://main.metakocka.si (or your company's own Metakocka host).",
  'fix.readRefused':
    'Metakocka refused a read-only request. Check that the API user may read this data in Metakocka, then run the check again.',
  'fix.memberKey':
    'Copy the secret key of your own Metakocka user in company {companyId} again (in Metakocka: Settings → API) and enter it here. If you have no Metakocka user of your own, ask your Metakocka administrator for one.',
} satisfies Record<string, Message>;

export type CheckTextId = keyof typeof en;

const sl: Record<CheckTextId, Message> = {
  'title.config': 'Naslov, ID podjetja in skrivni ključ so izpolnjeni',
  'title.reachability': 'Metakocka se na tem naslovu odziva',
  'title.family-a': 'Izdelki in skladišča so dosegljivi (…/rest/eshop/v1/json/…)',
  'title.credentials': 'Metakocka sprejme ID podjetja in skrivni ključ',
  'title.family-b': 'Dokumenti in partnerji so dosegljivi (…/rest/eshop/v1/…)',
  'title.partners': 'Partnerje je mogoče brati',
  'title.products': 'Izdelke je mogoče brati',
  'title.documents': 'Prodajne dokumente je mogoče brati',
  'title.serial-search': 'Iskanja se zvrstijo eno za drugim, ne da bi potekel čas',
  'config.badUrl': 'Naslov Metakocke se mora začeti s https:// (na primer https://main.metakocka.si).',
  'config.noCompanyId': 'ID podjetja manjka. Najdete ga v Metakocki pod Nastavitve → API.',
  'config.noSecretKey': 'Skrivni ključ za API manjka. Najdete ga v Metakocki pod Nastavitve → API.',
  'config.filledIn': 'ID podjetja {companyId} na naslovu {baseUrl}.',
  'skip.incomplete': 'Ni preverjeno: nastavitve niso popolne.',
  'skip.unusable': 'Ni preverjeno: Metakocke sploh ni bilo mogoče uporabiti (glejte zgoraj).',
  'skip.familyB': 'Ni preverjeno: dokumenti in partnerji niso bili dosegljivi (glejte zgoraj).',
  'skip.fix': 'Najprej odpravite težavo zgoraj.',
  'reachability.answeredIn': 'Metakocka se je odzvala v {ms} ms.',
  'reachability.answered': 'Metakocka se je odzvala.',
  'reachability.serverAnswered': 'Strežnik se je odzval.',
  'familyA.warehouses': {
    one: 'Najdeno je {count} skladišče.',
    two: 'Najdeni sta {count} skladišči.',
    few: 'Najdena so {count} skladišča.',
    other: 'Najdenih je {count} skladišč.',
  },
  'familyA.addressRight': 'Naslov je pravi.',
  'credentials.accepted': 'ID podjetja {companyId} je sprejet.',
  'familyB.searchWorks': {
    one: 'Iskanje dokumentov deluje ({count} prodajno naročilo).',
    two: 'Iskanje dokumentov deluje ({count} prodajni naročili).',
    few: 'Iskanje dokumentov deluje ({count} prodajna naročila).',
    other: 'Iskanje dokumentov deluje ({count} prodajnih naročil).',
  },
  'partners.searchWorks': 'Iskanje partnerjev deluje.',
  'products.read': 'Prebran je izdelek {code}.',
  'products.none': 'Izdelkov še ni; branje deluje.',
  'documents.read': 'Prebrano je prodajno naročilo {code}.',
  'documents.none': 'Prodajnih naročil še ni; iskanje deluje.',
  'serialSearch.queued': 'Dve hkrati poslani iskanji sta bili odgovorjeni eno za drugim v {ms} ms.',
  'internal.detail': 'Preverjanje se je ustavilo zaradi nepričakovane notranje napake.',
  'internal.fix': 'Preverjanje zaženite znova; če se napaka ponovi, jo sporočite s tem izpisom.',
  'fix.unreachable':
    'Preverite naslov ({baseUrl}): je pravilno zapisan in ali ga ta računalnik doseže (omrežje, požarni zid, VPN)?',
  'fix.timeout':
    'Metakocka je trenutno počasna ali zasedena. Poskusite znova čez nekaj minut; če stanje traja, preverite omrežje med tem strežnikom in Metakocko.',
  'fix.removePath': 'Odstranite vse za imenom gostitelja: namesto {baseUrl} uporabite {origin}.',
  'fix.hostOnly':
    'Uporabite samo ime gostitelja Metakocke, na primer https://main.metakocka.si (ali lastnega gostitelja vašega podjetja).',
  'fix.readRefused':
    'Metakocka je zavrnila zahtevo, ki samo bere. Preverite, ali sme uporabnik API v Metakocki brati te podatke, nato preverjanje zaženite znova.',
  'fix.memberKey':
    'Znova kopirajte skrivni ključ svojega uporabnika Metakocke v podjetju {companyId} (v Metakocki: Nastavitve → API) in ga vnesite tukaj. Če v Metakocki nimate svojega uporabnika, zanj prosite skrbnika Metakocke.',
};

export const checkTexts: Record<Language, Record<CheckTextId, Message>> = { en, sl };

/** What a check found or what to do: one of the texts above, or a catalogued error's message or next step (with the
 *  English it was raised with, for an error that kept no parameters). */
export type CheckText =
  | { id: CheckTextId; params?: ErrorParams }
  | { code: string; part: 'message' | 'action'; params: ErrorParams | null; english: string };

export function wordCheck(text: CheckText, lang: Language): string {
  if ('id' in text) return fillMessage(lang, checkTexts[lang][text.id], text.params);
  if (lang === 'en' || !isErrorCode(text.code)) return text.english;
  return (text.part === 'message' ? renderError : renderAction)(text.code, text.params ?? {}, lang);
}
