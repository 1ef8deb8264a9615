// A refused settings change or KPI target names the field and what is wrong in the reader's language (issue 15): the
// schemas' findings are zod's English, so a Slovenian reader gets them from zod's Slovenian locale instead.
import { parseKpiTargets } from 'server/reports/kpis';
import { parseSettings } from 'server/settings/store';
import type { SyncError } from 'server/errors';
import { englishWordsIn } from '../support/english-leftovers';

const refusal = (parse: () => unknown): SyncError => {
  try {
    parse();
  } catch (error) {
    return error as SyncError;
  }
  throw new Error('expected a refusal');
};

describe('schema refusals in the reader language', () => {
  it('words a wrong batch size and an unknown setting in Slovenian, naming both, and keeps the English', () => {
    const error = refusal(() => parseSettings({ batchSize: 0, colour: 'red' }));
    const sl = error.describe('sl').message;
    expect(sl).toContain('batchSize');
    expect(sl).toContain('colour');
    expect(sl).toMatch(/Premajhno/);
    expect(englishWordsIn(sl)).toEqual([]);
    expect(error.describe('en').message).toMatch(/batchSize: Too small/);
  });

  it('words a KPI target of the wrong type and a key the targets do not have in Slovenian', () => {
    const error = refusal(() => parseKpiTargets({ monthly: { newCustomers: 'ten' }, revenue: {} }));
    const sl = error.describe('sl').message;
    expect(sl).toContain('monthly.newCustomers');
    expect(sl).toMatch(/Neprepoznan ključ: "revenue"/);
    expect(englishWordsIn(sl)).toEqual([]);
    expect(error.describe('en').message).toMatch(/Unrecognized key: "revenue"/);
  });
});
