import { describe, expect, it } from 'vitest';
import { formatCsvField, parseCsv } from './csv';

const cellsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.cells);
};

describe('parseCsv', () => {
  it('splits plain fields and records, with CRLF, LF or CR line ends', () => {
    expect(cellsOf('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(cellsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cellsOf('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(cellsOf('a,,c\n,,\nx,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(cellsOf('name,notes\n"Línea ""100""","Abre 24h, todos los días\r\nSin costo"\n')).toEqual([
      ['name', 'notes'],
      ['Línea "100"', 'Abre 24h, todos los días\r\nSin costo'],
    ]);
    expect(cellsOf('""\n')).toEqual([['']]);
  });

  it('numbers records as a spreadsheet does and tracks the starting line', () => {
    const result = parseCsv('h1,h2\n"multi\nline",x\nlast,y\n');
    expect(result.ok && result.records.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('ignores a byte-order mark', () => {
    expect(cellsOf('\uFEFFname,types\nA,B')[0]).toEqual(['name', 'types']);
  });

  it('keeps white space inside fields as it is', () => {
    expect(cellsOf(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it('refuses stray quotes and unclosed quoted fields, saying where', () => {
    expect(parseCsv('a,b\nx,y"z\n')).toEqual({
      ok: false,
      row: 2,
      line: 2,
      message: 'column 2: a quote (") inside a field that does not start with a quote',
    });
    expect(parseCsv('a,b\n"x"y,z\n')).toEqual({ ok: false, row: 2, line: 2, message: 'column 1: text after the closing quote of a field' });
    expect(parseCsv('a,b\nx,"never closed\nmore\n')).toEqual({
      ok: false,
      row: 2,
      line: 2,
      message: 'column 2: a quoted field is never closed',
    });
  });

  it('gives no records for empty text', () => {
    expect(cellsOf('')).toEqual([]);
  });
});

describe('formatCsvField', () => {
  it('quotes only when needed, and round-trips', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    const values = ['a,b', 'say "hi"', 'two\nlines', ' padded ', ''];
    expect(cellsOf(values.map(formatCsvField).join(','))).toEqual([values]);
  });
});
