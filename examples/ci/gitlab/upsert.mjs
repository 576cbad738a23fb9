// ringform's GitLab REST calls for the recipe in .gitlab-ci.yml (Node 20: global fetch). Modes:
//   mr-note FILE MARKER          post or update the merge request's one note holding MARKER
//   mr-note-new FILE             post a new note on the merge request of this commit
//   reviewed-plan OUT            the newest `ringform-plan-file job=… sha256=…` line on the merge request of
//                                this commit: download that job's plan.json, check its sha256, write OUT
//   issue FILE MARKER            open or update the one open issue holding MARKER
//   close-issue MARKER           close that issue, if open, with a note "In sync again."
//   tag NAME SHA                 move tag NAME to SHA
// Needs GITLAB_TOKEN (api scope) and GitLab's predefined CI variables. Lists are read page by page (notes
// beyond the first 100 too). Fails loudly on any HTTP error.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const [mode, ...args] = process.argv.slice(2);
const api = `${process.env.CI_API_V4_URL}/projects/${process.env.CI_PROJECT_ID}`;
const headers = { 'PRIVATE-TOKEN': process.env.GITLAB_TOKEN ?? '', 'Content-Type': 'application/json' };

async function call(method, path, data, raw = false) {
  const response = await fetch(`${api}${path}`, { method, headers, body: data ? JSON.stringify(data) : undefined });
  if (!response.ok && !(method === 'DELETE' && response.status === 404)) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  if (raw) return Buffer.from(await response.arrayBuffer());
  return response.status === 204 || method === 'DELETE' ? null : response.json();
}

/** Every item of a paginated list, 100 a page, until a short page. */
async function all(path) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const batch = await call('GET', `${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
    items.push(...batch);
    if (batch.length < 100) return items;
  }
}

async function mergeRequestIid() {
  if (process.env.CI_MERGE_REQUEST_IID) return process.env.CI_MERGE_REQUEST_IID;
  const mrs = await call('GET', `/repository/commits/${process.env.CI_COMMIT_SHA}/merge_requests`);
  if (!mrs.length) throw new Error(`${process.env.CI_COMMIT_SHA} came from no merge request: no plan was reviewed, nothing is applied`);
  return mrs[0].iid;
}

const notesOf = async (iid) => (await all(`/merge_requests/${iid}/notes?sort=asc&order_by=created_at`));
const findIssue = async (marker) => (await all('/issues?state=opened&labels=ringform-drift')).find((i) => i.description?.includes(marker));

if (mode === 'mr-note') {
  const [file, marker] = args;
  const body = await readFile(file, 'utf8');
  const iid = await mergeRequestIid();
  const previous = (await notesOf(iid)).find((n) => n.body?.includes(marker));
  if (previous) await call('PUT', `/merge_requests/${iid}/notes/${previous.id}`, { body });
  else await call('POST', `/merge_requests/${iid}/notes`, { body });
} else if (mode === 'mr-note-new') {
  const body = await readFile(args[0], 'utf8');
  await call('POST', `/merge_requests/${await mergeRequestIid()}/notes`, { body });
} else if (mode === 'reviewed-plan') {
  const iid = await mergeRequestIid();
  const lines = (await notesOf(iid)).flatMap((n) => [...(n.body ?? '').matchAll(/ringform-plan-file job=(\d+) sha256=([0-9a-f]{64})/g)]);
  const newest = lines.at(-1);
  if (!newest) throw new Error(`merge request !${iid} has no reviewed plan file; nothing is applied`);
  const [, job, sum] = newest;
  const data = await call('GET', `/jobs/${job}/artifacts/plan.json`, undefined, true);
  const actual = createHash('sha256').update(data).digest('hex');
  if (actual !== sum) throw new Error(`plan.json of job ${job} has sha256 ${actual}, the reviewed one ${sum}; nothing is applied`);
  await writeFile(args[0], data);
  console.log(`The reviewed plan of !${iid}: job ${job}, sha256 ${sum}.`);
} else if (mode === 'issue') {
  const [file, marker] = args;
  const body = await readFile(file, 'utf8');
  const previous = await findIssue(marker);
  if (previous) await call('PUT', `/issues/${previous.iid}`, { description: body });
  else await call('POST', '/issues', { title: 'ringform: the live organisation drifted from org.yaml', description: body, labels: 'ringform-drift' });
} else if (mode === 'close-issue') {
  const previous = await findIssue(args[0]);
  if (previous) {
    await call('POST', `/issues/${previous.iid}/notes`, { body: 'In sync again.' });
    await call('PUT', `/issues/${previous.iid}`, { state_event: 'close' });
  }
} else if (mode === 'tag') {
  const [name, sha] = args;
  await call('DELETE', `/repository/tags/${encodeURIComponent(name)}`);
  await call('POST', '/repository/tags', { tag_name: name, ref: sha });
} else {
  throw new Error(`unknown mode ${mode}: mr-note, mr-note-new, reviewed-plan, issue, close-issue or tag`);
}
