/**
 * Writing CSV (RFC 4180) that is safe to open in a spreadsheet. A cell with a comma, a double
 * quote, CR or LF is quoted, its quotes doubled; records end with CRLF. A cell a spreadsheet
 * would read as a formula (starting with =, +, -, @, a tab or CR) gets a leading apostrophe, so
 * a note such as `=HYPERLINK(...)` stays text.
 */

/** First characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, made inert and quoted as needed. */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A whole document: one record per row, each ending with CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
