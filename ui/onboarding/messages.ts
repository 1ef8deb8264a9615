// The onboarding checklist's texts, English and Slovenian (docs/architecture.md D20). Step texts are keyed
// `step.<id>.title|what|where.<place>` and state texts `state.<state>`; a step's finding from the server (a refused
// key, a failed run) is shown as the server wrote it.
import type { Message } from 'ui/shared/message';
import { fillMessage, type Language } from 'ui/shared/translate';

const en = {
  title: 'Getting started',
  intro: 'Five steps from a fresh install to a working sync. Each step turns done by itself once the app sees it done.',
  progress: '{done} of {total} steps done',
  complete: 'Setup is complete: the sync runs on its schedule.',
  'complete.show': 'Show the steps',
  'complete.hide': 'Hide the steps',
  'current.label': 'Next step',
  'state.done': 'Done',
  'state.todo': 'To do',
  'state.running': 'Running',
  'state.attention': 'Needs attention',
  'state.notNeeded': 'Not needed',
  'step.connect.title': 'Connect to Metakocka',
  'step.connect.what':
    'Enter the company id and the secret key (Metakocka → Settings → API), test the connection and save.',
  'step.connect.where.settings': 'On this page, in “Connection” below.',
  'step.connect.where.console': 'In Settings → Applications → Metakocka, section “Connection”.',
  'step.choose.title': 'Choose what to sync',
  'step.choose.what':
    'Pick the streams, filters and conflict rules, preview what the change would do, then save the previewed settings.',
  'step.choose.where.settings': 'On the sync console, section “Configuration”.',
  'step.choose.where.console': 'On this page, in “Configuration” below.',
  'step.firstSync.title': 'Run the first sync',
  'step.firstSync.what':
    'Start a run from “Run control” and watch its progress in the live view; partners and products go first, then documents.',
  'step.firstSync.where.settings': 'On the sync console, sections “Run control” and “Live view”.',
  'step.firstSync.where.console': 'On this page, in “Run control” and “Live view” below.',
  'step.firstSync.running': 'Running since {time}.',
  'step.firstSync.progress': '{done} records so far.',
  'step.firstSync.doneAt': 'First sync finished {time}.',
  'step.reviewIssues.title': 'Review the first sync’s issues',
  'step.reviewIssues.what':
    'Records that could not be synced wait in the issue inbox with what to do; resolve or ignore each until none is open.',
  'step.reviewIssues.where.settings': 'In the issue inbox: Metakocka → Sync issues in the sidebar.',
  'step.reviewIssues.where.console': 'In the issue inbox: Metakocka → Sync issues in the sidebar.',
  'step.reviewIssues.open': {
    one: '{count} issue is open.',
    other: '{count} issues are open.',
  },
  'step.reviewIssues.none': 'No issue is open.',
  'step.personalKeys.title': 'Store your own Metakocka key',
  'step.personalKeys.what':
    'The credential policy requires a personal key for actions people start: store yours, and ask each colleague to store theirs.',
  'step.personalKeys.where.settings':
    'In Settings → My Metakocka account; the policy is in “Personal Metakocka credentials” below.',
  'step.personalKeys.where.console': 'In Settings → My Metakocka account.',
  'step.personalKeys.notNeeded': 'The credential policy does not require personal keys.',
  'open.console': 'Open the sync console',
  'open.inbox': 'Open the sync issues',
  'finding.fix': 'What to do: {fix}',
};

export type OnboardingMessageId = keyof typeof en;

const sl: Record<OnboardingMessageId, Message> = {
  title: 'Prvi koraki',
  intro:
    'Pet korakov od nove namestitve do delujoče sinhronizacije. Vsak korak se označi kot opravljen sam, ko aplikacija zazna, da je opravljen.',
  progress: 'Opravljeno: {done} od {total} korakov',
  complete: 'Nastavitev je končana: sinhronizacija teče po urniku.',
  'complete.show': 'Prikaži korake',
  'complete.hide': 'Skrij korake',
  'current.label': 'Naslednji korak',
  'state.done': 'Opravljeno',
  'state.todo': 'Za opraviti',
  'state.running': 'Teče',
  'state.attention': 'Zahteva pozornost',
  'state.notNeeded': 'Ni potrebno',
  'step.connect.title': 'Povežite se z Metakocko',
  'step.connect.what':
    'Vnesite ID podjetja in skrivni ključ (Metakocka → Nastavitve → API), preizkusite povezavo in shranite.',
  'step.connect.where.settings': 'Na tej strani, spodaj v razdelku »Povezava«.',
  'step.connect.where.console': 'V Nastavitve → Aplikacije → Metakocka, razdelek »Povezava«.',
  'step.choose.title': 'Izberite, kaj se usklajuje',
  'step.choose.what':
    'Izberite tokove, filtre in pravila za spore, preverite učinek spremembe in shranite preverjene nastavitve.',
  'step.choose.where.settings': 'V konzoli sinhronizacije, razdelek »Nastavitve«.',
  'step.choose.where.console': 'Na tej strani, spodaj v razdelku »Nastavitve«.',
  'step.firstSync.title': 'Zaženite prvo sinhronizacijo',
  'step.firstSync.what':
    'Zaženite tek v razdelku »Upravljanje tekov« in spremljajte napredek v sprotnem pregledu; najprej gredo partnerji in artikli, nato dokumenti.',
  'step.firstSync.where.settings': 'V konzoli sinhronizacije, razdelka »Upravljanje tekov« in »Sprotni pregled«.',
  'step.firstSync.where.console': 'Na tej strani, spodaj v razdelkih »Upravljanje tekov« in »Sprotni pregled«.',
  'step.firstSync.running': 'Teče od {time}.',
  'step.firstSync.progress': {
    one: 'Doslej {done} zapis.',
    two: 'Doslej {done} zapisa.',
    few: 'Doslej {done} zapisi.',
    other: 'Doslej {done} zapisov.',
  },
  'step.firstSync.doneAt': 'Prva sinhronizacija se je končala {time}.',
  'step.reviewIssues.title': 'Preglejte težave prve sinhronizacije',
  'step.reviewIssues.what':
    'Zapisi, ki jih ni bilo mogoče uskladiti, čakajo na strani težav z navodilom, kaj storiti; vsako rešite ali prezrite, dokler ni nobena več odprta.',
  'step.reviewIssues.where.settings': 'Na strani Metakocka → Sync issues v levem stranskem meniju.',
  'step.reviewIssues.where.console': 'Na strani Metakocka → Sync issues v levem stranskem meniju.',
  'step.reviewIssues.open': {
    one: 'Odprta je {count} težava.',
    two: 'Odprti sta {count} težavi.',
    few: 'Odprte so {count} težave.',
    other: 'Odprtih je {count} težav.',
  },
  'step.reviewIssues.none': 'Nobena težava ni odprta.',
  'step.personalKeys.title': 'Shranite svoj ključ za Metakocko',
  'step.personalKeys.what':
    'Pravilo za poverilnice zahteva osebni ključ za dejanja, ki jih zaženejo uporabniki: shranite svojega in prosite sodelavce, naj shranijo svoje.',
  'step.personalKeys.where.settings':
    'V Nastavitve → Moj račun Metakocka; pravilo je spodaj v razdelku »Osebni podatki za prijavo v Metakocko«.',
  'step.personalKeys.where.console': 'V Nastavitve → Moj račun Metakocka.',
  'step.personalKeys.notNeeded': 'Pravilo za poverilnice osebnih ključev ne zahteva.',
  'open.console': 'Odpri konzolo sinhronizacije',
  'open.inbox': 'Odpri težave pri sinhronizaciji',
  'finding.fix': 'Kaj storiti: {fix}',
};

export const ONBOARDING_CATALOGUES: Record<Language, Record<OnboardingMessageId, Message>> = { en, sl };

export type OnboardingText = (id: OnboardingMessageId, values?: Record<string, string | number>) => string;

export const onboardingText =
  (language: Language): OnboardingText =>
  (id, values = {}) =>
    fillMessage(language, ONBOARDING_CATALOGUES[language][id], values);
