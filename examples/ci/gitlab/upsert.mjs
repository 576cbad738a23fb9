// Posts or updates ringform's one merge-request note (mr-note) or open issue (issue), found by a hidden
// marker line, through the GitLab REST API. Usage: node ci/upsert.mjs mr-note|issue FILE MARKER
// Needs GITLAB_TOKEN (api scope) and GitLab's predefined CI variables. Node 20: global fetch.
import { readFile } from 'node:fs/promises';

const [mode, file, marker] = process.argv.slice(2);
const body = await readFile(file, 'utf8');
const api = `${process.env.CI_API_V4_URL}/projects/${process.env.CI_PROJECT_ID}`;
const headers = { 'PRIVATE-TOKEN': process.env.GITLAB_TOKEN ?? '', 'Content-Type': 'application/json' };

async function call(method, path, data) {
  const response = await fetch(`${api}${path}`, { method, headers, body: data ? JSON.stringify(data) : undefined });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

if (mode === 'mr-note') {
  const notes = `/merge_requests/${process.env.CI_MERGE_REQUEST_IID}/notes`;
  const previous = (await call('GET', `${notes}?per_page=100`)).find((n) => n.body?.includes(marker));
  if (previous) await call('PUT', `${notes}/${previous.id}`, { body });
  else await call('POST', notes, { body });
} else if (mode === 'issue') {
  const open = await call('GET', '/issues?state=opened&labels=ringform-drift&per_page=100');
  const previous = open.find((i) => i.description?.includes(marker));
  if (previous) await call('PUT', `/issues/${previous.iid}`, { description: body });
  else await call('POST', '/issues', { title: 'ringform: the live organisation drifted from org.yaml', description: body, labels: 'ringform-drift' });
} else {
  throw new Error(`unknown mode ${mode}: mr-note or issue`);
}
