/*
 * CSV as RFC 4180 describes it: fields separated by commas, records by line breaks (CRLF, LF or CR
 * accepted), fields that contain commas, quotes or line breaks enclosed in double quotes, and a quote
 * inside such a field written twice (""). A byte-order mark at the start is ignored. Strict about
 * stray quotes, because a silently mis-split row in a directory could put a phone number under the
 * wrong service. Pure: takes the decoded text.
 */

export type CsvRecord = {
  /** 1-based record number; the header is record 1, as a spreadsheet numbers rows. */
  row: number;
  /** 1-based line where the record starts (differs from `row` when quoted fields span lines). */
  line: number;
  cells: string[];
};

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; line: number; message: string };

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let fieldStarted = false;

  const endRecord = () => {
    cells.push(field);
    records.push({ row: records.length + 1, line: recordLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };

  while (index < text.length) {
    const character = text.charAt(index);
    if (character === '"') {
      if (fieldStarted) {
        return {
          ok: false,
          row: records.length + 1,
          line,
          message: `column ${cells.length + 1}: a quote (") inside a field that does not start with a quote`,
        };
      }
      // A quoted field: read to the closing quote, turning "" into ".
      const openLine = line;
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text.charAt(index);
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          closed = true;
          index += 1;
          break;
        }
        if (inner === '\n' || (inner === '\r' && text[index + 1] !== '\n')) line += 1;
        field += inner;
        index += 1;
      }
      if (!closed) {
        return {
          ok: false,
          row: records.length + 1,
          line: openLine,
          message: `column ${cells.length + 1}: a quoted field is never closed`,
        };
      }
      const after = text[index];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        return { ok: false, row: records.length + 1, line, message: `column ${cells.length + 1}: text after the closing quote of a field` };
      }
      fieldStarted = true;
      continue;
    }
    if (character === ',') {
      cells.push(field);
      field = '';
      fieldStarted = false;
      index += 1;
      continue;
    }
    if (character === '\r' || character === '\n') {
      index += character === '\r' && text[index + 1] === '\n' ? 2 : 1;
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    field += character;
    fieldStarted = true;
    index += 1;
  }
  // The last record, unless the text ended with a line break.
  if (fieldStarted || field !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** Quotes a field when it needs it, so tests and tools can write CSV the parser reads back. */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
