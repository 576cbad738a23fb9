/**
 * Vendor words in a preset's columns turned into org.yaml values. The `netsapiens` preset's `user-scope`
 * column holds scopes ("Office Manager", "Call Center Agent", …): the NetSapiens provider's own scope → role
 * table reads them (src/providers/netsapiens/mapper.ts), so a CSV and a live read agree.
 */
import { roleOfScope } from '../../providers/netsapiens/mapper.js';
import type { PersonField } from './columns.js';

export const PRESET_TRANSLATE: Record<string, Partial<Record<PersonField, (value: string) => string>>> = {
  netsapiens: { role: roleOfScope },
};
