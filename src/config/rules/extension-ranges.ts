/**
 * settings.extensionRanges: well-formed, and every extension inside one. A range is FROM-TO with FROM <= TO
 * and the same number of digits; an extension is inside when it has that many digits and lies between them
 * (so `0150` is not in `100-199`: vendors treat extensions as text).
 */
import type { DataPath } from '../source.js';
import { parseRange } from '../normalise.js';
import { defineRule } from './rule.js';
import { departments, users } from './util.js';

type Range = { from: string; to: string };

const wellFormed = (r: Range): boolean => r.from.length === r.to.length && Number(r.from) <= Number(r.to);

export const badExtensionRange = defineRule({
  code: 'RF211',
  name: 'bad-extension-range',
  severity: 'error',
  meaning: 'An extension range has FROM greater than TO, or FROM and TO with different numbers of digits.',
  hint: 'Write FROM-TO with FROM <= TO and the same number of digits, e.g. 100-199.',
  check(ctx) {
    (ctx.written.settings?.extensionRanges ?? []).forEach((text, i) => {
      const r = parseRange(text);
      if (r.from.length !== r.to.length) {
        ctx.report(['settings', 'extensionRanges', i], `extension range "${text}": ${r.from} and ${r.to} have different numbers of digits`);
      } else if (!wellFormed(r)) {
        ctx.report(['settings', 'extensionRanges', i], `extension range "${text}" starts after it ends`, {
          hint: `Swap the bounds: ${r.to}-${r.from}.`,
        });
      }
    });
  },
});

function inRange(n: string, r: Range): boolean {
  return n.length === r.from.length && Number(n) >= Number(r.from) && Number(n) <= Number(r.to);
}

export const extensionOutOfRange = defineRule({
  code: 'RF212',
  name: 'extension-out-of-range',
  severity: 'error',
  meaning: 'An extension (of a user, a department or under `extensions`) is outside every range in settings.extensionRanges.',
  hint: 'Pick a number inside one of the ranges, or widen settings.extensionRanges.',
  check(ctx) {
    const ranges = (ctx.written.settings?.extensionRanges ?? []).map(parseRange).filter(wellFormed);
    if (ranges.length === 0) return; // no ranges, or only malformed ones (reported by RF211)
    const list = ranges.map((r) => `${r.from}-${r.to}`).join(', ');
    const check = (n: string | undefined, path: DataPath, owner: string): void => {
      if (n !== undefined && !ranges.some((r) => inRange(n, r))) {
        ctx.report(path, `extension ${n} of ${owner} is outside the extension ranges (${list})`);
      }
    };
    users(ctx).forEach((u, i) => check(u.extension, ['users', i, 'extension'], u.name));
    departments(ctx).forEach((d, i) => check(d.extension, ['departments', i, 'extension'], `department ${d.name}`));
    (ctx.written.extensions ?? []).forEach((e, i) => check(e.number, ['extensions', i, 'number'], 'an extensions entry'));
  },
});
