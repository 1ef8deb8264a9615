// The words of a scheduled report's delivery and of a missed-KPI alert, in English and Slovenian: each task in its
// recipient's language, the webhook message in the workspace's. The file's own words are plugin/constants/report-labels.ts.
import { fillMessage, LOCALES, type Language, type Message } from 'plugin/constants/plural';

const en = {
  'task.title': 'Metakocka report: {name} ({date})',
  'task.body':
    'The scheduled report "{name}" for {date} is ready: [open the report record]({recordPath}), its file is attached there ({fileName}).\n\n' +
    '{rows}\n\n**Data as of:** {dataAsOf}\n\n' +
    'Scheduled reports run with the app’s permissions: this report shows everything it covers, whatever your own access.',
  'task.rows': { one: '{count} row.', other: '{count} rows.' },
  'task.neverSynced': 'not yet synced',
  'webhook.delivered': '[Metakocka] The scheduled report "{name}" for {date} is ready ({count} rows).',
  'kpi.title': {
    one: 'Metakocka: {count} KPI missed its target in {month}',
    other: 'Metakocka: {count} KPIs missed their targets in {month}',
  },
  'kpi.body':
    'These KPIs missed their targets in {month}:\n\n{lines}\n\nThe report page shows each KPI against its target and its trend.',
  'kpi.revenue': '- **Revenue ({currency}):** {actual} (target: at least {target})',
  'kpi.newCustomers': '- **New customers:** {actual} (target: at least {target})',
  'kpi.offerConversionRate': '- **Offers that became orders:** {actual} % (target: at least {target} %)',
  'kpi.overdueReceivables': '- **Overdue receivables ({currency}):** {actual} (ceiling: {target})',
  'kpi.syncHealthRate': '- **Sync runs that ended well:** {actual} % (target: at least {target} %)',
  'webhook.kpi': {
    one: '[Metakocka] {count} KPI missed its target in {month}.',
    other: '[Metakocka] {count} KPIs missed their targets in {month}.',
  },
  'failing.title': {
    one: 'Metakocka: the scheduled report "{name}" failed {count} delivery in a row',
    other: 'Metakocka: the scheduled report "{name}" failed {count} deliveries in a row',
  },
  'failing.body': {
    one:
      'The scheduled report "{name}" has not been delivered since {since}: {count} attempt failed. The last error: {error}\n\n' +
      'The app tries again every 5 minutes, and the report page shows the last failure. This alert is not repeated while the failures go on.',
    other:
      'The scheduled report "{name}" has not been delivered since {since}: {count} attempts in a row failed. The last error: {error}\n\n' +
      'The app tries again every 5 minutes, and the report page shows the last failure. This alert is not repeated while the failures go on.',
  },
  'webhook.failing': {
    one: '[Metakocka] The scheduled report "{name}" failed {count} delivery in a row.',
    other: '[Metakocka] The scheduled report "{name}" failed {count} deliveries in a row.',
  },
} satisfies Record<string, Message>;

export type DeliveryMessageId = keyof typeof en;

const sl: Record<DeliveryMessageId, Message> = {
  'task.title': 'Poročilo Metakocka: {name} ({date})',
  'task.body':
    'Načrtovano poročilo »{name}« za {date} je pripravljeno: [odprite zapis poročila]({recordPath}), datoteka je priložena tam ({fileName}).\n\n' +
    '{rows}\n\n**Podatki na dan:** {dataAsOf}\n\n' +
    'Načrtovana poročila tečejo s pravicami aplikacije: poročilo prikaže vse, kar zajema, ne glede na vaše pravice.',
  'task.rows': {
    one: '{count} vrstica.',
    two: '{count} vrstici.',
    few: '{count} vrstice.',
    other: '{count} vrstic.',
  },
  'task.neverSynced': 'še ni sinhronizirano',
  'webhook.delivered': '[Metakocka] Načrtovano poročilo »{name}« za {date} je pripravljeno (vrstic: {count}).',
  'kpi.title': {
    one: 'Metakocka: {count} kazalnik v mesecu {month} ni dosegel cilja',
    two: 'Metakocka: {count} kazalnika v mesecu {month} nista dosegla cilja',
    few: 'Metakocka: {count} kazalniki v mesecu {month} niso dosegli cilja',
    other: 'Metakocka: {count} kazalnikov v mesecu {month} ni doseglo cilja',
  },
  'kpi.body':
    'Ti kazalniki v mesecu {month} niso dosegli cilja:\n\n{lines}\n\nStran s poročili prikaže vsak kazalnik ob njegovem cilju in gibanje skozi čas.',
  'kpi.revenue': '- **Prihodki ({currency}):** {actual} (cilj: vsaj {target})',
  'kpi.newCustomers': '- **Novi kupci:** {actual} (cilj: vsaj {target})',
  'kpi.offerConversionRate': '- **Ponudbe, ki so postale naročila:** {actual} % (cilj: vsaj {target} %)',
  'kpi.overdueReceivables': '- **Zapadle terjatve ({currency}):** {actual} (zgornja meja: {target})',
  'kpi.syncHealthRate': '- **Uspešno končani zagoni sinhronizacije:** {actual} % (cilj: vsaj {target} %)',
  'webhook.kpi': {
    one: '[Metakocka] {count} kazalnik v mesecu {month} ni dosegel cilja.',
    two: '[Metakocka] {count} kazalnika v mesecu {month} nista dosegla cilja.',
    few: '[Metakocka] {count} kazalniki v mesecu {month} niso dosegli cilja.',
    other: '[Metakocka] {count} kazalnikov v mesecu {month} ni doseglo cilja.',
  },
  'failing.title': 'Metakocka: načrtovanega poročila »{name}« ni bilo mogoče poslati {count}-krat zapored',
  'failing.body':
    'Načrtovano poročilo »{name}« ni bilo poslano od {since}: pošiljanje je spodletelo {count}-krat zapored. Zadnja napaka: {error}\n\n' +
    'Aplikacija poskusi znova vsakih 5 minut, stran s poročili pa prikaže zadnjo napako. Dokler napake trajajo, se to opozorilo ne ponovi.',
  'webhook.failing': '[Metakocka] Načrtovanega poročila »{name}« ni bilo mogoče poslati {count}-krat zapored.',
};

export const DELIVERY_CATALOGUES: Record<Language, Record<DeliveryMessageId, Message>> = { en, sl };

export const deliveryText = (
  language: Language,
  id: DeliveryMessageId,
  params: Record<string, string | number> = {},
): string => fillMessage(language, DELIVERY_CATALOGUES[language][id], params);

/** A delivery slot's Ljubljana date and time as people there write it. */
export const slotLabel = (language: Language, slot: Date): string =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Europe/Ljubljana',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(slot);
