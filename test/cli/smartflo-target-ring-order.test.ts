/**
 * Review: `--target` on one Smartflo department member hid moves. Smartflo keeps a department's ring order as
 * positions (one `destination` list, rewritten whole by every member change), so a targeted change to one member
 * moved the others, and the targeted plan showed no line for them. Through the real CLI against the emulator:
 * the targeted plan brings in every member change of that department and says why; the saved plan applied does
 * exactly what it shows (each member lands where its line says, nothing else in the department moves); the full
 * plan after it shows only what the target left out (another department); a saved plan made as before (only the
 * targeted line) is refused as stale, with nothing written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import type { Plan } from '../../src/plan/types.js';
import { closeOpened, run, smartfloHead, smartfloScratch } from '../helpers/smartflo-cli.js';

afterEach(closeOpened);

const user = (n: string, i: number) => `  - email: ${n}@example.com\n    name: ${n.toUpperCase()} User\n    phone: "+9198000003${String(i).padStart(2, '0')}"\n    role: agent\n`;

const orgYaml = (url: string, users: string[], sales: string[], support: string[]) => `${smartfloHead(url)}users:
${users.map(user).join('')}departments:
  - name: Sales
    routing: serial
    members: [${sales.map((n) => `${n}@example.com`).join(', ')}]
  - name: Support
    routing: serial
    members: [${support.map((n) => `${n}@example.com`).join(', ')}]
`;

/** The department's members as the emulator holds them, in ring order. */
function ringOf(emu: SmartfloEmulator, name: string): string[] {
  const department = [...emu.state.departments.values()].find((d) => d.name === name)!;
  return department.agents.map((a) => emu.state.userByAgent(a.agentId)!.email);
}

describe('Smartflo: --target on one department member', () => {
  it('brings in the moves it forces on the other members of that department, says so, and apply does exactly that', async () => {
    const { emu, dir: d, file, env } = await smartfloScratch('ringform-target-ring-');
    const saved = path.join(d, 'sales.plan');

    await writeFile(file, orgYaml(emu.url, ['a', 'b', 'c', 'd'], ['a', 'b', 'c'], ['d']));
    const setUp = await run(['apply', file, '--auto-approve'], env);
    expect(setUp.code, setUp.out + setUp.err).toBe(0);
    expect(ringOf(emu, 'Sales')).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);

    // Sales becomes [n, c, a] (n is new, b leaves: prune.members is on by default); Support gains a (not targeted).
    await writeFile(file, orgYaml(emu.url, ['a', 'b', 'c', 'd', 'n'], ['n', 'c', 'a'], ['d', 'a']));
    const planned = await run(['plan', file, '--target', 'member["Sales"]["c@example.com"]', '--out', saved], env);
    expect(planned.code, planned.out + planned.err).toBe(0);
    // Before: the plan showed only `~ member["Sales"]["c@example.com"]` (priority 3 → 2), and apply moved a and b too.
    for (const line of ['+ user["n@example.com"]', '+ member["Sales"]["n@example.com"]', '~ member["Sales"]["c@example.com"]', '~ member["Sales"]["a@example.com"]', '- member["Sales"]["b@example.com"]']) {
      expect(planned.out).toContain(line);
    }
    expect(planned.out).not.toContain('member["Support"]');
    expect(planned.out).toContain(
      'Warning: --target: member["Sales"]["a@example.com"] and member["Sales"]["b@example.com"] are in this plan though no target names them: the vendor keeps the ring order of Sales as positions',
    );
    const plan = (JSON.parse(await readFile(saved, 'utf8')) as { plan: Plan }).plan;
    const landing = new Map<string, number>();
    for (const a of plan.actions) {
      if (a.kind === 'add-member') landing.set(a.address, a.priority);
      if (a.kind === 'update' && a.resource === 'member') landing.set(a.address, Number(a.after['priority']));
    }
    expect(Object.fromEntries(landing)).toEqual({ 'member["Sales"]["n@example.com"]': 1, 'member["Sales"]["c@example.com"]': 2, 'member["Sales"]["a@example.com"]': 3 });

    const applied = await run(['apply', saved], env);
    expect(applied.code, applied.out + applied.err).toBe(0);
    // Each member lands where its plan line says; b, removed by its line, is gone; nothing else in Sales.
    const sales = ringOf(emu, 'Sales');
    expect(sales).toHaveLength(landing.size);
    for (const [address, priority] of landing) expect(`member["Sales"]["${sales[priority - 1]}"]`).toBe(address);
    expect(ringOf(emu, 'Support')).toEqual(['d@example.com']);

    // The full plan: nothing left for Sales, only what the target left out.
    const full = await run(['plan', file, '--format', 'json'], env);
    const rest = (JSON.parse(full.out) as Plan).actions.filter((a) => a.kind !== 'manual').map((a) => `${a.kind} ${a.address}`);
    expect(rest).toEqual(['add-member member["Support"]["a@example.com"]']);
  }, 180_000);

  it('a saved plan holding only the targeted line (as the planner made it before) is stale: apply refuses it and writes nothing', async () => {
    const { emu, dir: d, file, env } = await smartfloScratch('ringform-target-ring-');
    const saved = path.join(d, 'sales.plan');
    await writeFile(file, orgYaml(emu.url, ['a', 'b', 'c', 'd'], ['a', 'b', 'c'], ['d']));
    expect((await run(['apply', file, '--auto-approve'], env)).code).toBe(0);

    await writeFile(file, orgYaml(emu.url, ['a', 'b', 'c', 'd'], ['c', 'a', 'b'], ['d']));
    expect((await run(['plan', file, '--target', 'member["Sales"]["c@example.com"]', '--out', saved], env)).code).toBe(0);
    const content = JSON.parse(await readFile(saved, 'utf8')) as { plan: Plan };
    expect(content.plan.actions.map((a) => a.address).sort()).toEqual(['member["Sales"]["a@example.com"]', 'member["Sales"]["b@example.com"]', 'member["Sales"]["c@example.com"]']);
    content.plan.actions = content.plan.actions.filter((a) => a.address === 'member["Sales"]["c@example.com"]').map((a) => ({ ...a, id: '1', dependsOn: [] }));
    await writeFile(saved, JSON.stringify(content));
    const writes = () => emu.log.requests().filter((r) => r.method !== 'GET' && r.path !== '/v1/auth/login').length;
    const writesBefore = writes();

    const refused = await run(['apply', saved], env);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('is stale; nothing was applied');
    expect(refused.err).toContain('now also planned: update member["Sales"]["a@example.com"], update member["Sales"]["b@example.com"]');
    expect(writes()).toBe(writesBefore);
    expect(ringOf(emu, 'Sales')).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  }, 180_000);
});
