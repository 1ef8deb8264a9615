// The CSV every export writes is RFC 4180: CRLF after every record, fields with a comma, a double quote, CR or LF
// quoted with their quotes doubled, and a spreadsheet opening it runs no formula from the data.
import { writeCsv } from 'server/exports/csv';

/** A strict RFC 4180 reader (§2 ABNF), so the test checks the file against the grammar, not against the writer. */
function readRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const record: string[] = [];
    for (;;) {
      let value = '';
      if (text[at] === '"') {
        at += 1;
        for (;;) {
          if (at >= text.length) throw new Error('unterminated quoted field');
          if (text[at] === '"' && text[at + 1] === '"') {
            value += '"';
            at += 2;
          } else if (text[at] === '"') {
            at += 1;
            break;
          } else value += text[at++];
        }
      } else {
        while (at < text.length && !/[,\r\n"]/.test(text[at]!)) value += text[at++];
        if (text[at] === '"') throw new Error(`a bare quote inside an unquoted field at ${at}`);
      }
      record.push(value);
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text.slice(at, at + 2) !== '\r\n') throw new Error(`a record must end in CRLF at ${at}`);
      at += 2;
      break;
    }
    records.push(record);
  }
  return records;
}

describe('writeCsv', () => {
  const header = ['Kupec', 'Opomba', 'Znesek'];

  it('ends every record, the last one too, in CRLF', () => {
    const text = writeCsv(header, [['Novak d.o.o.', 'plačano', '1250.00']]);
    expect(text).toBe('Kupec,Opomba,Znesek\r\nNovak d.o.o.,plačano,1250.00\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, and reads back exactly', () => {
    const rows = [
      ['Kovinarstvo Novak, d.o.o.', 'rekel je "takoj"', '12.50'],
      ['Žaga Šuštar', 'prva vrstica\ndruga vrstica', '-3.10'],
      ['CR only', 'a\rb', ''],
      ['"', '""', ','],
    ];
    const text = writeCsv(header, rows);
    expect(text).toContain('"Kovinarstvo Novak, d.o.o.","rekel je ""takoj""",12.50\r\n');
    expect(text).toContain('"prva vrstica\ndruga vrstica"');
    expect(readRfc4180(text)).toEqual([header, ...rows]);
  });

  it('writes numbers as numbers and empty cells as empty fields', () => {
    expect(writeCsv(['a', 'b', 'c'], [[42, null, -7]])).toBe('a,b,c\r\n42,,-7\r\n');
  });

  it('keeps a spreadsheet from running formulas that came in with the data', () => {
    const text = writeCsv(
      ['Opomba'],
      [['=HYPERLINK("http://evil")'], ['@SUM(A1)'], ["+cmd|' /C calc'!A0"], ['-2+3'], ['-12.50']],
    );
    expect(readRfc4180(text).slice(1)).toEqual([
      ['\'=HYPERLINK("http://evil")'],
      ["'@SUM(A1)"],
      ["'+cmd|' /C calc'!A0"],
      ["'-2+3"],
      ['-12.50'],
    ]);
  });

  it('puts a byte order mark first when asked, so Excel reads č, š and ž', () => {
    expect(writeCsv(['č'], [['š']], { byteOrderMark: true })).toBe('\uFEFFč\r\nš\r\n');
  });

  it('refuses a row with a different number of fields than the header (RFC 4180 §2.4)', () => {
    expect(() => writeCsv(header, [['only one']])).toThrow('CSV row 1 has 1 fields; the header has 3.');
  });
});
