// The KPI targets form's checks (issue 19 item 5): money as a Slovenian or British member types it, read exactly to
// cents; every refused value named by its field in the member's language; one period's targets put into the document.
import { checkDraft, draftOf, withPeriod, type TargetsDraft } from 'ui/reports/kpi-targets-draft';
import { readLocaleDecimal } from 'ui/reports/locale-number';
import { reportText } from 'ui/reports/messages';

const empty: TargetsDraft = {
  revenue: [],
  overdueCeiling: [],
  newCustomers: '',
  offerConversionRate: '',
  syncHealthRate: '',
};
const NO_TARGETS = {
  revenue: {},
  newCustomers: null,
  offerConversionRate: null,
  overdueCeiling: {},
  syncHealthRate: null,
};
const row = (currency: string, amount: string, key = `revenue-${currency}`) => ({ key, currency, amount });

describe('money typed in the member’s language', () => {
  it.each([
    ['sl', '1.234,56', '1234.56'],
    ['sl', '1234,5', '1234.5'],
    ['sl', '12 500', '12500'],
    ['sl', '0,07', '0.07'],
    ['sl', '9.999.999.999.999,99', '9999999999999.99'],
    ['en', '1,234.56', '1234.56'],
    ['en', '1234.56', '1234.56'],
  ] as const)('%s "%s" reads as %s', (language, typed, decimal) => {
    expect(readLocaleDecimal(language, typed, 2)).toEqual({ ok: true, decimal });
  });

  it.each([
    ['sl', '12.5', 'notNumber'],
    ['sl', '1,234.56', 'notNumber'],
    ['en', '1.234,56', 'notNumber'],
    ['sl', 'dvajset', 'notNumber'],
    ['sl', '-5', 'negative'],
    ['sl', '1,005', 'tooPrecise'],
    ['sl', '10000000000000', 'tooLarge'],
  ] as const)('%s "%s" is refused (%s)', (language, typed, refusal) => {
    expect(readLocaleDecimal(language, typed, 2)).toEqual({ ok: false, refusal });
  });

  it('stores the exact cents, never through a float', () => {
    const checked = checkDraft(
      {
        ...empty,
        revenue: [row('EUR', '1.234,56'), row('USD', '0,30')],
        overdueCeiling: [row('EUR', '99999999,99', 'o')],
      },
      'sl',
      reportText('sl'),
    );
    expect(checked).toEqual({
      ok: true,
      targets: {
        revenue: { EUR: '1234.56', USD: '0.30' },
        overdueCeiling: { EUR: '99999999.99' },
        newCustomers: null,
        offerConversionRate: null,
        syncHealthRate: null,
      },
    });
  });
});

describe('refused targets, named in the member’s language', () => {
  const draft: TargetsDraft = {
    revenue: [row('EUR', '-100'), { key: 'new-revenue-0', currency: 'XYZ', amount: '10' }],
    overdueCeiling: [row('EUR', 'veliko', 'overdue-EUR')],
    newCustomers: '2,5',
    offerConversionRate: '120',
    syncHealthRate: '95,5',
  };

  it('Slovenian', () => {
    const checked = checkDraft(draft, 'sl', reportText('sl'));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.text)).toEqual([
      'Mesečni prihodki v EUR, najmanj: cilj ne sme biti negativen.',
      'Valuta za »Mesečni prihodki, najmanj (po valutah)«: »XYZ« ni koda valute, ki jo aplikacija pozna (npr. EUR).',
      'Novi kupci v mesecu, najmanj: celo število, npr. 12.',
      'Ponudbe, ki so postale naročila, najmanj (%): odstotek od 0 do 100 z največ eno decimalko.',
      'Zapadle terjatve v EUR, največ: »veliko« ni število; vpišite ga kot 1.234,56.',
    ]);
  });

  it('English', () => {
    const checked = checkDraft({ ...draft, newCustomers: '3', syncHealthRate: '95.5' }, 'en', reportText('en'));
    expect(!checked.ok && checked.problems.map((p) => p.text)).toEqual([
      'Monthly revenue in EUR, at least: a target cannot be negative.',
      'Currency for “Monthly revenue, at least (per currency)”: “XYZ” is not a currency code the app knows (such as EUR).',
      'Offers converted to orders, at least (%): a percentage from 0 to 100, with at most one decimal place.',
      'Overdue receivables in EUR, at most: “veliko” is not a number; type it like 1,234.56.',
    ]);
  });
});

describe('periods', () => {
  it('starts a month from every month’s targets, typed as the member writes them, and saves it as the month’s own', () => {
    const doc = { monthly: { ...NO_TARGETS, revenue: { EUR: '12500.00' }, syncHealthRate: 97.5 }, months: {} };
    const draft = draftOf(doc.monthly, 'sl', ['USD']);
    expect(draft.revenue.map((r) => [r.currency, r.amount])).toEqual([
      ['EUR', '12.500'],
      ['USD', ''],
    ]);
    expect(draft.syncHealthRate).toBe('97,5');
    const checked = checkDraft({ ...draft, newCustomers: '4' }, 'sl', reportText('sl'));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const saved = withPeriod(doc, '2026-12', checked.targets);
    expect(saved.monthly).toBe(doc.monthly);
    expect(saved.months['2026-12']).toEqual({ ...doc.monthly, newCustomers: 4 });
    expect(withPeriod(saved, '2026-12', null).months).toEqual({});
  });
});
