/**
 * Diagnostic codes of `ringform import --from-csv` (RF5xx): problems in the people CSV, each reported at
 * `people.csv:LINE:COL`. A merged org.yaml that breaks a semantic rule (an unknown department, a clashing
 * extension) keeps that rule's own RF2xx code, positioned at the CSV cell that brought the value in.
 */
import type { CodeInfo } from '../config/codes.js';

const error = (code: string, name: string, meaning: string, hint: string): CodeInfo => ({ code, name, severity: 'error', meaning, hint });

export const CSV_CODES = {
  unclosedQuote: error('RF501', 'csv-unclosed-quote', 'A quoted CSV cell has no closing quote, so the rest of the file would be read as one cell.', 'Close the quote (a quote inside a quoted cell is written twice: "").'),
  textAfterQuote: error('RF502', 'csv-text-after-quote', 'Text follows the closing quote of a CSV cell.', 'Quote the whole cell, writing a quote inside it twice ("Priya ""PJ"" Sharma").'),
  strayQuote: error('RF503', 'csv-stray-quote', 'A CSV cell that is not quoted contains a quote.', 'Quote the whole cell and write the inner quote twice, or remove the quote.'),
  columnCount: error('RF504', 'csv-column-count', 'A CSV row has more cells than the header has columns (often an unquoted separator inside a value).', 'Quote the cell holding the separator, or add the missing header.'),
  noEmail: error('RF505', 'csv-no-email-column', 'No CSV column holds emails; people are matched to org.yaml users by email.', 'Add an "email" header, or name the column with --columns email=<header>.'),
  unknownColumn: { code: 'RF506', name: 'csv-unknown-column', severity: 'warning', meaning: 'A CSV column matches no user field and is ignored.', hint: 'Rename the header to a field name, map it with --columns field=<header>, or leave it: it is ignored.' } as CodeInfo,
  duplicateColumn: error('RF507', 'csv-duplicate-column', 'Two CSV columns map to the same user field.', 'Remove one of them or map them explicitly with --columns.'),
  badValue: error('RF508', 'csv-bad-value', 'A CSV cell holds a value the user field does not accept.', 'Write the value in the form shown in the message.'),
  duplicatePerson: error('RF509', 'csv-duplicate-person', 'The same email appears on two CSV rows.', 'Keep one row per person.'),
  empty: error('RF510', 'csv-empty', 'The CSV file has no header row.', 'Export the sheet with its header row (email, name, extension, …).'),
  noName: error('RF511', 'csv-no-name', 'A person new to org.yaml has no name in the CSV.', 'Fill the name (or first and last name) cell.'),
  pruneProtected: error('RF513', 'csv-prune-protected', '--prune would remove a user that settings.guards.protectedUsers protects.', 'Add the person to the CSV, take them out of protectedUsers first, or run without --prune.'),
  pruneEveryone: error('RF514', 'csv-prune-everyone', '--prune with a CSV that lists nobody would remove every user.', 'Check the file is the full export of the sheet (rows below the header), or run without --prune.'),
  badColumnsOption: error('RF512', 'csv-bad-columns-option', '--columns names a field that does not exist or a header the CSV does not have.', 'Write --columns as field=Header pairs separated by commas (fields: see the README), or a preset name.'),
} as const satisfies Record<string, CodeInfo>;

export const CSV_CODE_LIST: readonly CodeInfo[] = Object.values(CSV_CODES);
