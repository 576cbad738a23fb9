/** Uniqueness of extension numbers and of department, schedule and role names. */
import { defineRule } from './rule.js';
import { departments, lower, reportRepeats, users, type Occurrence } from './util.js';

export const duplicateExtension = defineRule({
  code: 'RF204',
  name: 'duplicate-extension',
  severity: 'error',
  meaning: 'Two users, two departments, or a user and a department have the same extension number.',
  hint: 'An extension rings one user or one department; pick a free number for one of them.',
  check(ctx) {
    const occurrences: Occurrence[] = [
      ...users(ctx).flatMap((u, i): Occurrence[] =>
        u.extension === undefined ? [] : [{ key: u.extension, path: ['users', i, 'extension'], label: `user ${u.name}` }],
      ),
      ...departments(ctx).flatMap((d, i): Occurrence[] =>
        d.extension === undefined ? [] : [{ key: d.extension, path: ['departments', i, 'extension'], label: `department ${d.name}` }],
      ),
    ];
    reportRepeats(ctx, occurrences, (o, first, line) => `extension ${o.key} is already used by ${first.label} (line ${line})`);
  },
});

export const duplicateExtensionEntry = defineRule({
  code: 'RF205',
  name: 'duplicate-extension-entry',
  severity: 'error',
  meaning: 'The same number is listed twice under `extensions`.',
  hint: 'Merge the two entries into one.',
  check(ctx) {
    const occurrences = (ctx.written.extensions ?? []).map((e, i): Occurrence => ({
      key: e.number,
      path: ['extensions', i, 'number'],
      label: e.number,
    }));
    reportRepeats(ctx, occurrences, (o, _first, line) => `extension ${o.key} is already listed under extensions (line ${line})`);
  },
});

export const duplicateDepartment = defineRule({
  code: 'RF206',
  name: 'duplicate-department',
  severity: 'error',
  meaning: 'Two departments have the same name (names compare case-insensitively, as most vendors do).',
  hint: 'A department name is its identity; rename or merge one of them.',
  check(ctx) {
    const occurrences = departments(ctx).map((d, i): Occurrence => ({
      key: lower(d.name),
      path: ['departments', i, 'name'],
      label: d.name,
    }));
    reportRepeats(ctx, occurrences, (o, first, line) =>
      o.label === first.label
        ? `department "${o.label}" is already defined (line ${line})`
        : `department "${o.label}" has the same name as "${first.label}" (line ${line}); names compare case-insensitively`,
    );
  },
});

export const duplicateSchedule = defineRule({
  code: 'RF207',
  name: 'duplicate-schedule',
  severity: 'error',
  meaning: 'Two schedules have the same name.',
  hint: 'Schedules are referenced by name; rename or merge one of them.',
  check(ctx) {
    const occurrences = (ctx.written.schedules ?? []).map((s, i): Occurrence => ({
      key: s.name,
      path: ['schedules', i, 'name'],
      label: s.name,
    }));
    reportRepeats(ctx, occurrences, (o, _first, line) => `schedule "${o.key}" is already defined (line ${line})`);
  },
});

export const duplicateRole = defineRule({
  code: 'RF208',
  name: 'duplicate-role',
  severity: 'error',
  meaning: 'Two custom roles have the same name.',
  hint: 'Roles are referenced by name; rename or merge one of them.',
  check(ctx) {
    const occurrences = (ctx.written.roles ?? []).map((r, i): Occurrence => ({
      key: r.name,
      path: ['roles', i, 'name'],
      label: r.name,
    }));
    reportRepeats(ctx, occurrences, (o, _first, line) => `role "${o.key}" is already defined (line ${line})`);
  },
});

export const reservedScheduleName = defineRule({
  code: 'RF226',
  name: 'reserved-schedule-name',
  severity: 'error',
  meaning: 'A schedule is named `always` or `never`, which `receiveCalls` reads as keywords, so the schedule could never be used.',
  hint: 'Rename the schedule, e.g. `always-open`.',
  check(ctx) {
    (ctx.written.schedules ?? []).forEach((s, i) => {
      if (['always', 'never'].includes(s.name.toLowerCase())) {
        ctx.report(['schedules', i, 'name'], `schedule name "${s.name}" is reserved: receiveCalls reads it as a keyword`);
      }
    });
  },
});
