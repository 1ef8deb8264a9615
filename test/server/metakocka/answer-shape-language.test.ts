// An answer that does not have the documented shape is told in the reader's language, naming the fields that do not
// fit as the answer spells them and never their values (issue 15: zod's English used to reach Slovenian readers).
import { z } from 'zod';

import { parseAnswer } from 'server/metakocka/parse';
import type { SyncError } from 'server/errors';
import { englishWordsIn } from '../../support/english-leftovers';

const schema = z.object({ opr_code: z.string(), product_list: z.array(z.object({ amount: z.string() })) });

const refusal = (): SyncError => {
  try {
    parseAnswer(schema, 'product_list', { opr_code: '0', product_list: [{ amount: 12 }] });
  } catch (error) {
    return error as SyncError;
  }
  throw new Error('expected the answer to be refused');
};

describe('an answer of an unknown shape', () => {
  it('names the field in both languages, without the value, and with no English in Slovenian', () => {
    const error = refusal();
    expect(error.code).toBe('MK_UNKNOWN');
    const sl = error.describe('sl').message;
    expect(sl).toContain('odgovor nima dokumentirane oblike');
    expect(sl).toContain('»product_list.0.amount«');
    expect(englishWordsIn(sl)).toEqual([]);
    const en = error.describe('en').message;
    expect(en).toContain('the answer does not have the documented shape');
    expect(en).toContain('product_list');
    expect(en).not.toContain('12');
  });
});
