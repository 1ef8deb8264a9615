// Texts of the report page, English and Slovenian (D20: the app keeps its own catalogues). Template titles, column
// headers and the values a report writes as keys come from plugin/constants/report-labels.ts, which the exported files
// use too; this catalogue holds the page's own words. Counted texts carry plural forms (Slovenian: one, two, few, other).
import type { DocumentType } from 'plugin/constants/select-options';
import type { Message } from 'ui/shared/message';
import { fillMessage, type Language } from 'ui/shared/translate';

const en = {
  title: 'Reports',
  subtitle:
    'Figures from the Metakocka data the sync brought into Twenty, read with your own permissions. Money is shown per currency and never added across currencies.',
  'form.title': 'Report and parameters',
  'form.template': 'Report',
  'form.run': 'Run report',
  'param.period': 'Period',
  'param.from': 'First month',
  'param.to': 'Last month',
  'param.period.hint': 'Months in Ljubljana time, both included.',
  'param.currency': 'Currency',
  'param.currency.hint': 'An ISO code such as EUR; leave empty for every currency, each shown on its own.',
  'param.customer': 'Customer',
  'param.customer.search': 'Company name contains',
  'param.customer.find': 'Find',
  'param.customer.choice': 'Report on',
  'param.customer.any': 'Every customer',
  'param.customer.found': {
    one: '{count} company found; choose it below.',
    other: '{count} companies found; choose one below.',
  },
  'param.productCategory': 'Product category',
  'param.productCategory.hint': 'Leave empty for every category.',
  'param.documentTypes': 'Document types',
  'param.lowStockOnly': 'Only products below their minimum stock',
  'documentType.SALES_OFFER': 'Offers',
  'documentType.SALES_ORDER': 'Orders',
  'documentType.SALES_BILL_DOMESTIC': 'Domestic invoices',
  'documentType.SALES_BILL_FOREIGN': 'Foreign invoices',
  'documentType.SALES_BILL_RETAIL': 'Retail invoices',
  'documentType.SALES_BILL_PREPAID': 'Prepayment invoices',
  'documentType.SALES_BILL_CREDIT_NOTE': 'Credit notes (subtracted)',
  'facts.asOf': 'Data as of {time} (the last completed sync of what this report reads).',
  'facts.never': 'Data as of: never; a sync stream this report reads has not completed a run yet.',
  'facts.issues': {
    one: '{count} open sync issue touches the records of this report.',
    other: '{count} open sync issues touch the records of this report.',
  },
  'facts.openInbox': 'Open the sync issues',
  'facts.inboxWhere': 'The “Sync issues” page is also in the Metakocka folder of the sidebar.',
  'table.rows': { one: '{count} row', other: '{count} rows' },
  'table.empty': 'No records match these parameters.',
  'chart.title': '{column} in {currency}',
  'chart.label': '{kind} of {column} by {axis}',
  'chart.labelIn': '{kind} of {column} by {axis}, in {currency}',
  'chart.kind.bar': 'Bar chart',
  'chart.kind.line': 'Line chart',
  'chart.kind.pie': 'Pie chart',
  'chart.truncated': {
    one: 'The chart shows the first {count} row; the table shows them all.',
    other: 'The chart shows the first {count} rows; the table shows them all.',
  },
  'export.csv': 'Export as CSV',
  'export.xlsx': 'Export as Excel (XLSX)',
  'export.done': 'The file is stored on a report record in Twenty.',
  'export.download': 'Download {file}',
  'empty.value': '—',
  'saved.title': 'Saved reports',
  'saved.name': 'Name',
  'saved.name.hint': 'Saves “{report}” with the parameters on the form, for you and your colleagues to run again.',
  'saved.save': 'Save report',
  'saved.done': 'Saved “{name}”.',
  'saved.deleted': 'Deleted “{name}”.',
  'saved.none': 'No saved reports yet.',
  'saved.updated': 'saved {time}',
  'saved.run': 'Run',
  'saved.delete': 'Delete',
} as const satisfies Record<string, Message>;

export type ReportMessageId = keyof typeof en;

const sl: Record<ReportMessageId, Message> = {
  title: 'Poročila',
  subtitle:
    'Podatki iz Metakocke, ki jih je sinhronizacija prenesla v Twenty, prebrani z vašimi pravicami. Zneski so prikazani po valutah in se med valutami nikoli ne seštevajo.',
  'form.title': 'Poročilo in parametri',
  'form.template': 'Poročilo',
  'form.run': 'Zaženi poročilo',
  'param.period': 'Obdobje',
  'param.from': 'Prvi mesec',
  'param.to': 'Zadnji mesec',
  'param.period.hint': 'Meseci po ljubljanskem času, oba vključena.',
  'param.currency': 'Valuta',
  'param.currency.hint': 'Koda ISO, npr. EUR; pustite prazno za vse valute, vsako prikazano posebej.',
  'param.customer': 'Kupec',
  'param.customer.search': 'Ime podjetja vsebuje',
  'param.customer.find': 'Poišči',
  'param.customer.choice': 'Poročilo za',
  'param.customer.any': 'Vse kupce',
  'param.customer.found': {
    one: 'Najdeno je {count} podjetje; izberite ga spodaj.',
    two: 'Najdeni sta {count} podjetji; izberite eno spodaj.',
    few: 'Najdena so {count} podjetja; izberite eno spodaj.',
    other: 'Najdenih je {count} podjetij; izberite eno spodaj.',
  },
  'param.productCategory': 'Kategorija izdelkov',
  'param.productCategory.hint': 'Pustite prazno za vse kategorije.',
  'param.documentTypes': 'Vrste dokumentov',
  'param.lowStockOnly': 'Samo izdelki pod minimalno zalogo',
  'documentType.SALES_OFFER': 'Ponudbe',
  'documentType.SALES_ORDER': 'Naročila',
  'documentType.SALES_BILL_DOMESTIC': 'Domači računi',
  'documentType.SALES_BILL_FOREIGN': 'Računi za tujino',
  'documentType.SALES_BILL_RETAIL': 'Maloprodajni računi',
  'documentType.SALES_BILL_PREPAID': 'Avansni računi',
  'documentType.SALES_BILL_CREDIT_NOTE': 'Dobropisi (odšteti)',
  'facts.asOf': 'Stanje podatkov: {time} (zadnja dokončana sinhronizacija podatkov, ki jih poročilo bere).',
  'facts.never': 'Stanje podatkov: nikoli; eden od tokov, ki jih poročilo bere, še ni dokončal nobene sinhronizacije.',
  'facts.issues': {
    one: 'Zapise tega poročila zadeva {count} odprta težava pri sinhronizaciji.',
    two: 'Zapise tega poročila zadevata {count} odprti težavi pri sinhronizaciji.',
    few: 'Zapise tega poročila zadevajo {count} odprte težave pri sinhronizaciji.',
    other: 'Zapise tega poročila zadeva {count} odprtih težav pri sinhronizaciji.',
  },
  'facts.openInbox': 'Odpri težave pri sinhronizaciji',
  'facts.inboxWhere': 'Stran »Težave pri sinhronizaciji« je tudi v mapi Metakocka v stranski vrstici.',
  'table.rows': { one: '{count} vrstica', two: '{count} vrstici', few: '{count} vrstice', other: '{count} vrstic' },
  'table.empty': 'Tem parametrom ne ustreza noben zapis.',
  'chart.title': '{column} v valuti {currency}',
  'chart.label': '{kind}: {column} po stolpcu {axis}',
  'chart.labelIn': '{kind}: {column} po stolpcu {axis}, v valuti {currency}',
  'chart.kind.bar': 'Stolpčni graf',
  'chart.kind.line': 'Črtni graf',
  'chart.kind.pie': 'Tortni graf',
  'chart.truncated': {
    one: 'Graf prikazuje prvo {count} vrstico; tabela prikazuje vse.',
    two: 'Graf prikazuje prvi {count} vrstici; tabela prikazuje vse.',
    few: 'Graf prikazuje prve {count} vrstice; tabela prikazuje vse.',
    other: 'Graf prikazuje prvih {count} vrstic; tabela prikazuje vse.',
  },
  'export.csv': 'Izvozi v CSV',
  'export.xlsx': 'Izvozi v Excel (XLSX)',
  'export.done': 'Datoteka je shranjena na zapisu poročila v Twentyju.',
  'export.download': 'Prenesi {file}',
  'empty.value': '—',
  'saved.title': 'Shranjena poročila',
  'saved.name': 'Ime',
  'saved.name.hint': 'Shrani »{report}« s parametri z obrazca, da ga vi in sodelavci znova zaženete.',
  'saved.save': 'Shrani poročilo',
  'saved.done': 'Shranjeno: »{name}«.',
  'saved.deleted': 'Izbrisano: »{name}«.',
  'saved.none': 'Shranjenih poročil še ni.',
  'saved.updated': 'shranjeno {time}',
  'saved.run': 'Zaženi',
  'saved.delete': 'Izbriši',
};

export const REPORT_CATALOGUES: Record<Language, Record<ReportMessageId, Message>> = { en, sl };

export type ReportText = (id: ReportMessageId, values?: Record<string, string | number>) => string;

export const reportText =
  (language: Language): ReportText =>
  (id, values = {}) =>
    fillMessage(language, REPORT_CATALOGUES[language][id], values);

export const documentTypeMessage = (type: DocumentType): ReportMessageId => `documentType.${type}`;
