/** The README's error-code table: stage codes (file, YAML, schema) then the semantic rules, in code order. */
import { STAGE_CODES, type CodeInfo } from '../config/codes.js';
import { COVERAGE_CODES } from '../config/rules/coverage.js';
import { rules } from '../config/rules/index.js';
import { CSV_CODE_LIST } from '../csv/codes.js';
import { cell, code, table } from './markdown.js';

export function allCodes(): CodeInfo[] {
  return [...STAGE_CODES, ...rules, ...Object.values(COVERAGE_CODES), ...CSV_CODE_LIST].sort((a, b) => a.code.localeCompare(b.code));
}

export function errorCodesSection(): string {
  const rows = allCodes().map((c) => [code(c.code), code(c.name), c.severity, cell(c.meaning), cell(c.hint)]);
  const intro =
    'Every diagnostic `ringform validate` (and `plan`) can print. Errors fail validation; warnings point at likely ' +
    'mistakes and never fail it. RF0xx: reading and YAML; RF1xx: the schema; RF2xx: semantic rules; RF3xx: warnings; RF5xx: `import --from-csv` problems in the people CSV.';
  return `${intro}\n\n${table(['Code', 'Rule', 'Severity', 'Meaning', 'Fix'], rows)}\n`;
}
