// Texts of the command-menu items, English and Slovenian (docs/architecture.md D20: the app keeps its own
// catalogues because Slovenian is not one of Twenty 2.43's UI locales). The routes' own answers are shown as the
// route wrote them. `{name}` is filled from the values.
import type { Message } from 'ui/shared/message';
import { fillMessage, type Language } from 'ui/shared/translate';

const en = {
  'failure.unreachable': 'The Metakocka app did not answer.',
  'failure.unreachable.action':
    'Check your connection and try again; if it persists, ask an admin to look at the app’s health.',
  'failure.session': 'Your Twenty session has expired.',
  'failure.session.action': 'Reload the page, sign in again and repeat the command.',
  'failure.forbidden': 'You are not allowed to do this.',
  'failure.forbidden.action': 'Ask an admin for the "Manage Metakocka" permission.',
  'failure.server': 'The Metakocka app failed (HTTP {status}).',
  'failure.server.action': 'Try again in a minute; if it fails again, ask an admin to look at the app’s health.',
  'select.none': 'Select a record first.',
  'select.one': 'Select exactly one record; this command works on one at a time.',
  'select.wrongObject': 'This command works on companies and people only.',
  'sync.started': 'Metakocka sync started: {streams}.',
  'sync.alreadyRunning': 'Already running: {streams}.',
  'sync.nothing': 'No sync stream is switched on.',
  'sync.nothing.action': 'Turn a stream on in the Metakocka sync settings.',
  'records.partial': '{done} of {total} records were done before this; the rest were not sent.',
  'records.allDone': { one: '{count} record: {detail}', other: '{count} records: {detail}' },
  'records.tooMany': 'Only the first {max} selected records were sent.',
  'confirm.unlink.title': 'Unlink from Metakocka?',
  'confirm.unlink.subtitle':
    'The link to the Metakocka partner is removed and the record is excluded from the sync ({count} selected). Including it again later creates a new Metakocka partner from it.',
  'confirm.unlink.button': 'Unlink',
  'confirm.exclude.title': 'Exclude from Metakocka sync?',
  'confirm.exclude.subtitle':
    'The sync stops reading and writing this record ({count} selected) until someone includes it again.',
  'confirm.exclude.button': 'Exclude',
  cancelled: 'Nothing was changed.',
  done: 'Done.',
  'status.title': 'Change the Metakocka status',
  'status.hint':
    'Pick the new status. The list has the statuses used on this workspace’s documents of this type; a status it does not have yet can be typed. Only sales orders have a status that can be changed.',
  'status.label': 'New status',
  'status.currentIs': 'Its status now: {status}.',
  'status.noCurrent': 'It has no status yet.',
  'status.current': '{status} (current)',
  'status.another': 'Another status (type its name)',
  'status.typed': 'Status as named in Metakocka',
  'status.typed.hint': 'Exactly as in Metakocka, for example "Odpremljen".',
  'status.empty': 'Write the new status first.',
  'status.submit': 'Change status',
  'status.done': 'The status is now "{status}" in Metakocka.',
  'status.unknown': 'Metakocka has no order status named "{status}" in this company.',
  'status.unknown.choose': 'Choose one of the statuses Metakocka knows; they are now in the list: {names}.',
  busy: 'Working…',
  'lines.title.offer': 'New Metakocka offer from this opportunity',
  'lines.title.order': 'New Metakocka order from this opportunity',
  'lines.hint':
    'One card per product: find the product by its code or name, then give the quantity and, if needed, a unit price and a discount. Decimals with a comma or a point.',
  'lines.row': 'Line {row}',
  'lines.product': 'Product',
  'lines.product.hint': 'Type part of its code or name, then pick it from the list.',
  'lines.results': { one: '{count} product found', other: '{count} products found' },
  'lines.change': 'Choose another product',
  'lines.unitPrice': 'Unit price',
  'lines.unitPrice.placeholder': 'Product’s price',
  'lines.quantity': 'Quantity',
  'lines.discount': 'Discount %',
  'lines.add': 'Add a row',
  'lines.remove': 'Remove',
  'lines.submit.offer': 'Create offer',
  'lines.submit.order': 'Create order',
  'lines.none': 'Fill in at least one row with a product code and a quantity.',
  'lines.noCode': 'Row {row}: no product is chosen; find it by code or name.',
  'lines.badPrice':
    'Row {row}: "{value}" is not a price; write a number such as 12,50, or leave it empty for the product’s own price.',
  'lines.badDiscount':
    'Row {row}: "{value}" is not a discount; write a percentage from 0 to 100, e.g. 10 or 2,5, or leave it empty.',
  'lines.badQuantity': 'Row {row}: "{value}" is not a quantity; write a number above zero, e.g. 2 or 1,5.',
  'lines.unknownCode':
    'No Metakocka product has the code {codes}. Check the code in the Metakocka products list (products come from Metakocka with each sync).',
  'lines.ambiguousCode':
    'More than one active Metakocka product has the code {code}; ask an admin to clean up the product list in Metakocka.',
  'link.title': 'Link to a Metakocka partner',
  'link.hint':
    'Binds this record to a partner that already exists in Metakocka. Metakocka’s values (name, address, tax number) then come into the record with the next sync. A partner another record holds is refused; unlink that record first.',
  'link.by': 'Find the partner by',
  'link.by.code': 'Partner code',
  'link.by.tax': 'Tax number',
  'link.value': 'Code or tax number',
  'link.empty': 'Write the partner code or the tax number first.',
  'link.submit': 'Link',
  'lines.tooMany': 'At most {max} rows at a time.',
  'lines.limit':
    'A document made here has at most {max} lines, so no more can be added. Add the rest in Metakocka, or make a second document for them.',
} as const;

export type CommandMessageId = keyof typeof en;

const sl: Record<CommandMessageId, Message> = {
  'failure.unreachable': 'Aplikacija Metakocka se ni odzvala.',
  'failure.unreachable.action':
    'Preverite povezavo in poskusite znova; če se ponavlja, naj skrbnik preveri stanje aplikacije.',
  'failure.session': 'Vaša seja v Twenty je potekla.',
  'failure.session.action': 'Osvežite stran, se znova prijavite in ponovite ukaz.',
  'failure.forbidden': 'Tega ne smete storiti.',
  'failure.forbidden.action': 'Skrbnika prosite za dovoljenje "Manage Metakocka".',
  'failure.server': 'Aplikacija Metakocka je odpovedala (HTTP {status}).',
  'failure.server.action': 'Poskusite znova čez minuto; če spet ne uspe, naj skrbnik preveri stanje aplikacije.',
  'select.none': 'Najprej izberite zapis.',
  'select.one': 'Izberite natanko en zapis; ta ukaz deluje na enem naenkrat.',
  'select.wrongObject': 'Ta ukaz deluje samo na podjetjih in osebah.',
  'sync.started': 'Sinhronizacija z Metakocko se je začela: {streams}.',
  'sync.alreadyRunning': 'Že teče: {streams}.',
  'sync.nothing': 'Noben tok sinhronizacije ni vklopljen.',
  'sync.nothing.action': 'Vklopite tok v nastavitvah sinhronizacije Metakocka.',
  'records.partial': 'Pred tem je bilo opravljenih {done} od {total} zapisov; ostali niso bili poslani.',
  'records.allDone': {
    one: '{count} zapis: {detail}',
    two: '{count} zapisa: {detail}',
    few: '{count} zapisi: {detail}',
    other: '{count} zapisov: {detail}',
  },
  'records.tooMany': 'Poslanih je bilo le prvih {max} izbranih zapisov.',
  'confirm.unlink.title': 'Odvežem od Metakocke?',
  'confirm.unlink.subtitle':
    'Povezava s partnerjem v Metakocki se odstrani in zapis se izključi iz sinhronizacije (izbranih: {count}). Ko ga znova vključite, iz njega nastane nov partner v Metakocki.',
  'confirm.unlink.button': 'Odveži',
  'confirm.exclude.title': 'Izključim iz sinhronizacije z Metakocko?',
  'confirm.exclude.subtitle':
    'Sinhronizacija tega zapisa (izbranih: {count}) ne bere in ne piše več, dokler ga kdo znova ne vključi.',
  'confirm.exclude.button': 'Izključi',
  cancelled: 'Nič ni bilo spremenjeno.',
  done: 'Opravljeno.',
  'status.title': 'Spremeni status v Metakocki',
  'status.hint':
    'Izberite nov status. Na seznamu so statusi, uporabljeni na dokumentih te vrste v tem delovnem prostoru; statusa, ki ga še ni, lahko napišete. Status je mogoče spremeniti le naročilom kupcev.',
  'status.label': 'Nov status',
  'status.currentIs': 'Trenutni status: {status}.',
  'status.noCurrent': 'Dokument še nima statusa.',
  'status.current': '{status} (trenutni)',
  'status.another': 'Drug status (napišite ime)',
  'status.typed': 'Status, kot se imenuje v Metakocki',
  'status.typed.hint': 'Natanko tako kot v Metakocki, npr. "Odpremljen".',
  'status.empty': 'Najprej napišite nov status.',
  'status.submit': 'Spremeni status',
  'status.done': 'Status v Metakocki je zdaj "{status}".',
  'status.unknown': 'Metakocka v tem podjetju nima statusa naročila z imenom "{status}".',
  'status.unknown.choose': 'Izberite enega od statusov, ki jih Metakocka pozna; zdaj so na seznamu: {names}.',
  busy: 'Delam…',
  'lines.title.offer': 'Nova ponudba v Metakocki iz te priložnosti',
  'lines.title.order': 'Novo naročilo v Metakocki iz te priložnosti',
  'lines.hint':
    'Ena kartica na izdelek: izdelek poiščite po šifri ali imenu, nato vpišite količino in po potrebi ceno na enoto in popust. Decimalke z vejico ali piko.',
  'lines.row': 'Vrstica {row}',
  'lines.product': 'Izdelek',
  'lines.product.hint': 'Vpišite del šifre ali imena, nato ga izberite s seznama.',
  'lines.results': {
    one: 'Najden {count} izdelek',
    two: 'Najdena {count} izdelka',
    few: 'Najdeni {count} izdelki',
    other: 'Najdenih {count} izdelkov',
  },
  'lines.change': 'Izberi drug izdelek',
  'lines.unitPrice': 'Cena na enoto',
  'lines.unitPrice.placeholder': 'Cena izdelka',
  'lines.quantity': 'Količina',
  'lines.discount': 'Popust %',
  'lines.add': 'Dodaj vrstico',
  'lines.remove': 'Odstrani',
  'lines.submit.offer': 'Ustvari ponudbo',
  'lines.submit.order': 'Ustvari naročilo',
  'lines.none': 'Izpolnite vsaj eno vrstico s šifro izdelka in količino.',
  'lines.noCode': 'Vrstica {row}: izdelek ni izbran; poiščite ga po šifri ali imenu.',
  'lines.badPrice':
    'Vrstica {row}: "{value}" ni cena; napišite število, npr. 12,50, ali pustite prazno za ceno izdelka.',
  'lines.badDiscount':
    'Vrstica {row}: "{value}" ni popust; napišite odstotek od 0 do 100, npr. 10 ali 2,5, ali pustite prazno.',
  'lines.badQuantity': 'Vrstica {row}: "{value}" ni količina; napišite število, večje od nič, npr. 2 ali 1,5.',
  'lines.unknownCode':
    'Noben izdelek v Metakocki nima šifre {codes}. Preverite šifro na seznamu izdelkov Metakocka (izdelki pridejo iz Metakocke z vsako sinhronizacijo).',
  'lines.ambiguousCode':
    'Šifro {code} ima več aktivnih izdelkov v Metakocki; skrbnika prosite, naj uredi seznam izdelkov v Metakocki.',
  'link.title': 'Poveži s partnerjem v Metakocki',
  'link.hint':
    'Zapis poveže s partnerjem, ki v Metakocki že obstaja. Podatki iz Metakocke (ime, naslov, davčna številka) nato ob naslednji sinhronizaciji preidejo v zapis. Partnerja, ki ga ima drug zapis, ni mogoče povezati; najprej razvežite tisti zapis.',
  'link.by': 'Partnerja poišči po',
  'link.by.code': 'Šifri partnerja',
  'link.by.tax': 'Davčni številki',
  'link.value': 'Šifra ali davčna številka',
  'link.empty': 'Najprej napišite šifro partnerja ali davčno številko.',
  'link.submit': 'Poveži',
  'lines.tooMany': 'Največ {max} vrstic naenkrat.',
  'lines.limit':
    'Dokument, narejen tukaj, ima največ {max} vrstic, zato novih ni mogoče dodati. Ostale dodajte v Metakocki ali zanje naredite drug dokument.',
};

const CATALOGUES: Record<Language, Record<CommandMessageId, Message>> = { en, sl };

export type CommandText = (id: CommandMessageId, values?: Record<string, string | number>) => string;

export const commandText =
  (language: Language): CommandText =>
  (id, values = {}) =>
    fillMessage(language, CATALOGUES[language][id], values);

export const COMMAND_CATALOGUES = CATALOGUES;
