/**
 * The evidence ledger of each vendor (src/providers/<vendor>/evidence.ts), rendered into its
 * docs/vendors/<vendor>.md page between generated markers: every field the provider sends or reads and
 * its source, then the UNSOURCED ones on their own.
 */
import { readFile } from 'node:fs/promises';
import { packagePath } from '../paths.js';
import { isSourced, type Evidence, type Source } from '../providers/evidence.js';
import { myoperatorEvidence } from '../providers/myoperator/evidence.js';
import { netsapiensEvidence } from '../providers/netsapiens/evidence.js';
import { smartfloEvidence } from '../providers/smartflo/evidence.js';
import { cell, code, replaceSection, table } from './markdown.js';

export const LEDGERS: ReadonlyArray<{ vendor: string; ledger: Evidence[] }> = [
  { vendor: 'netsapiens', ledger: netsapiensEvidence },
  { vendor: 'smartflo', ledger: smartfloEvidence },
  { vendor: 'myoperator', ledger: myoperatorEvidence },
];

const SECTION = 'evidence-ledger';
const HEADING = '## Evidence ledger';

export function sourceText(s: Source): string {
  switch (s.kind) {
    case 'url':
      return s.url;
    case 'repo':
      return `${s.repo}: ${code(s.path)}`;
    case 'spec':
      return `spec ${code(s.operation)}`;
    case 'unnamed-code':
      return `weak: ${s.what}`;
    case 'unsourced':
      return `**UNSOURCED**: ${s.why}`;
  }
}

export function ledgerSection(vendor: string, ledger: Evidence[]): string {
  const count = (kind: Source['kind']) => ledger.filter((e) => e.source.kind === kind).length;
  const sourced = ledger.filter((e) => isSourced(e.source)).length;
  const rows = ledger.map((e) => [code(e.endpoint), e.where, code(e.field), cell(sourceText(e.source)), cell([e.optional ? 'optional: read only when present' : '', e.note ?? ''].filter(Boolean).join('; '))]);
  const unsourced = ledger.filter((e) => e.source.kind === 'unsourced').map((e) => `- ${code(e.endpoint)} ${e.where} ${code(e.field)}: ${e.source.kind === 'unsourced' ? e.source.why : ''}`);
  return [
    `Generated from \`src/providers/${vendor}/evidence.ts\` by \`npm run gen\`; \`test/providers/evidence.test.ts\` fails when the provider`,
    'sends or reads a field this table does not list. "weak" marks facts the older notes credit to public client code',
    'without naming the repository; **UNSOURCED** marks assumptions. [`ringform probe`](../../README.md#checking-a-real-tenant-ringform-probe)',
    'checks both kinds on a real tenant, with GET requests only.',
    '',
    `${ledger.length} fields: ${sourced} sourced, ${count('unnamed-code')} weak, ${count('unsourced')} UNSOURCED.`,
    '',
    table(['Endpoint', 'Where', 'Field', 'Source', 'Note'], rows),
    '',
    unsourced.length > 0 ? '### UNSOURCED assumptions\n\n' + unsourced.join('\n') : 'No UNSOURCED assumption.',
  ].join('\n');
}

export const docPath = (vendor: string) => packagePath(`docs/vendors/${vendor}.md`);

/** The page with its ledger section filled; the section (and its heading) is appended when absent. */
export async function vendorPage(vendor: string, ledger: Evidence[]): Promise<string> {
  let text = await readFile(docPath(vendor), 'utf8');
  if (!text.includes(`<!-- BEGIN GENERATED ${SECTION}`)) {
    text = `${text.trimEnd()}\n\n${HEADING}\n\n<!-- BEGIN GENERATED ${SECTION}: \`npm run gen\` writes this section -->\n<!-- END GENERATED ${SECTION} -->\n`;
  }
  return replaceSection(text, SECTION, ledgerSection(vendor, ledger));
}
