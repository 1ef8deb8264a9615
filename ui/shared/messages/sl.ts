// Slovenian messages; typed against the English ids, so a missing translation fails the build.
import type { MessageId } from 'ui/shared/messages/en';
import type { Message } from 'ui/shared/message';

export const sl: Record<MessageId, Message> = {
  'state.loading': 'Nalaganje …',
  'state.retry': 'Poskusi znova',
  'state.nextStep': 'Naslednji korak: {action}',
  'state.unreachable': 'Aplikacija Metakocka se ni odzvala.',
  'state.unreachable.next':
    'Preverite povezavo in poskusite znova; če se ponavlja, prosite skrbnika, naj preveri stanje aplikacije.',
  'state.failed': 'Tega ni bilo mogoče naložiti.',
  'state.notAllowed.title': 'Povezave z Metakocko ne morete spreminjati',
  'state.notAllowed.body': 'Za to stran potrebujete dovoljenje »Upravljanje Metakocke«.',
  'state.notAllowed.next':
    'Skrbnika delovnega prostora prosite za dovoljenje »Upravljanje Metakocke« ali za vlogo upravitelja Metakocke. Svoj ključ za Metakocko urejate v Nastavitve → Moj račun Metakocka.',
  'common.never': 'nikoli',
  'common.unknownMember': 'član {id}',
  'common.cancel': 'Opusti',
  'input.companyId.notNumber': 'ID podjetja je število: samo števke, brez presledkov in črk.',
  'input.companyId.tooLong': 'ID podjetja je predolg: {length} števk, ID podjetja v Metakocki pa jih ima največ {max}.',
  'input.companyId.copyAgain':
    'ID podjetja znova kopirajte iz Metakocke (Nastavitve → API); to je kratko število, npr. 4411.',
  'input.secretKey.tooLong':
    'Skrivni ključ je predolg: {length} znakov, skrivni ključ Metakocke pa jih ima največ {max}.',
  'input.secretKey.spaces': 'Skrivni ključ vsebuje presledke ali prelome vrstic.',
  'input.secretKey.empty': 'Vnesite skrivni ključ.',
  'input.secretKey.copyAgain':
    'Iz Metakocke (Nastavitve → API) kopirajte samo skrivni ključ in ga prilepite kot eno besedo, brez besedila okoli njega.',

  'settings.title': 'Metakocka',
  'settings.subtitle': 'Povežite ta delovni prostor z vašim podjetjem v Metakocki.',
  'settings.inbox.title': 'Težave pri sinhronizaciji',
  'settings.inbox.body':
    'Zapisi, ki jih sinhronizacija ni mogla prenesti, in spori čakajo na strani Metakocka → Sync issues v levem stranskem meniju: filtrirajte jih, poskusite znova, jih prezrite ali rešite in pri sporu izberite stran.',

  'health.NOT_CONFIGURED': 'Ni povezano: vnesite ID podjetja in skrivni ključ.',
  'health.CREDENTIALS_REFUSED': 'Metakocka je zavrnila podatke za prijavo.',
  'health.SYNC_FAILED': 'Povezano, vendar zadnja sinhronizacija ({time}) ni uspela.',
  'health.SYNC_FAILED.next':
    'Odprite neuspelo sinhronizacijo in preberite, kaj je šlo narobe, to popravite, nato v meniju ukazov (Ctrl+K ali ⌘K) zaženite »{command}« (tako je ukaz poimenovan v Twenty).',
  'health.openRun': 'Odpri neuspelo sinhronizacijo',
  'health.SYNC_ISSUES': 'Povezano. Zadnja sinhronizacija ({time}) se je končala s težavami.',
  'health.CRITICAL_ISSUES': {
    one: 'Povezano, vendar je odprta {count} težava CRITICAL.',
    two: 'Povezano, vendar sta odprti {count} težavi CRITICAL.',
    few: 'Povezano, vendar so odprte {count} težave CRITICAL.',
    other: 'Povezano, vendar je odprtih {count} težav CRITICAL.',
  },
  'health.CRITICAL_ISSUES.next':
    'Odprite Metakocka → Sync issues, filtrirajte po resnosti CRITICAL in sledite predlaganemu ukrepu pri vsaki težavi: dokler nekdo ne ukrepa, se ti zapisi ne sinhronizirajo.',
  'health.STREAM_FAILING': {
    one: 'Povezano, vendar zadnja sinhronizacija toka {streams} ni uspela.',
    two: 'Povezano, vendar sinhronizacija toka {streams} {count}-krat zapored ni uspela.',
    few: 'Povezano, vendar sinhronizacija toka {streams} {count}-krat zapored ni uspela.',
    other: 'Povezano, vendar sinhronizacija toka {streams} {count}-krat zapored ni uspela.',
  },
  'health.STREAM_FAILING.next':
    'Odprite konzolo za sinhronizacijo (v stranski vrstici Metakocka → Sync console) in preberite neuspele teke v zgodovini; prejemniki opozoril imajo zanje opravilo.',
  'health.stream.PARTNERS': 'partnerji',
  'health.stream.PRODUCTS': 'izdelki',
  'health.stream.STOCK': 'zaloga',
  'health.stream.DOCUMENTS': 'prodajni dokumenti',
  'health.running': 'Sinhronizacija teče (začela se je {time}).',
  'health.NEVER_SYNCED': 'Povezano. Sinhronizacija še ni tekla.',
  'health.NEVER_SYNCED.next':
    'Zaženite prvo sinhronizacijo: odprite meni ukazov (Ctrl+K ali ⌘K) in izberite »{command}« (tako je ukaz poimenovan v Twenty). Prenese partnerje in izdelke iz Metakocke.',
  'health.HEALTHY': 'Povezano. Zadnja sinhronizacija: {time}.',
  'health.dashboards': 'Nadzornih plošč Metakocke ni na Twentyjevem seznamu nadzornih plošč ({step}): {reason}',
  'health.dashboards.step.layouts': 'branje nameščenih postavitev strani',
  'health.dashboards.step.missing': 'postavitev strani nadzorne plošče ni nameščena',
  'health.dashboards.step.records': 'dodajanje zapisov nadzornih plošč',
  'health.dashboards.next':
    'Nadzorne plošče odprite iz mape Metakocka v stranski vrstici, ki deluje kot prej; naslednja nadgradnja ali ponovna namestitev jih spet doda na seznam.',
  'health.changedOutside': 'Podatki za prijavo so bili spremenjeni zunaj te strani ({time}).',
  'health.missing': 'Manjka: {what}.',
  'language.mine.title': 'Jezik',
  'language.mine.hint':
    'Jezik, v katerem vam govori aplikacija Metakocka: njene strani, sporočila in to, kar vam pošilja. Spremeni se samo vaš.',
  'language.workspace.title': 'Jezik delovnega prostora',
  'language.workspace.hint':
    'Za vse člane, ki niso izbrali svojega, in za sporočila o težavah sinhronizacije v Twentyjevih seznamih.',
  'language.follow': 'Enak kot v delovnem prostoru ({language})',
  'language.name.en': 'English',
  'language.name.sl': 'Slovenščina',
  'language.save': 'Shrani jezik',
  'language.saved': 'Jezik je shranjen.',
  'health.missing.companyId': 'ID podjetja',
  'health.missing.secretKey': 'skrivni ključ',

  'connection.title': 'Povezava',
  'connection.endpoint': 'Naslov API',
  'connection.endpoint.production': 'Produkcija (main.metakocka.si)',
  'connection.endpoint.development': 'Razvojni strežnik Metakocke (devmainsi.metakocka.si)',
  'connection.endpoint.custom': 'Drug naslov',
  'connection.customUrl': 'Naslov strežnika',
  'connection.customUrl.hint':
    'Samo strežnik, na primer https://metakocka.example.si. Skrbnik Twentyja ga mora najprej vpisati v spremenljivko aplikacije METAKOCKA_ALLOWED_ENDPOINTS.',
  'connection.companyId': 'ID podjetja',
  'connection.companyId.hint': 'V Metakocki: Nastavitve → API.',
  'connection.secretKey': 'Skrivni ključ',
  'connection.secretKey.set': 'Ključ je nastavljen (spremenjen {time}). Pustite polje prazno, da ostane.',
  'connection.secretKey.setUndated': 'Ključ je nastavljen. Pustite polje prazno, da ostane.',
  'connection.secretKey.notSet': 'Ključ še ni nastavljen.',
  'connection.secretKey.endpointChanged':
    'Spreminjate naslov: znova vnesite skrivni ključ. Shranjeni ključ se pošilja samo na naslov, za katerega je bil shranjen.',
  'connection.test': 'Preizkusi povezavo',
  'connection.testing': 'Preizkušanje …',
  'connection.save': 'Shrani',
  'connection.saving': 'Preverjanje in shranjevanje …',
  'connection.saved': 'Shranjeno. Metakocka je sprejela podatke za prijavo.',
  'connection.notSaved': 'Nič ni bilo shranjeno.',

  'checks.title': 'Preizkus povezave',
  'checks.passed': 'Vsi preizkusi so uspeli.',
  'checks.failed': 'Preizkus ni uspel.',
  'checks.outcome.pass': 'Uspelo',
  'checks.outcome.fail': 'Ni uspelo',
  'checks.outcome.skip': 'Preskočeno',
  'checks.fix': 'Kaj storiti: {fix}',
  'check.config': 'Naslov, ID podjetja in skrivni ključ so vneseni',
  'check.reachability': 'Metakocka se odziva na tem naslovu',
  'check.family-a': 'Izdelki in skladišča so dosegljivi',
  'check.credentials': 'Metakocka sprejme ID podjetja in skrivni ključ',
  'check.family-b': 'Dokumenti in partnerji so dosegljivi',
  'check.partners': 'Partnerje je mogoče brati',
  'check.products': 'Izdelke je mogoče brati',
  'check.documents': 'Prodajne dokumente je mogoče brati',
  'check.serial-search': 'Iskanja se izvajajo eno za drugim brez časovne omejitve',

  'personal.title': 'Osebni podatki za prijavo v Metakocko',
  'personal.policy': 'Dejanja, ki jih uporabniki sprožijo v Twentyju, uporabljajo',
  'personal.background': 'Načrtovane sinhronizacije vedno uporabljajo podatke organizacije.',
  'policy.OFF': 'Vedno podatke organizacije',
  'policy.OPTIONAL': 'Osebne podatke, če so nastavljeni, sicer podatke organizacije',
  'policy.REQUIRED': 'Samo osebne podatke (brez njih je dejanje zavrnjeno)',
  'personal.policy.save': 'Shrani pravilo',
  'personal.policy.saved': 'Pravilo je shranjeno.',
  'personal.empty':
    'Nihče še ni shranil osebnih podatkov za prijavo. Vsak uporabnik jih shrani sam v Nastavitve → Moj račun Metakocka; tukaj se nato pokažejo s stanjem.',
  'personal.col.member': 'Član',
  'personal.col.label': 'Oznaka',
  'personal.col.status': 'Stanje',
  'personal.col.verified': 'Zadnje preverjanje',
  'personal.revoke': 'Odvzemi ključ',
  'personal.revoked': 'Ključ je odvzet.',
  'personal.revoke.confirm':
    'Odvzamem ključ Metakocke uporabniku {name}? Njegova dejanja nato uporabljajo podatke organizacije ali so zavrnjena, dokler so osebni ključi obvezni. Ključ lahko vnese znova.',
  'personal.revoke.yes': 'Da, odvzemi',
  'credentialStatus.VERIFIED': 'Preverjeno',
  'credentialStatus.UNVERIFIED': 'Še ni preverjeno',
  'credentialStatus.INVALID': 'Metakocka ga je zavrnila',
  'credentialStatus.ENDPOINT_CHANGED': 'Shranjen za drug naslov: član ga mora vnesti znova',

  'rotation.title': 'Šifrirni ključ',
  'rotation.body':
    'Osebni ključi so shranjeni šifrirano. Zamenjava šifrirnega ključa ponovno šifrira vse shranjene ključe.',
  'rotation.button': 'Zamenjaj šifrirni ključ',
  'rotation.done': {
    one: 'Nov ključ {keyId}: {count} shranjen ključ je znova šifriran.',
    two: 'Nov ključ {keyId}: {count} shranjena ključa sta znova šifrirana.',
    few: 'Nov ključ {keyId}: {count} shranjeni ključi so znova šifrirani.',
    other: 'Nov ključ {keyId}: {count} shranjenih ključev je znova šifriranih.',
  },
  'rotation.unreadable': {
    one: '{count} shranjenega ključa ni bilo mogoče prebrati; lastnik ga mora vnesti znova.',
    two: '{count} shranjenih ključev ni bilo mogoče prebrati; lastnika ju morata vnesti znova.',
    few: '{count} shranjenih ključev ni bilo mogoče prebrati; lastniki jih morajo vnesti znova.',
    other: '{count} shranjenih ključev ni bilo mogoče prebrati; lastniki jih morajo vnesti znova.',
  },
  'rotation.confirm':
    'Zamenjam šifrirni ključ? Vsi shranjeni osebni ključi se znova šifrirajo z novim ključem; nikomur jih ni treba vnesti znova.',
  'rotation.yes': 'Da, zamenjaj',
  'rotation.nothing': 'Shranjen ni noben osebni ključ, zato še ni ničesar za ponovno šifriranje.',

  'my.title': 'Moj račun Metakocka',
  'my.subtitle': 'Dejanja, ki jih sprožite v Twentyju, lahko tečejo pod vašim uporabnikom Metakocke.',
  'my.off': 'Skrbnik je osebne podatke za prijavo izklopil: vse teče s podatki organizacije.',
  'my.optional': 'Neobvezno: brez vašega ključa se uporabijo podatki organizacije.',
  'my.required': 'Obvezno: dejanja, ki jih sprožite, potrebujejo vaš ključ.',
  'my.noOrg': 'Ta delovni prostor še ni povezan z Metakocko. Skrbnika prosite, naj jo najprej poveže.',
  'my.none': 'Ključa še niste shranili. Skrivni ključ kopirajte iz Metakocke (Nastavitve → API) v spodnji obrazec.',
  'my.stored': 'Vaš ključ je shranjen: {status}, zadnje preverjanje {time}.',
  'my.endpointChanged':
    'Metakocka je zdaj na drugem naslovu od tistega, za katerega je bil vaš ključ shranjen, zato se ne uporablja. Spodaj ga vnesite znova.',
  'my.companyId.hint':
    'Ta delovni prostor uporablja podjetje {companyId} v Metakocki; ključi drugih podjetij so zavrnjeni.',
  'my.secretKey.hint':
    'Vaš ključ API iz Metakocke (Nastavitve → API). Najprej ga preverimo, nato shranimo šifrirano; nihče ga ne more prebrati nazaj.',
  'my.label': 'Oznaka (neobvezno)',
  'my.save': 'Preveri in shrani moj ključ',
  'my.saving': 'Preverjanje …',
  'my.saved': 'Vaš ključ je preverjen in šifrirano shranjen.',
  'my.delete': 'Odstrani moj ključ',
  'my.deleted': 'Vaš ključ je odstranjen.',
  'my.delete.confirm':
    'Odstranim vaš ključ Metakocke? Dejanja, ki jih začnete, nato uporabljajo podatke organizacije ali so zavrnjena, dokler skrbnik zahteva osebne ključe. Ključ lahko kadar koli vnesete znova.',
  'my.delete.yes': 'Da, odstrani moj ključ',
};
