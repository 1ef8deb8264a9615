// What a record action or "Link to Metakocka partner" tells the person who ran it when it is done, in English and
// Slovenian (issue 15 item 1): the answer is worded in the caller's language; the audit entry keeps the English.
import { fillMessage, type Language, type Message } from 'plugin/constants/plural';

const en = {
  'record.missing': 'There is no {object} {recordId}; nothing to do.',
  'record.resyncQueued': 'Queued: both sides are compared and the newer values applied under the conflict policy.',
  'record.excluded': 'Excluded: the sync no longer reads or writes this record.',
  'record.included': 'Included again and queued for a sync.',
  'record.unlinked':
    'Unlinked and excluded, so the next pull does not bind it again; include it to create a new Metakocka partner ' +
    'from it.',
  'product.resyncOnly': 'Products come from Metakocka only; only "resync" applies to them.',
  'product.missing': 'There is no product {recordId}.',
  'product.gone': 'The product is gone from Metakocka; it was deactivated.',
  'product.updated': 'Read again from Metakocka and updated.',
  'link.done':
    'Linked to Metakocka partner {partnerCode} ("{name}"); Metakocka\'s values come into this {object} with the ' +
    'sync that was queued.',
  'object.company': 'company',
  'object.person': 'person',
} satisfies Record<string, Message>;

export type ActionMessageId = keyof typeof en;

const sl: Record<ActionMessageId, Message> = {
  'record.missing': 'Zapisa ({object}) {recordId} ni; ničesar ni treba narediti.',
  'record.resyncQueued':
    'V čakalni vrsti: obe strani se primerjata in novejše vrednosti se uveljavijo po pravilu za spore.',
  'record.excluded': 'Izključeno: sinhronizacija tega zapisa ne bere in ne zapisuje več.',
  'record.included': 'Znova vključeno in uvrščeno v sinhronizacijo.',
  'record.unlinked':
    'Odvezano in izključeno, zato ga naslednji prenos iz Metakocke ne poveže znova; vključite ga, da iz njega ' +
    'nastane nov partner v Metakocki.',
  'product.resyncOnly': 'Izdelki prihajajo samo iz Metakocke; zanje velja le ponovna sinhronizacija.',
  'product.missing': 'Izdelka {recordId} ni.',
  'product.gone': 'Izdelka v Metakocki ni več, zato je bil deaktiviran.',
  'product.updated': 'Znova prebrano iz Metakocke in posodobljeno.',
  'link.done':
    'Povezano s partnerjem {partnerCode} (»{name}«) v Metakocki; vrednosti iz Metakocke pridejo v ta zapis ' +
    '({object}) z uvrščeno sinhronizacijo.',
  'object.company': 'podjetje',
  'object.person': 'oseba',
};

const messages: Record<Language, Record<ActionMessageId, Message>> = { en, sl };

/** The text of `id` in `language`; an `object` parameter (company, person) is worded in that language too. */
export function actionText(language: Language, id: ActionMessageId, params: Record<string, string> = {}): string {
  const object = params.object === 'company' || params.object === 'person' ? params.object : null;
  const words = object ? { ...params, object: fillMessage(language, messages[language][`object.${object}`]) } : params;
  return fillMessage(language, messages[language][id], words);
}
