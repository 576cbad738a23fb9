/**
 * Smartflo needs a password to create a user and has no invite (docs/vendors/smartflo.md#passwords: no API
 * flag generates one [NF]). Decision: the password comes from the environment variable a user names in
 * `users[].vendor.smartflo.passwordEnv`; otherwise a strong random one is generated, used once and
 * forgotten. Either way it is registered with the Redactor before it is sent, and it never enters the
 * plan, a log or an error message. The user sets their own with "Forgot password" (the `invite` step).
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Redactor } from '../http/redact.js';
import { fromEnv } from './auth.js';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGIT = '23456789';
const SPECIAL = '!#%+=?@^*';

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;

/**
 * 24 random base64url characters (144 bits) plus an upper, a lower, a digit and a special character, so the
 * vendor's rule (upper, lower, digit, special [S: client code]) holds whatever the random part is. Before the
 * digit was added, about 1 password in 60 had none (a base64url run of 24 without a digit).
 */
export function generatePassword(): string {
  return `${randomBytes(18).toString('base64url')}${pick(UPPER)}${pick(LOWER)}${pick(DIGIT)}${pick(SPECIAL)}`;
}

export function passwordFor(vendor: Record<string, unknown>, env: NodeJS.ProcessEnv, redactor: Redactor): string {
  const name = vendor.passwordEnv;
  const password = typeof name === 'string' && name !== '' ? fromEnv(env, name, 'users[].vendor.smartflo.passwordEnv') : generatePassword();
  redactor.add(password);
  return password;
}
