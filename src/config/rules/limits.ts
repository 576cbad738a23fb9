/**
 * provider.limits paces HTTP calls (src/providers/pace.ts). The sandbox and Squaretalk make none: limits
 * written for them do nothing, which is worth a word (often a provider.type changed and the limits stayed).
 */
import { defineRule } from './rule.js';

const WITHOUT_HTTP = new Set(['sandbox', 'squaretalk']);

export const limitsWithoutHttp = defineRule({
  code: 'RF330',
  name: 'limits-without-http',
  severity: 'warning',
  meaning: 'provider.limits is set for a provider that makes no HTTP calls (sandbox, squaretalk): it has no effect.',
  hint: 'Remove provider.limits, or set provider.type to the vendor whose API it should pace.',
  check(ctx) {
    const p = ctx.written.provider;
    if (!p || p.limits === undefined || !WITHOUT_HTTP.has(p.type)) return;
    ctx.report(['provider', 'limits'], `provider.limits has no effect: the ${p.type} provider makes no HTTP calls`, { target: 'key' });
  },
});
