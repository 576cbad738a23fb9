/**
 * The text after `ringform emulate --help`: the whole `--faults` grammar and the `--seed` format of each
 * vendor (the README's "Emulator faults and seeds" says the same; test/cli/emulate-input.test.ts keeps both
 * complete).
 */
export const EMULATE_HELP = `
Faults (--faults SPEC): comma-separated key=value items; with none, no faults.
  rate=R           share of requests (0..1) that get a fault, picked at random from kinds (default 0)
  kinds=K+K...     the faults rate picks from (default: all of them)
  schedule=S+S...  instead of rate: a fixed sequence, one step per request, repeating; a step is a
                   kind or ok (commas work too: schedule=429,ok,ok,503)
  methods=M+M...   only requests with these HTTP methods get faults, e.g. methods=POST+PUT (default all)
  retry-after=N    seconds in the Retry-After header of a 429 or 503 (0..86400, default 1)
  latency-ms=N     how long a latency fault delays the answer (0..600000, default 200)
  seed=N           seed of the random choices: the same seed and requests give the same faults (default 1)
Kinds:
  429              Too Many Requests, with Retry-After
  500              Internal Server Error
  503              Service Unavailable, with Retry-After
  latency          the request is served, latency-ms late
  reset            the connection is dropped without an answer
  lost-create      a create (POST) is performed, then the connection is dropped: the answer is lost
Examples:
  --faults rate=0.2,kinds=429+503+reset,seed=7
  --faults schedule=ok+ok+503,methods=POST

Seed (--seed FILE): a JSON file with the state to start from (examples/emulate/VENDOR-seed.json):
  netsapiens  {"domains": {"example.com": {"users": [...], "devices": {"USER": [...]}, "callqueues": [...],
               "agents": {"QUEUE": [...]}, "timeframes": [...], "answerrules": {"USER": [...]}}}}
               objects as the v2 API takes them in a create (users need "user", the extension)
  myoperator  {"users": [{"name": "...", "contact_number": "...", "email": "...", ...}]}
  smartflo    {"fixtures": {"roles": [{"id", "name"}], "agentGroups": ["..."], "timeGroups": [{"id", "name"}],
               "myNumbers": [{"id", "did", "name"}]}}: what no public API creates; each list replaces the default
`;
