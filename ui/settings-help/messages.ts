// Inline help for every sync setting the console configures, English and Slovenian (docs/architecture.md D20): what it
// does and what changing it costs; the default is shown from the settings route's `defaults`. Keys are
// `<setting path>.label|what|cost`, the paths of plugin/constants/sync-settings.ts SETTING_PATHS, so a setting
// without help, or help without Slovenian, fails the typecheck. docs/sync-settings.md stays the reference.
import type { SettingPath } from 'plugin/constants/sync-settings';
import type { Message } from 'ui/shared/message';
import { fillMessage, type Language } from 'ui/shared/translate';

export type SettingHelpPart = 'label' | 'what' | 'cost';
export type SettingHelpId = `${SettingPath}.${SettingHelpPart}`;

const en: Record<SettingHelpId, Message> = {
  'streams.partners.enabled.label': 'Partners',
  'streams.partners.enabled.what': 'Syncs Metakocka partners with Twenty companies and people, both ways.',
  'streams.partners.enabled.cost':
    'Off: no partner is read or pushed; Twenty edits wait until it is on again. Each run reads the whole partner register.',
  'streams.partners.everyMinutes.label': 'Partners: minutes between runs',
  'streams.partners.everyMinutes.what': 'How often a scheduled partner run starts (5 to 10,080 minutes).',
  'streams.partners.everyMinutes.cost':
    'Shorter brings Metakocka changes sooner and reads the register more often: more Metakocka calls.',
  'streams.products.enabled.label': 'Products',
  'streams.products.enabled.what':
    'Brings Metakocka products, prices and stock into Twenty (Metakocka is their source).',
  'streams.products.enabled.cost': 'Off: products in Twenty stay as last synced. Each run reads every product.',
  'streams.products.everyMinutes.label': 'Products: minutes between runs',
  'streams.products.everyMinutes.what': 'How often a scheduled product scan starts.',
  'streams.products.everyMinutes.cost': 'Shorter means fresher prices and stock and more product_list calls.',
  'streams.documents.enabled.label': 'Sales documents',
  'streams.documents.enabled.what':
    'Brings offers, orders, invoices and credit notes from Metakocka into Twenty, linked to customers and products.',
  'streams.documents.enabled.cost':
    'The first run reads every document of the chosen types (100 per search call); later runs read only changes.',
  'streams.documents.everyMinutes.label': 'Sales documents: minutes between runs',
  'streams.documents.everyMinutes.what': 'How often a scheduled document scan starts.',
  'streams.documents.everyMinutes.cost': 'Shorter brings new documents sooner, with more search calls.',
  'schedule.partners.dailyAt.label': 'Partners: daily at (Ljubljana time)',
  'schedule.partners.dailyAt.what':
    'Runs once a day at this time in Europe/Ljubljana instead of every N minutes; empty keeps the interval. A time the spring clock change skips runs at 03:00; one that occurs twice in autumn runs once.',
  'schedule.partners.dailyAt.cost': 'One run a day: the fewest calls, and changes wait up to a day.',
  'schedule.products.dailyAt.label': 'Products: daily at (Ljubljana time)',
  'schedule.products.dailyAt.what':
    'Runs once a day at this time in Europe/Ljubljana instead of every N minutes; empty keeps the interval. A time the spring clock change skips runs at 03:00; one that occurs twice in autumn runs once.',
  'schedule.products.dailyAt.cost': 'One run a day: the fewest calls, and changes wait up to a day.',
  'schedule.documents.dailyAt.label': 'Sales documents: daily at (Ljubljana time)',
  'schedule.documents.dailyAt.what':
    'Runs once a day at this time in Europe/Ljubljana instead of every N minutes; empty keeps the interval. A time the spring clock change skips runs at 03:00; one that occurs twice in autumn runs once.',
  'schedule.documents.dailyAt.cost': 'One run a day: the fewest calls, and changes wait up to a day.',
  'filters.documents.types.label': 'Document types',
  'filters.documents.types.what': 'Which kinds of sales documents are synced.',
  'filters.documents.types.cost':
    'A type left out is not read at all; its documents already in Twenty stay, marked “Outside sync filters”.',
  'filters.documents.fromDate.label': 'Documents from',
  'filters.documents.fromDate.what': 'Only documents dated on or after this day are synced.',
  'filters.documents.fromDate.cost':
    'Orders and invoices are searched from that day. Offers cannot be searched by date in Metakocka: all are read and the older ones dropped, so an offer filter saves no calls. Older documents in Twenty are kept and marked.',
  'filters.documents.lastDays.label': 'Documents from the last days',
  'filters.documents.lastDays.what': 'Only documents dated within this many days are synced; the window moves daily.',
  'filters.documents.lastDays.cost':
    'As “Documents from”, but documents leave the sync as they grow older. Use one of the two, not both.',
  'filters.productCategories.label': 'Product categories',
  'filters.productCategories.what':
    'Only products in these Metakocka categories; a name matches at any level of the category tree, in any case. Empty: all.',
  'filters.productCategories.cost':
    'Every product is still read (Metakocka lists them together); fewer are written. Products left out are kept and marked; nothing is deactivated while a filter is on.',
  'filters.eshopOnly.label': 'E-shop products only',
  'filters.eshopOnly.what': 'Only products flagged for the e-shop in Metakocka.',
  'filters.eshopOnly.cost': 'As the category filter: all products are read, fewer written, the others kept and marked.',
  'filters.partners.withTaxNumberOnly.label': 'Only partners with a tax number',
  'filters.partners.withTaxNumberOnly.what':
    'Only partners that have a tax number, in both directions; private persons have none and are left out too.',
  'filters.partners.withTaxNumberOnly.cost':
    'The whole register is still read. Records left out are kept, marked “Outside sync filters”, and their Twenty edits are not pushed.',
  'filters.partners.customersOnly.label': 'Only customers',
  'filters.partners.customersOnly.what': 'Only partners Metakocka marks as buyers; suppliers only are left out.',
  'filters.partners.customersOnly.cost':
    'As the tax-number filter. Companies made in Twenty become buyers when pushed.',
  'filters.partners.countries.label': 'Partner countries',
  'filters.partners.countries.what':
    'Only partners whose billing address is in one of these countries (two-letter codes, e.g. SI, HR). No country counts as Slovenia. Empty: all.',
  'filters.partners.countries.cost': 'As the tax-number filter.',
  'conflicts.partners.label': 'Partner conflicts',
  'conflicts.partners.what':
    'What happens when a partner field changed in both Twenty and Metakocka since the last sync: Metakocka wins, Twenty wins, the newer change wins, or ask.',
  'conflicts.partners.cost':
    '“Ask” writes neither side and opens a conflict issue for someone to resolve; the others decide at once and may overwrite an edit.',
  'conflicts.partnerFields.label': 'Conflicts per field',
  'conflicts.partnerFields.what':
    'A different policy for single fields (name, address, tax number, VAT payer, e-mail, phone).',
  'conflicts.partnerFields.cost': 'A field without its own policy follows the partner policy.',
  'conflicts.documents.label': 'Document conflicts',
  'conflicts.documents.what':
    'What happens when a synced document was edited in Twenty and changed in Metakocka too (documents are compared whole, lines included).',
  'conflicts.documents.cost':
    '“Twenty wins” pushes Twenty’s version (offers and orders only); issued invoices cannot change and stay as Twenty has them, with an issue.',
  'batchSize.label': 'Records per Twenty write',
  'batchSize.what': 'How many records the sync sends to Twenty in one write (1 to 200; Twenty refuses more).',
  'batchSize.cost': 'Lower it when writes time out; more writes means more Twenty API calls, in proportion.',
  'maxRecordsPerRun.label': 'Maximum records per run',
  'maxRecordsPerRun.what': 'A run stops after this many records (0: no limit).',
  'maxRecordsPerRun.cost':
    'A stopped run deactivates and marks deleted nothing, and the next run starts over: a large register may never finish. For a trial, not for daily use.',
  'pagesPerJob.label': 'Pages per job',
  'pagesPerJob.what': 'How many pages one job works through before it saves its checkpoint and hands over (1 to 50).',
  'pagesPerJob.cost':
    'Fewer pages mean more checkpoint and job calls; after a crash at most this many pages are read again.',
  'documents.offerReportId.label': 'Offer print-out id',
  'documents.offerReportId.what':
    'Your company’s Metakocka print-out for offers, used by “Get document PDF”. Find it by adding &dump_for_report_rest=true to the address of an offer’s print view.',
  'documents.offerReportId.cost': 'Without it, PDFs of offers are refused with this advice. Changes no record.',
  'documents.orderReportId.label': 'Order print-out id',
  'documents.orderReportId.what': 'Your company’s Metakocka print-out for orders, found the same way.',
  'documents.orderReportId.cost': 'Without it, PDFs of orders are refused with this advice. Changes no record.',
  'documents.allowOrderDelete.label': 'Deleting orders from Twenty',
  'documents.allowOrderDelete.what':
    'Whether deleting an order that is not yet issued in Twenty also deletes it in Metakocka.',
  'documents.allowOrderDelete.cost': 'On: a deletion in Twenty cannot be undone in Metakocka.',
  'workflows.allowMetakockaWrites.label': 'Workflows may write to Metakocka',
  'workflows.allowMetakockaWrites.what':
    'Whether Twenty workflow steps may push documents, create offers and orders, change statuses and delete orders.',
  'workflows.allowMetakockaWrites.cost':
    'Off: each such step fails with a message; commands people run are not affected.',
  'dryRun.label': 'Scheduled runs as dry runs',
  'dryRun.what': 'Scheduled runs compute their plan and write nothing.',
  'dryRun.cost': 'Nothing is synced while it is on; each run still reads as much of Metakocka as a real one.',
  'stuckAfterMinutes.label': 'A run is stuck after (minutes)',
  'stuckAfterMinutes.what': 'A running run without progress for this long is resumed by the scheduler.',
  'stuckAfterMinutes.cost': 'Too short may resume a run that is only slow (it repeats at most one job’s pages).',
};

const sl: Record<SettingHelpId, Message> = {
  'streams.partners.enabled.label': 'Partnerji',
  'streams.partners.enabled.what': 'Usklajuje partnerje iz Metakocke s podjetji in osebami v Twentyju, v obe smeri.',
  'streams.partners.enabled.cost':
    'Izklopljeno: noben partner se ne bere in ne pošilja; spremembe v Twentyju počakajo do ponovnega vklopa. Vsak zagon prebere ves register partnerjev.',
  'streams.partners.everyMinutes.label': 'Partnerji: minut med zagoni',
  'streams.partners.everyMinutes.what': 'Kako pogosto se začne načrtovani zagon za partnerje (od 5 do 10.080 minut).',
  'streams.partners.everyMinutes.cost':
    'Krajši razmik prej prinese spremembe iz Metakocke, a register bere pogosteje: več klicev Metakocke.',
  'streams.products.enabled.label': 'Artikli',
  'streams.products.enabled.what': 'Prenaša artikle, cene in zalogo iz Metakocke v Twenty (Metakocka je njihov vir).',
  'streams.products.enabled.cost':
    'Izklopljeno: artikli v Twentyju ostanejo, kot so bili nazadnje usklajeni. Vsak zagon prebere vse artikle.',
  'streams.products.everyMinutes.label': 'Artikli: minut med zagoni',
  'streams.products.everyMinutes.what': 'Kako pogosto se začne načrtovani pregled artiklov.',
  'streams.products.everyMinutes.cost': 'Krajši razmik pomeni svežejše cene in zalogo ter več klicev product_list.',
  'streams.documents.enabled.label': 'Prodajni dokumenti',
  'streams.documents.enabled.what':
    'Prenaša ponudbe, naročila, račune in dobropise iz Metakocke v Twenty, povezane s strankami in artikli.',
  'streams.documents.enabled.cost':
    'Prvi zagon prebere vse dokumente izbranih vrst (100 na klic iskanja); poznejši berejo samo spremembe.',
  'streams.documents.everyMinutes.label': 'Prodajni dokumenti: minut med zagoni',
  'streams.documents.everyMinutes.what': 'Kako pogosto se začne načrtovani pregled dokumentov.',
  'streams.documents.everyMinutes.cost': 'Krajši razmik prej prinese nove dokumente, z več klici iskanja.',
  'schedule.partners.dailyAt.label': 'Partnerji: vsak dan ob (ljubljanski čas)',
  'schedule.partners.dailyAt.what':
    'Zažene se enkrat na dan ob tej uri po času Europe/Ljubljana namesto vsakih N minut; prazno ohrani razmik. Ura, ki jo spomladanski premik ure preskoči, se zažene ob 03:00; ura, ki se jeseni ponovi, le enkrat.',
  'schedule.partners.dailyAt.cost': 'En zagon na dan: najmanj klicev, spremembe pa počakajo do enega dne.',
  'schedule.products.dailyAt.label': 'Izdelki: vsak dan ob (ljubljanski čas)',
  'schedule.products.dailyAt.what':
    'Zažene se enkrat na dan ob tej uri po času Europe/Ljubljana namesto vsakih N minut; prazno ohrani razmik. Ura, ki jo spomladanski premik ure preskoči, se zažene ob 03:00; ura, ki se jeseni ponovi, le enkrat.',
  'schedule.products.dailyAt.cost': 'En zagon na dan: najmanj klicev, spremembe pa počakajo do enega dne.',
  'schedule.documents.dailyAt.label': 'Prodajni dokumenti: vsak dan ob (ljubljanski čas)',
  'schedule.documents.dailyAt.what':
    'Zažene se enkrat na dan ob tej uri po času Europe/Ljubljana namesto vsakih N minut; prazno ohrani razmik. Ura, ki jo spomladanski premik ure preskoči, se zažene ob 03:00; ura, ki se jeseni ponovi, le enkrat.',
  'schedule.documents.dailyAt.cost': 'En zagon na dan: najmanj klicev, spremembe pa počakajo do enega dne.',
  'filters.documents.types.label': 'Vrste dokumentov',
  'filters.documents.types.what': 'Katere vrste prodajnih dokumentov se usklajujejo.',
  'filters.documents.types.cost':
    'Izpuščena vrsta se sploh ne bere; njeni dokumenti, ki so že v Twentyju, ostanejo, označeni z »Zunaj filtrov sinhronizacije«.',
  'filters.documents.fromDate.label': 'Dokumenti od',
  'filters.documents.fromDate.what': 'Usklajujejo se samo dokumenti z datumom na ta dan ali pozneje.',
  'filters.documents.fromDate.cost':
    'Naročila in račune išče od tega dne. Ponudb v Metakocki ni mogoče iskati po datumu: preberejo se vse, starejše pa izpustijo, zato filter pri ponudbah ne prihrani klicev. Starejši dokumenti v Twentyju ostanejo in so označeni.',
  'filters.documents.lastDays.label': 'Dokumenti zadnjih dni',
  'filters.documents.lastDays.what':
    'Usklajujejo se samo dokumenti z datumom v zadnjih toliko dneh; obdobje se premika vsak dan.',
  'filters.documents.lastDays.cost':
    'Kot »Dokumenti od«, le da dokumenti s starostjo izpadejo iz sinhronizacije. Uporabite eno od obeh nastavitev, ne obeh.',
  'filters.productCategories.label': 'Kategorije artiklov',
  'filters.productCategories.what':
    'Samo artikli v teh kategorijah Metakocke; ime se ujema na kateri koli ravni drevesa kategorij, ne glede na velike in male črke. Prazno: vsi.',
  'filters.productCategories.cost':
    'Vsi artikli se še vedno preberejo (Metakocka jih izpiše skupaj), zapiše se jih manj. Izpuščeni ostanejo in so označeni; dokler je filter vklopljen, se noben ne deaktivira.',
  'filters.eshopOnly.label': 'Samo artikli za spletno trgovino',
  'filters.eshopOnly.what': 'Samo artikli, ki so v Metakocki označeni za spletno trgovino.',
  'filters.eshopOnly.cost':
    'Kot pri kategorijah: preberejo se vsi artikli, zapiše se jih manj, ostali ostanejo in so označeni.',
  'filters.partners.withTaxNumberOnly.label': 'Samo partnerji z davčno številko',
  'filters.partners.withTaxNumberOnly.what':
    'Samo partnerji z davčno številko, v obe smeri; fizične osebe je nimajo, zato so prav tako izpuščene.',
  'filters.partners.withTaxNumberOnly.cost':
    'Ves register se še vedno prebere. Izpuščeni zapisi ostanejo, označeni z »Zunaj filtrov sinhronizacije«, njihove spremembe v Twentyju pa se ne pošiljajo.',
  'filters.partners.customersOnly.label': 'Samo kupci',
  'filters.partners.customersOnly.what':
    'Samo partnerji, ki jih Metakocka vodi kot kupce; zgolj dobavitelji so izpuščeni.',
  'filters.partners.customersOnly.cost':
    'Kot filter davčne številke. Podjetja, ustvarjena v Twentyju, ob pošiljanju postanejo kupci.',
  'filters.partners.countries.label': 'Države partnerjev',
  'filters.partners.countries.what':
    'Samo partnerji z naslovom za račun v eni od teh držav (dvočrkovne oznake, npr. SI, HR). Brez države pomeni Slovenijo. Prazno: vsi.',
  'filters.partners.countries.cost': 'Kot filter davčne številke.',
  'conflicts.partners.label': 'Spori pri partnerjih',
  'conflicts.partners.what':
    'Kaj se zgodi, ko se je polje partnerja od zadnje sinhronizacije spremenilo v Twentyju in v Metakocki: velja Metakocka, velja Twenty, velja novejša sprememba ali vprašaj.',
  'conflicts.partners.cost':
    '»Vprašaj« ne zapiše nobene strani in odpre zadevo spora, ki jo nekdo razreši; ostale možnosti odločijo takoj in lahko prepišejo spremembo.',
  'conflicts.partnerFields.label': 'Spori po poljih',
  'conflicts.partnerFields.what':
    'Drugačno pravilo za posamezna polja (naziv, naslov, davčna številka, zavezanec za DDV, e-pošta, telefon).',
  'conflicts.partnerFields.cost': 'Polje brez lastnega pravila sledi pravilu za partnerje.',
  'conflicts.documents.label': 'Spori pri dokumentih',
  'conflicts.documents.what':
    'Kaj se zgodi, ko je bil usklajen dokument spremenjen v Twentyju in tudi v Metakocki (dokumenti se primerjajo v celoti, s postavkami).',
  'conflicts.documents.cost':
    '»Velja Twenty« pošlje različico iz Twentyja (samo ponudbe in naročila); izdanih računov ni mogoče spremeniti, zato ostanejo, kot so v Twentyju, z zadevo.',
  'batchSize.label': 'Zapisov na zapis v Twenty',
  'batchSize.what': 'Koliko zapisov sinhronizacija pošlje v Twenty v enem zapisu (od 1 do 200; več Twenty zavrne).',
  'batchSize.cost': 'Zmanjšajte, če zapisovanje poteče; več zapisov pomeni sorazmerno več klicev API-ja Twenty.',
  'maxRecordsPerRun.label': 'Največ zapisov na zagon',
  'maxRecordsPerRun.what': 'Zagon se ustavi po toliko zapisih (0: brez omejitve).',
  'maxRecordsPerRun.cost':
    'Ustavljen zagon ničesar ne deaktivira in ne označi kot izbrisano, naslednji pa začne znova: velik register se morda nikoli ne konča. Za preizkus, ne za vsakdanjo rabo.',
  'pagesPerJob.label': 'Strani na opravilo',
  'pagesPerJob.what':
    'Koliko strani obdela eno opravilo, preden shrani kontrolno točko in preda delo naslednjemu (od 1 do 50).',
  'pagesPerJob.cost':
    'Manj strani pomeni več klicev za kontrolne točke in opravila; po zrušitvi se znova prebere največ toliko strani.',
  'documents.offerReportId.label': 'Oznaka izpisa ponudbe',
  'documents.offerReportId.what':
    'Izpis vašega podjetja v Metakocki za ponudbe, ki ga uporablja »Pridobi PDF dokumenta«. Najdete ga tako, da naslovu predogleda izpisa ponudbe dodate &dump_for_report_rest=true.',
  'documents.offerReportId.cost': 'Brez nje je PDF ponudbe zavrnjen s tem nasvetom. Ne spremeni nobenega zapisa.',
  'documents.orderReportId.label': 'Oznaka izpisa naročila',
  'documents.orderReportId.what': 'Izpis vašega podjetja v Metakocki za naročila, ki ga najdete na enak način.',
  'documents.orderReportId.cost': 'Brez nje je PDF naročila zavrnjen s tem nasvetom. Ne spremeni nobenega zapisa.',
  'documents.allowOrderDelete.label': 'Brisanje naročil iz Twentyja',
  'documents.allowOrderDelete.what':
    'Ali brisanje še neizdanega naročila v Twentyju izbriše naročilo tudi v Metakocki.',
  'documents.allowOrderDelete.cost': 'Vklopljeno: brisanja v Twentyju v Metakocki ni mogoče razveljaviti.',
  'workflows.allowMetakockaWrites.label': 'Poteki dela lahko pišejo v Metakocko',
  'workflows.allowMetakockaWrites.what':
    'Ali lahko koraki potekov dela v Twentyju pošiljajo dokumente, ustvarjajo ponudbe in naročila, spreminjajo statuse in brišejo naročila.',
  'workflows.allowMetakockaWrites.cost':
    'Izklopljeno: vsak tak korak se konča z obvestilom; ukazov, ki jih zaženejo ljudje, to ne zadeva.',
  'dryRun.label': 'Načrtovani zagoni kot preizkusni',
  'dryRun.what': 'Načrtovani zagoni izračunajo načrt in ne zapišejo ničesar.',
  'dryRun.cost': 'Dokler je vklopljeno, se nič ne usklajuje; vsak zagon pa iz Metakocke prebere toliko kot pravi.',
  'stuckAfterMinutes.label': 'Zagon obtiči po (minutah)',
  'stuckAfterMinutes.what': 'Zagon brez napredka tako dolgo načrtovalnik nadaljuje.',
  'stuckAfterMinutes.cost':
    'Prekratek čas lahko nadaljuje zagon, ki je le počasen (ponovi največ strani enega opravila).',
};

const CATALOGUES: Record<Language, Record<SettingHelpId, Message>> = { en, sl };

/** One part of a setting's help in the reader's language. */
export const settingHelp = (language: Language, path: SettingPath, part: SettingHelpPart): string =>
  fillMessage(language, CATALOGUES[language][`${path}.${part}`]);
