/** PINs named in org.yaml (issue 19): resolved at write time, registered as secrets, never echoed in an error. */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import { Redactor, REDACTED } from '../../src/providers/http/redact.js';
import { SecretResolver } from '../../src/providers/secret-refs.js';
import { sandboxConfig } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';

function resolver(env: NodeJS.ProcessEnv, file: string | null = null, baseDir = '/nowhere') {
  const redactor = new Redactor();
  const config = { ...sandboxConfig(baseDir), credentials: { ...sandboxConfig(baseDir).credentials, file } };
  return { secrets: new SecretResolver(config, env, redactor), redactor };
}

const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(RingformError);
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};

describe('SecretResolver', () => {
  it('reads a PIN from the environment and registers it: every later redaction masks it', () => {
    const { secrets, redactor } = resolver({ VM_PIN: '918273' });
    expect(secrets.pin({ env: 'VM_PIN' }, 'user["a@x.com"]')).toBe('918273');
    expect(redactor.text('body {"voicemail-login-pin":"918273"}')).toBe(`body {"voicemail-login-pin":"${REDACTED}"}`);
  });

  it('names the missing variable and the place, with the fix', () => {
    expect(failure(() => resolver({}).secrets.pin({ env: 'VM_PIN' }, 'user["a@x.com"].voicemail.pin'))).toBe(
      'user["a@x.com"].voicemail.pin: environment variable VM_PIN is not set. Fix: export VM_PIN before running ringform apply.',
    );
  });

  it('refuses a PIN that is not 4 to 10 digits without showing it', () => {
    const message = failure(() => resolver({ VM_PIN: 'hunter2x' }).secrets.pin({ env: 'VM_PIN' }, 'user["a@x.com"]'));
    expect(message).toContain('environment variable VM_PIN is not 4 to 10 digits');
    expect(message).not.toContain('hunter2x');
  });

  it('reads a key of the credentials file; a missing key is named, the file content never shown', async () => {
    const dir = await tmpDir();
    await writeFile(path.join(dir, 'creds.json'), JSON.stringify({ token: 'tok-123456', aPin: '5566' }));
    await chmod(path.join(dir, 'creds.json'), 0o600);
    const { secrets } = resolver({}, 'creds.json', dir);
    expect(secrets.pin({ credential: 'aPin' }, 'user["a@x.com"]')).toBe('5566');
    const message = failure(() => secrets.pin({ credential: 'bPin' }, 'user["b@x.com"]'));
    expect(message).toContain('has no "bPin"');
    expect(message).not.toContain('tok-123456');
  });

  it('cannot write back a PIN it only knows is set', () => {
    expect(failure(() => resolver({}).secrets.pin({ set: true }, 'user["a@x.com"]'))).toContain('cannot be written back');
  });
});
