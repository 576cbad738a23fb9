/**
 * Editor support (issue 12, item 8): the schema editors show is titled "ringform org.yaml" (the generated
 * type keeps its code name), `role` completes the built-in roles, `phone` carries the E.164 pattern validate
 * checks (and validate keeps RF210 and its words for it), and `import` writes a modeline that works on any
 * machine that checks the folder out: never an absolute path, never a path into the install that ran it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/config/validate-command.js';
import { readSchema } from '../../src/config/schema.js';
import { E164 } from '../../src/config/rules/util.js';
import { schemaRef } from '../../src/import/schema-ref.js';
import { BUILTIN_ROLES } from '../../src/model/org.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ringform } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

type Node = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
const schema = readSchema() as Node & { definitions: Record<string, Node> };
const userField = (name: string) => schema.definitions['User']!.properties[name]!;

describe('the org.yaml schema, as an editor sees it', () => {
  it('is titled "ringform org.yaml"; the generated type is still WrittenOrg', async () => {
    expect(schema.title).toBe('ringform org.yaml');
    const generated = await readFile(path.join(PACKAGE_ROOT, 'src/config/written.generated.ts'), 'utf8');
    expect(generated).toContain('export interface WrittenOrg {');
    expect(generated).not.toMatch(/RingformOrg/);
  });

  it('role offers every built-in role for completion and still takes a custom role name', () => {
    expect(userField('role').examples).toEqual([...BUILTIN_ROLES]);
    expect(userField('role').type).toBe('string');
  });

  it('phone carries the E.164 pattern validate checks', () => {
    expect(userField('phone').pattern).toBe(E164.source);
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv, ['email', 'date']);
    const check = ajv.compile(readSchema());
    const org = (phone: string) => ({ version: 1, provider: { type: 'sandbox' }, users: [{ email: 'a@example.com', name: 'A', phone }] });
    expect(check(org('+919876543210'))).toBe(true);
    expect(check(org('12345'))).toBe(false);
    expect(check(org('+91 98765 43210'))).toBe(false);
  });

  it('validate keeps RF210, its words and its hint for a bad phone', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'org.yaml');
    await writeFile(file, 'version: 1\nprovider:\n  type: sandbox\nusers:\n  - email: a@example.com\n    name: Asha Rao\n    phone: "+91 98765 43210"\n');
    const { output } = await validateFiles([file], { format: 'text', color: false });
    expect(output).toContain(`${file}:7:12  error RF210  phone "+91 98765 43210" of Asha Rao is not an E.164 number`);
    expect(output).toContain('hint: Write it without separators: "+919876543210".');
    expect(output).not.toContain('pattern');
  });
});

describe('import writes a modeline that works on any machine', () => {
  async function importTo(outDir: string): Promise<{ modeline: string; err: string }> {
    const state = path.join(outDir, 'state.json');
    await writeFile(state, await readFile(path.join(PACKAGE_ROOT, 'examples/sandbox-seed.json')));
    const child = ringform(['import', '--provider', 'sandbox', '--endpoint', state, '--out', path.join(outDir, 'org.yaml')], {});
    expect((await child.exited).code).toBe(0);
    const text = await readFile(path.join(outDir, 'org.yaml'), 'utf8');
    return { modeline: text.split('\n')[0]!, err: child.stderr() };
  }

  it('in a project without ringform installed: the path a project install will have, and a note', async () => {
    const project = await tmpDir();
    await writeFile(path.join(project, 'package.json'), '{}');
    const outDir = path.join(project, 'telephony');
    await mkdir(outDir);
    const { modeline, err } = await importTo(outDir);
    expect(modeline).toBe('# yaml-language-server: $schema=../node_modules/ringform/schemas/org.schema.json');
    expect(err).toContain('npm install --save-dev ringform');
  });

  it('in a project with ringform installed: relative to that install', async () => {
    const project = await tmpDir();
    await mkdir(path.join(project, 'node_modules/ringform/schemas'), { recursive: true });
    await writeFile(path.join(project, 'node_modules/ringform/schemas/org.schema.json'), '{}');
    const outDir = path.join(project, 'orgs', 'acme');
    await mkdir(outDir, { recursive: true });
    const { modeline, err } = await importTo(outDir);
    expect(modeline).toBe('# yaml-language-server: $schema=../../node_modules/ringform/schemas/org.schema.json');
    expect(err).not.toContain('npm install');
  });

  it('never an absolute path or a path into the install that ran the import', () => {
    const exists = () => false;
    expect(schemaRef('/home/me/acme', '/usr/lib/node_modules/ringform', exists).ref).toBe('./node_modules/ringform/schemas/org.schema.json');
    expect(schemaRef('/srv/repo/examples', '/srv/repo', exists)).toEqual({ ref: '../schemas/org.schema.json', note: null });
    const installed = (f: string) => f === '/home/me/acme/node_modules/ringform/schemas/org.schema.json';
    expect(schemaRef('/home/me/acme/orgs', '/home/me/acme/node_modules/ringform', installed)).toEqual({
      ref: '../node_modules/ringform/schemas/org.schema.json',
      note: null,
    });
  });
});
