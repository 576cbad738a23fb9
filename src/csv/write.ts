/**
 * CSV text ringform writes (`ringform export --csv`). Every cell is neutralised against CSV injection: a cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice and Google
 * Sheets (OWASP "CSV Injection"), so it gets a leading `'`, which spreadsheets show as text and
 * src/import/csv/people.ts removes on the way back. That includes E.164 phone numbers (`'+919876543210`):
 * unneutralised, a spreadsheet would read them as a formula or a number and drop the `+`.
 * Cells holding the separator, a quote, a line break or edge spaces are quoted; lines end with CRLF (RFC 4180).
 */
export function neutralise(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}

/**
 * A cell a spreadsheet could read as a formula: a leading `=`, `+`, `-`, `@`, tab, CR or LF, also after leading
 * spaces (LibreOffice and Google Sheets can trim them on import), and their full-width forms `＝ ＋ － ＠` (an
 * East Asian IME types them; whether a spreadsheet ever reads them as operators is not established, so they
 * are treated as if it does: the cost is one `'`). A cell starting with `'` before such a cell
 * gets one more `'`, so the reader (which removes exactly one) gives back what was written: `'=x` → `''=x`.
 */
export function needsNeutralising(value: string): boolean {
  return /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) || (value.startsWith("'") && needsNeutralising(value.slice(1)));
}

export function csvCell(value: string, separator = ','): string {
  const safe = neutralise(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((row) => row.map((v) => csvCell(v, separator)).join(separator)).join('\r\n') + '\r\n';
}
