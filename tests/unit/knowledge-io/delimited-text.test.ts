import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../utils/knowledge-io/delimited-text-parser';
import { formatDelimitedText } from '../../../utils/knowledge-io/delimited-text-writer';

const values = (text: string, delimiter: ',' | '\t' = ',') =>
  parseDelimitedText(text, delimiter).rows.map((row) => row.cells.map((cell) => cell.value));

describe('reading CSV and TSV as spreadsheets write them', () => {
  it('splits records on CRLF, LF and CR, without an extra row for the final line break', () => {
    expect(values('a,b\r\nc,d\ne,f\rg,h\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('skips a UTF-8 BOM and counts columns without it', () => {
    const parsed = parseDelimitedText('\uFEFFid,answer\r\n1,"x', ',');
    expect(parsed.rows[0]!.cells[0]).toEqual({ value: 'id', line: 1, column: 1 });
    expect(parsed.issues).toEqual([{ code: 'unclosed-quote', line: 2, column: 3, params: [] }]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks (as LF)', () => {
    expect(values('1,"a, ""b""\r\nc",d\r\n2,,\r\n')).toEqual([
      ['1', 'a, "b"\nc', 'd'],
      ['2', '', ''],
    ]);
  });

  it('reports where each cell starts, also after a multi-line cell', () => {
    const parsed = parseDelimitedText('x,"one\ntwo",y\nz', ',');
    expect(parsed.rows.map((row) => row.cells.map(({ line, column }) => [line, column]))).toEqual([
      [
        [1, 1],
        [1, 3],
        [2, 6],
      ],
      [[3, 1]],
    ]);
  });

  it('reads TSV with tabs and leaves commas alone', () => {
    expect(values('id\tremarks\n1\t"a\tb", c\n', '\t')).toEqual([
      ['id', 'remarks'],
      ['1', 'a\tb, c'],
    ]);
  });

  it('reports quotes out of place with their line and column', () => {
    expect(parseDelimitedText('id,q\n1,say "hi"\n', ',').issues).toEqual([
      { code: 'quote-in-unquoted-cell', line: 2, column: 7, params: [] },
      { code: 'quote-in-unquoted-cell', line: 2, column: 10, params: [] },
    ]);
    expect(parseDelimitedText('1,"ok"x,2', ',').issues).toEqual([
      { code: 'text-after-closing-quote', line: 1, column: 7, params: [] },
    ]);
  });

  it('reads an empty file as no rows, and a trailing delimiter as one more empty cell', () => {
    expect(values('')).toEqual([]);
    expect(values('\uFEFF')).toEqual([]);
    expect(values('a,')).toEqual([['a', '']]);
  });
});

describe('writing CSV and TSV', () => {
  it('quotes only what needs quoting and ends every record with CRLF', () => {
    expect(formatDelimitedText([['1', 'a,b', 'say "hi"', 'two\nlines', 'plain']], ',')).toBe(
      '1,"a,b","say ""hi""","two\nlines",plain\r\n',
    );
    expect(formatDelimitedText([['a,b', 'c\td']], '\t', { bom: true })).toBe(
      '\uFEFFa,b\t"c\td"\r\n',
    );
  });

  it('round-trips any cells through the parser', () => {
    const rows = [
      ['id', 'text'],
      ['1', ' leading and trailing spaces '],
      ['2', '"quoted"'],
      ['3', 'multi\nline\n\nwith blank'],
      ['4', ''],
      ['5', '\uFEFFbom inside'],
    ];
    for (const delimiter of [',', '\t'] as const) {
      const text = formatDelimitedText(rows, delimiter, { bom: true });
      expect(values(text, delimiter)).toEqual(rows);
      expect(parseDelimitedText(text, delimiter).issues).toEqual([]);
    }
  });
});
