// The captions of the video tutorials (issue 20 item 5), English and Slovenian: every WebVTT cue `npm run docs:videos`
// writes is one of these texts, and test/docs/videos.test.ts checks the committed caption files against them.
import { fillMessage, type Language, type Message } from 'plugin/constants/plural';

const en = {
  'preview.notice': 'This video shows the app’s UI preview with a Metakocka sandbox, not Twenty itself.',
  'connect.title': 'Connecting the app to Metakocka on Settings → Metakocka.',
  'connect.endpoint':
    'Choose the Metakocka endpoint (here the preview’s sandbox) and enter the company ID Metakocka shows under Settings → API.',
  'connect.secret':
    'Paste the secret key from the same Metakocka page; it is stored as a secret and never shown again.',
  'connect.test': 'Test the connection: each check says what it tried, and how to fix it when it fails.',
  'connect.save': 'Save: the app checks again, stores the key and empties the field. The header says what to do next.',
  'connect.policy':
    'Decide whether salespeople need their own Metakocka key for offers and orders, then save the policy.',
  'sync.title': 'The first sync, set up and started from the sync console.',
  'sync.configure': 'Choose what to sync: here only the products published in the e-shop.',
  'sync.preview':
    'Preview the change before saving: the app counts what the sync would create and update, and writes nothing.',
  'sync.save': 'Save the settings; they apply from the next run.',
  'sync.run': 'Run now: the runs are queued, and the live view follows each stream while it works.',
  'sync.done': 'When the runs end, the history lists each one; open it to see what it created, updated and raised.',
  'inbox.title': 'Resolving sync issues and conflicts in the issue inbox.',
  'inbox.conflicts': 'Filter the inbox: a conflict means Twenty and Metakocka both changed the same field.',
  'inbox.compare': 'Compare shows both values of each field and when each side last changed it.',
  'inbox.keep': 'Keep the value you want for each field and apply: both Twenty and Metakocka get it.',
  'inbox.errors': 'Errors say what went wrong and how to fix it; the causes above group them.',
  'inbox.resolve': 'Once it is fixed, select the issue and mark it resolved; every choice goes to the audit trail.',
  'offer.title': 'Creating a Metakocka offer from an opportunity, with “Create Metakocka offer” in the command menu.',
  'offer.lines': 'Find each product by its code or name, then give the quantity and a discount if there is one.',
  'offer.create':
    'Create: the offer is made in Metakocka for the opportunity’s company and linked to the opportunity in Twenty.',
  'report.title': 'Building a report on the report page.',
  'report.pick': 'Pick a report and its parameters; the table and the chart follow.',
  'report.export': 'Export it, or save it to run again later or to have it delivered.',
} satisfies Record<string, Message>;

export type CaptionKey = keyof typeof en;

const sl: Record<CaptionKey, Message> = {
  'preview.notice':
    'Posnetek prikazuje predogled uporabniškega vmesnika aplikacije s peskovnikom Metakocke, ne Twentyja.',
  'connect.title': 'Povezava aplikacije z Metakocko v Nastavitve → Metakocka.',
  'connect.endpoint':
    'Izberite naslov Metakocke (tu peskovnik predogleda) in vpišite ID podjetja, ki ga Metakocka kaže v Nastavitve → API.',
  'connect.secret':
    'Prilepite skrivni ključ z iste strani Metakocke; shrani se kot skrivnost in se ne prikaže nikoli več.',
  'connect.test': 'Preizkusite povezavo: vsako preverjanje pove, kaj je poskusilo in kako napako odpravite.',
  'connect.save':
    'Shranite: aplikacija povezavo preveri še enkrat, shrani ključ in izprazni polje. Glava pove, kaj sledi.',
  'connect.policy':
    'Odločite, ali prodajniki za ponudbe in naročila potrebujejo lasten ključ Metakocke, in shranite pravilo.',
  'sync.title': 'Prva sinhronizacija, nastavljena in zagnana v konzoli za sinhronizacijo.',
  'sync.configure': 'Izberite, kaj se sinhronizira: tu samo artikli, objavljeni v spletni trgovini.',
  'sync.preview':
    'Pred shranjevanjem si oglejte učinek: aplikacija prešteje, kaj bi sinhronizacija ustvarila in posodobila, ne da bi kaj zapisala.',
  'sync.save': 'Shranite nastavitve; veljajo od naslednjega zagona.',
  'sync.run': 'Zaženite zdaj: zagoni se uvrstijo v vrsto, pogled v živo pa spremlja vsak tok med delom.',
  'sync.done': 'Ko se zagoni končajo, so v zgodovini; odprite zagon in vidite, kaj je ustvaril, posodobil in sprožil.',
  'inbox.title': 'Reševanje težav in sporov pri sinhronizaciji v nabiralniku težav.',
  'inbox.conflicts': 'Filtrirajte nabiralnik: spor pomeni, da sta Twenty in Metakocka spremenila isto polje.',
  'inbox.compare': 'Primerjava pokaže obe vrednosti vsakega polja in kdaj ga je vsaka stran nazadnje spremenila.',
  'inbox.keep': 'Za vsako polje obdržite želeno vrednost in jo uveljavite: dobita jo Twenty in Metakocka.',
  'inbox.errors': 'Napake povedo, kaj je šlo narobe in kako to popraviti; vzroki zgoraj jih združijo.',
  'inbox.resolve':
    'Ko je popravljeno, izberite težavo in jo označite kot rešeno; vsaka odločitev se zapiše v revizijsko sled.',
  'offer.title': 'Ponudba v Metakocki iz priložnosti, z ukazom »Create Metakocka offer« v meniju ukazov.',
  'offer.lines': 'Vsak artikel poiščite po šifri ali nazivu, nato vpišite količino in morebitni popust.',
  'offer.create':
    'Ustvarite: ponudba nastane v Metakocki za podjetje iz priložnosti in se v Twentyju poveže s priložnostjo.',
  'report.title': 'Priprava poročila na strani s poročili.',
  'report.pick': 'Izberite poročilo in njegove parametre; tabela in graf se prilagodita.',
  'report.export': 'Izvozite ga ali ga shranite, da ga poženete znova ali prejemate po pošti.',
};

export const CAPTIONS: Record<Language, Record<CaptionKey, Message>> = { en, sl };

export const caption = (language: Language, key: CaptionKey): string => fillMessage(language, CAPTIONS[language][key]);
