import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/providers/squaretalk/snapshot.js';

const HEADER = 'Name,Email,Phone,Active,Extension,Extension Type,Force Login,Caller ID,Permission Level,Groups';

describe('Squaretalk snapshot (CSV export of the Users list)', () => {
  it('reads users, their extensions and groups; extra columns and blank lines are ignored', () => {
    const csv = `\uFEFFemail,NAME,Extension,Extension Type,Force Login,Permission Level,Groups,Active,Last Login\r\n` +
      `asha@example.com,Asha Rao,101,Softphone and IP phone (SIP),Yes,Admin,Sales;Support,yes,today\r\n\r\n` +
      `ben@example.com,"Ben ""B"" Das",102,SIP-TLS,no,team-lead,Sales,No,\r\n`;
    const live = readSnapshot(csv, 'users.csv');
    expect(live.users.map((u) => [u.id, u.data.name, u.data.role, u.data.status])).toEqual([
      ['asha@example.com', 'Asha Rao', 'admin', 'active'],
      ['ben@example.com', 'Ben "B" Das', 'team-lead', 'disabled'],
    ]);
    expect(live.extensions.map((e) => [e.id, e.data.type, e.data.forceLogin])).toEqual([['101', 'sip', true], ['102', 'sip-tls', false]]);
    expect(live.departments.map((d) => [d.data.name, d.data.members])).toEqual([
      ['Sales', [{ user: 'asha@example.com', priority: 1 }, { user: 'ben@example.com', priority: 2 }]],
      ['Support', [{ user: 'asha@example.com', priority: 1 }]],
    ]);
  });

  it.each([
    ['a missing Email column', 'Name,Phone\nAsha,1\n', 'users.csv line 1: no "Email" column'],
    ['a bad extension type', `${HEADER}\nAsha,asha@example.com,,,101,Fax,,,,\n`, 'users.csv line 2: Extension Type "Fax" is not Web, SIP or SIP-TLS'],
    ['a bad yes/no', `${HEADER}\nAsha,asha@example.com,,maybe,,,,,,\n`, 'users.csv line 2: Active "maybe" is not yes or no'],
    ['a user listed twice', `${HEADER}\nA,a@example.com,,,,,,,,\nB,A@example.com,,,,,,,,\n`, 'users.csv line 3: a@example.com appears twice'],
    ['an extension used twice', `${HEADER}\nA,a@example.com,,,101,,,,,\nB,b@example.com,,,101,,,,,\n`, 'users.csv line 3: extension 101 appears twice'],
    ['too many fields', `${HEADER}\nA,a@example.com,,,,,,,,,extra\n`, 'users.csv line 2: 11 fields, but the header has 10'],
    ['an unclosed quote', `${HEADER}\nA,a@example.com\n"B,b@example.com,,,,,,,,\n`, 'users.csv line 3: a quoted field is not closed'],
    ['a stray quote', `${HEADER}\nA "x",a@example.com,,,,,,,,\n`, 'users.csv line 2: a field with a quote (") must be quoted as a whole'],
    ['an empty file', '', 'users.csv: the snapshot is empty'],
  ])('refuses %s with the line number', (_, csv, message) => {
    expect(() => readSnapshot(csv, 'users.csv')).toThrow(message);
  });

  it('counts lines inside quoted fields', () => {
    const csv = `${HEADER}\n"Asha\nRao",asha@example.com,,,,,,,,\nB,b@example.com,,,1x,,,,,\n`;
    expect(() => readSnapshot(csv, 'users.csv')).toThrow('users.csv line 4: Extension "1x" is not a number');
  });
});
