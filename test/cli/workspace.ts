/**
 * A throwaway org folder for CLI tests: an org.yaml on the sandbox provider and, optionally, live state
 * written straight into the sandbox's state file (as if someone had changed the org in the panel).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LiveOrg } from '../../src/model/live.js';
import { memoryIO } from '../../src/shell/io.js';
import { tmpDir } from '../helpers/tmp.js';

export interface Workspace {
  dir: string;
  orgFile: string;
  stateFile: string;
  writeOrg(yaml: string): Promise<void>;
  writeLive(live: LiveOrg): Promise<void>;
  readLive(): Promise<LiveOrg & { nextId: number }>;
  io(confirm?: (q: string) => Promise<boolean>): ReturnType<typeof memoryIO>;
}

export const HEADER = `version: 1
provider:
  type: sandbox
  endpoint: state/sandbox.json
`;

export async function workspace(yaml: string): Promise<Workspace> {
  const dir = await tmpDir('ringform-cli-');
  const orgFile = path.join(dir, 'org.yaml');
  const stateFile = path.join(dir, 'state', 'sandbox.json');
  const ws: Workspace = {
    dir,
    orgFile,
    stateFile,
    writeOrg: (text) => writeFile(orgFile, HEADER + text),
    async writeLive(live) {
      await mkdir(path.dirname(stateFile), { recursive: true });
      await writeFile(stateFile, JSON.stringify({ format: 'ringform-sandbox', version: 1, nextId: 1000, ...live }, null, 2));
    },
    readLive: async () => JSON.parse(await readFile(stateFile, 'utf8')),
    io: (confirm) => memoryIO({ cwd: dir, confirm }),
  };
  await ws.writeOrg(yaml);
  return ws;
}
