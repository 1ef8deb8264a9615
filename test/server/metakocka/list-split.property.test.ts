// The list splitter against JSON.parse: same items, same rest, on any JSON a server could send (any spacing, escapes,
// non-ASCII text, the key's name inside strings and deeper objects).
import fc from 'fast-check';
import { findListItems } from 'server/metakocka/list-split';

const KEY = 'partner_list';
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const spacing = fc.constantFrom<number | string | undefined>(undefined, 0, 1, 2, '\t', ' \r\n ');

// Decoys: the key as a value, as a deeper key, and strings with brackets, commas and escaped quotes.
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(KEY, `"${KEY}":[`, '],{"x":"}', 'Šuštar "Č" \\ [1,2]', '\u2028'),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(text, fc.constant(KEY)), tie('value'), { maxKeys: 4 }),
})).value;

describe('findListItems', () => {
  it('splits the top-level list into the items JSON.parse reads, and leaves the rest readable', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          text.filter((k) => k !== KEY),
          value,
          { maxKeys: 4 },
        ),
        fc.array(value, { maxLength: 6 }),
        fc.dictionary(
          text.filter((k) => k !== KEY),
          value,
          { maxKeys: 3 },
        ),
        spacing,
        (before, list, after, space) => {
          const whole = {
            ...before,
            [KEY]: list,
            ...Object.fromEntries(Object.entries(after).filter(([k]) => !(k in before))),
          };
          const bytes = encode(JSON.stringify(whole, null, space));
          const spans = findListItems(bytes, KEY);
          expect(spans).not.toBeNull();
          expect(spans!.items.map(([s, e]) => JSON.parse(decode(bytes.subarray(s, e))))).toEqual(
            JSON.parse(JSON.stringify(list)),
          );
          const rest = JSON.parse(`${decode(bytes.subarray(0, spans!.start))}[]${decode(bytes.subarray(spans!.end))}`);
          expect(rest).toEqual(JSON.parse(JSON.stringify({ ...whole, [KEY]: [] })));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds no list where the key is absent, nested deeper, or not a list', () => {
    expect(findListItems(encode('{"opr_code":"2","opr_desc":"No partner with such properties."}'), KEY)).toBeNull();
    expect(findListItems(encode(`{"x":{"${KEY}":[1]},"y":"${KEY}"}`), KEY)).toBeNull();
    expect(findListItems(encode(`{"${KEY}":"none"}`), KEY)).toBeNull();
    expect(findListItems(encode(`{"${KEY}":[{"a":1}`), KEY)).toBeNull(); // cut off: the caller parses it whole and fails as malformed
  });
});
