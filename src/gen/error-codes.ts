/** The README's error-code table: stage codes (file, YAML, schema) then the semantic rules, in code order. */
import { STAGE_CODES, type CodeInfo } from '../config/codes.js';
import { COVERAGE_CODES } from '../config/rules/coverage.js';
import { rules } from '../config/rules/index.js';
import { CSV_CODE_LIST } from '../csv/codes.js';
import { codeOfConstraint } from '../config/rules/vendor-constraints.js';
import { VENDOR_CONSTRAINTS } from '../model/vendor-constraints/index.js';
import { SEAT_LIMIT } from '../model/vendor-constraints/seats.js';
import { PIN_LOST_ON_REPLACE, PIN_SOURCE_MISSING } from '../model/vendor-constraints/forwarding-voicemail.js';
import { cell, code, table } from './markdown.js';

export function allCodes(): CodeInfo[] {
  // Vendor constraints checked by validate are rules already; the ones only plan checks join them here.
  const planOnly = VENDOR_CONSTRAINTS.filter((c) => c.scope !== 'declared').map(codeOfConstraint);
  return [...STAGE_CODES, ...rules, ...planOnly, SEAT_LIMIT, PIN_SOURCE_MISSING, PIN_LOST_ON_REPLACE, ...Object.values(COVERAGE_CODES), ...CSV_CODE_LIST].sort((a, b) => a.code.localeCompare(b.code));
}

export function errorCodesSection(): string {
  const rows = allCodes().map((c) => [code(c.code), code(c.name), c.severity, cell(c.meaning), cell(c.hint)]);
  const intro =
    'Every diagnostic `ringform validate` (and `plan`) can print. Errors fail validation; warnings point at likely ' +
    'mistakes and never fail it. RF0xx: reading and YAML; RF1xx: the schema; RF2xx: semantic rules; RF3xx: warnings; RF4xx: what the vendor in `provider.type` would refuse ' +
    '(validate checks those it can offline; `plan` checks the rest against the live account and blocks the plan); RF5xx: `import --from-csv` problems in the people CSV.';
  return `${intro}\n\n${table(['Code', 'Rule', 'Severity', 'Meaning', 'Fix'], rows)}\n`;
}
