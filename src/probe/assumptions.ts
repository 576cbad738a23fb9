/**
 * The assumptions `ringform probe` checks come from the evidence ledgers, so they cannot drift from what the
 * providers do: every row whose source is not named (weak, or UNSOURCED) is one, in ledger order.
 */
import type { Evidence } from '../providers/evidence.js';
import type { Assumption } from './types.js';

export function assumptionsOf(ledger: readonly Evidence[]): Assumption[] {
  const out: Assumption[] = [];
  for (const e of ledger) {
    if (e.source.kind !== 'unnamed-code' && e.source.kind !== 'unsourced') continue;
    const why = e.source.kind === 'unsourced' ? e.source.why : e.source.what;
    out.push({ endpoint: e.endpoint, where: e.where, field: e.field, strength: e.source.kind === 'unsourced' ? 'unsourced' : 'weak', why, optional: e.optional === true });
  }
  return out;
}

/** Is the assumption about a write (its request or its answer)? The probe sends only GET requests. */
export function isWrite(a: Assumption): boolean {
  return !a.endpoint.startsWith('GET ') && !a.endpoint.startsWith('* ');
}
