// The words of a scheduled report's delivery, in English and Slovenian: each task in its recipient's language, the
// webhook message in the workspace's. The file's own words are plugin/constants/report-labels.ts.
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
