/**
 * The README's org.yaml reference: one row per field of schemas/org.schema.json, by path
 * (`users[].receiveCalls`), with type, default, description and example, all read from the schema.
 */
import { stringify } from 'yaml';
import { readSchema } from '../config/schema.js';
import type { ResourceKind } from '../model/address.js';
import { specOf } from '../model/fields.js';
import { cell, code, table } from './markdown.js';

export interface SchemaNode {
  $ref?: string;
  type?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  required?: string[];
  definitions?: Record<string, SchemaNode>;
}

export interface FieldRow {
  path: string;
  required: boolean;
  schema: SchemaNode;
}

export function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolve(root, target);
}

/** Every field under `node`, depth first in schema order. */
export function fieldRows(root: SchemaNode, node: SchemaNode = root, prefix = ''): FieldRow[] {
  const schema = resolve(root, node);
  const rows: FieldRow[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({ path, required: (schema.required ?? []).includes(name), schema: resolve(root, child) });
    rows.push(...nested(root, resolve(root, child), path));
  }
  return rows;
}

function nested(root: SchemaNode, schema: SchemaNode, path: string): FieldRow[] {
  if (schema.items) return nested(root, resolve(root, schema.items), `${path}[]`);
  if (schema.oneOf) return schema.oneOf.flatMap((branch) => fieldRows(root, branch, path));
  return schema.properties ? fieldRows(root, schema, path) : [];
}

export function typeOf(root: SchemaNode, node: SchemaNode): string {
  const s = resolve(root, node);
  if (s.const !== undefined) return code(JSON.stringify(s.const));
  if (s.enum) return `one of ${s.enum.map((v) => code(String(v))).join(', ')}`;
  if (s.oneOf) return s.oneOf.map((b) => typeOf(root, b)).join(' or ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(root, s.items) : 'values'}`;
  if (s.type === 'object') {
    const values = typeof s.additionalProperties === 'object' ? ` of ${typeOf(root, s.additionalProperties)}` : '';
    return `mapping${values}`;
  }
  const range = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : s.minimum !== undefined ? ` ≥ ${s.minimum}` : '';
  return `${s.type ?? 'any'}${s.format ? ` (${s.format})` : ''}${range}`;
}

function inlineYaml(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The catalogue row behind a schema path (`users[].role` → user.role), if the path is an object's field. */
const KIND_OF_LIST: Record<string, ResourceKind> = {
  'users[]': 'user',
  'extensions[]': 'extension',
  'departments[]': 'department',
  'departments[].members[]': 'member',
  'schedules[]': 'schedule',
  'roles[]': 'role',
};

function whenUnset(path: string): string {
  const cut = path.lastIndexOf('.');
  const kind = KIND_OF_LIST[path.slice(0, cut)];
  const spec = kind ? specOf(kind, path.slice(cut + 1)) : undefined;
  if (spec?.role !== 'state') return '';
  const word = spec.whenUnset === 'unmanaged' ? 'unmanaged' : spec.whenUnset === 'owned' ? 'the default' : '';
  return cell([word, spec.note].filter(Boolean).join(': '));
}

export async function orgFieldsSection(): Promise<string> {
  const root = readSchema() as SchemaNode;
  const rows = fieldRows(root).map((row) => [
    code(row.path) + (row.required ? ' (required)' : ''),
    cell(typeOf(root, row.schema)),
    row.schema.default === undefined ? '' : code(inlineYaml(row.schema.default)),
    whenUnset(row.path),
    cell(row.schema.description ?? ''),
    row.schema.examples?.length ? cell(code(inlineYaml(row.schema.examples[0]))) : '',
  ]);
  const intro =
    'Every field of `org.yaml`, generated from [schemas/org.schema.json](schemas/org.schema.json) by `npm run gen`. ' +
    '`[]` marks a list item. Editors that speak the YAML language server complete and check these fields when the ' +
    'file starts with `# yaml-language-server: $schema=<path to>/org.schema.json`. **When unset** comes from the field ' +
    'catalogue (`src/model/fields.ts`): *unmanaged* means that a field left out is never compared (ringform leaves the ' +
    "vendor's value alone; a new object is created with the Default shown); *the default* means ringform owns the " +
    'default and plans toward it as if it were written.';
  return `${intro}\n\n${table(['Field', 'Type', 'Default', 'When unset', 'Description', 'Example'], rows)}\n`;
}
