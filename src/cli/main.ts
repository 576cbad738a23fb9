/**
 * The ringform CLI: declarations only (docs/design.md#thin-cli-and-error-triage). Each command lazily imports a plain async
 * function that returns an exit code; errors are triaged once, here.
 */
import { InvalidArgumentError, Option } from 'commander';
import { RingformCommand } from './command.js';
import { EMULATE_HELP } from './emulate-help.js';
import { boundedHeap, compactHeap } from './heap.js';
import { processIO } from './process-io.js';
import { triage } from './triage.js';
import { RingformError } from '../errors.js';
import { RINGFORM_VERSION } from '../version.js';
import { PROVIDER_TYPES, type ProviderType } from '../model/org.js';
import { EMULATED_VENDORS } from '../model/vendors.js';
import { parseRequestTimeout } from './timeout-option.js';
import { parseRate } from './rate-option.js';
import { parseDuration } from './duration.js';

boundedHeap();

const io = processIO();

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}

async function run(command: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await command();
  } catch (error) {
    process.exitCode = await triage(error, io);
  }
}

const format = (choices: string[]) => new Option('--format <format>', 'output format').choices(choices).default('text');

const program = new RingformCommand('ringform')
  .description('Manage cloud-telephony organisations as code: validate, plan and apply org.yaml.')
  .version(RINGFORM_VERSION)
  .showHelpAfterError()
  .option('--no-color', 'never colour output (NO_COLOR is honoured too)')
  .option('--insecure-http', 'allow plain http to a vendor endpoint off loopback (credentials travel unencrypted)')
  .option('--timeout <duration>', 'how long one vendor request may take before it fails, e.g. 10s, 2m, 500ms (default 30s)', parseRequestTimeout)
  .option('--rate <n>', "vendor requests per second, e.g. 5 or 0.5 (default: provider.limits.rate, else the vendor's default pace)", parseRate)
  .hook('preAction', () => {
    io.insecureHttp = Boolean(program.opts().insecureHttp);
    io.noColor = !program.opts().color;
    io.requestTimeoutMs = program.opts().timeout as number | undefined;
    io.requestRate = program.opts().rate as number | undefined;
  });

program
  .command('validate')
  .description('check org.yaml files against the schema and the semantic rules (no network)')
  .argument('<files...>', 'org.yaml files')
  .addOption(format(['text', 'json']))
  .action((files: string[], o: { format: 'text' | 'json' }) =>
    run(async () => {
      const { validate } = await import('./commands/validate.js');
      return validate({ files, format: o.format, noColor: !program.opts().color }, io);
    }),
  );

program
  .command('plan')
  .description('show the changes that would make the live organisation match org.yaml (reads only)')
  .argument('<file>', 'org.yaml, or a folder of org files (a fleet: one summary table)')
  .option('--out <planfile>', 'save the plan, to apply exactly it later')
  .addOption(format(['text', 'json', 'markdown']))
  .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when none')
  .option('--target <address>', 'plan only this address and what it depends on (repeatable)', collect, [])
  .option('--resend-invites', 're-send pending invites')
  .option('--force', 'let a plan over the delete limits pass (never overrides protected users)')
  .option('--shard <i/n>', 'with a folder: plan only shard i of n (0-based; stable per file path)')
  .option('--concurrency <n>', 'with a folder: how many org files to plan at once', positiveInt, 8)
  .option('--verbose', 'log each vendor request on stderr')
  .action((file: string, o: Record<string, unknown>) =>
    run(async () => {
      compactHeap();
      const { plan } = await import('./commands/plan.js');
      return plan(
        {
          file,
          out: o.out as string | undefined,
          format: o.format as 'text' | 'json' | 'markdown',
          detailedExitcode: Boolean(o.detailedExitcode),
          targets: o.target as string[],
          resendInvites: Boolean(o.resendInvites),
          force: Boolean(o.force),
          noColor: !program.opts().color,
          verbose: Boolean(o.verbose),
          shard: o.shard as string | undefined,
          concurrency: o.concurrency as number,
        },
        io,
      );
    }),
  );

program
  .command('apply')
  .description('make the live organisation match org.yaml, or apply a saved plan exactly')
  .argument('<file>', 'org.yaml, a plan saved with plan --out, or a folder of org files (a fleet: needs --auto-approve)')
  .option('--auto-approve', 'do not ask for confirmation (required when stdin is not a terminal); a saved plan never asks')
  .option('--force', 'allow deletes over the guard limits (never overrides protected users)')
  .option('--parallelism <n>', 'how many vendor calls at once', positiveInt, 4)
  .option('--target <address>', 'apply only this address and what it depends on (repeatable)', collect, [])
  .option('--resend-invites', 're-send pending invites')
  .option('--json', 'events as JSON lines on stdout (plan, each action, manifest); needs --auto-approve or a saved plan')
  .option('--verbose', 'log each vendor request on stderr')
  .option('--lock-timeout <duration>', 'wait this long (e.g. 90s, 5m) for another apply of the same organisation instead of exiting 6', parseDuration, 0)
  .option('--shard <i/n>', 'with a folder: apply only shard i of n (0-based; stable per file path)')
  .option('--concurrency <n>', 'with a folder: how many organisations to apply at once', positiveInt, 4)
  .addOption(format(['text', 'json', 'markdown']).default(undefined))
  .action((file: string, o: Record<string, unknown>) =>
    run(async () => {
      const { apply } = await import('./commands/apply.js');
      const controller = new AbortController();
      // SIGINT (Ctrl-C) and SIGTERM (a CI job cancelled, a pod stopped) both let in-flight calls finish.
      const onSigint = (signal: NodeJS.Signals) => {
        const again = signal === 'SIGINT' ? ' Press Ctrl-C again to stop at once.' : '';
        io.stderr.write(`\nInterrupted (${signal}): letting in-flight calls finish; nothing new starts.${again}\n`);
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigint);
      try {
        return await apply(
          {
            file,
            autoApprove: Boolean(o.autoApprove),
            force: Boolean(o.force),
            parallelism: o.parallelism as number,
            targets: o.target as string[],
            resendInvites: Boolean(o.resendInvites),
            noColor: !program.opts().color,
            signal: controller.signal,
            json: Boolean(o.json),
            verbose: Boolean(o.verbose),
            lockTimeoutMs: o.lockTimeout as number,
            shard: o.shard as string | undefined,
            concurrency: o.concurrency as number,
            format: o.format as 'text' | 'json' | 'markdown' | undefined,
          },
          io,
        );
      } finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
      }
    }),
  );

program
  .command('graph')
  .description('print the call flow (departments, members in ring order, failover, hours) as Mermaid or DOT (no network)')
  .argument('<file>', 'org.yaml')
  .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot']).default('mermaid'))
  .action((file: string, o: { format: 'mermaid' | 'dot' }) =>
    run(async () => {
      const { graph } = await import('./commands/graph.js');
      return graph({ file, format: o.format }, io);
    }),
  );

program
  .command('report')
  .description('write DIR/index.html: the call flow and a week-by-hour coverage heatmap per department (no network)')
  .argument('<file>', 'org.yaml')
  .requiredOption('--out <dir>', 'folder to write index.html into')
  .option('--today <date>', 'reference date YYYY-MM-DD for the week and the next 12 months (default: today)')
  .action((file: string, o: { out: string; today?: string }) =>
    run(async () => {
      const { report } = await import('./commands/report.js');
      return report({ file, out: o.out, today: o.today }, io);
    }),
  );

program
  .command('show')
  .description('render a saved plan')
  .argument('<planfile>', 'a plan saved with plan --out')
  .addOption(format(['text', 'json', 'markdown']))
  .action((file: string, o: { format: 'text' | 'json' | 'markdown' }) =>
    run(async () => {
      const { show } = await import('./commands/show.js');
      return show({ file, format: o.format, noColor: !program.opts().color }, io);
    }),
  );

program
  .command('probe')
  .description("check, with GET requests only, what ringform assumes about the vendor without a source (0 all hold, 2 some differ, 1 error)")
  .argument('<file>', "org.yaml: its provider section names the vendor, endpoint and credentials")
  .addOption(format(['text', 'json', 'markdown']))
  .option('--verbose', 'log each vendor request on stderr')
  .action((file: string, o: Record<string, unknown>) =>
    run(async () => {
      const { probe } = await import('./commands/probe.js');
      return probe({ file, format: o.format as 'text' | 'json' | 'markdown', verbose: Boolean(o.verbose) }, io);
    }),
  );

program
  .command('drift')
  .description('compare the live organisation with org.yaml, for cron (reads only; 0 in sync, 2 drift, 1 error)')
  .argument('<file>', 'org.yaml, or a folder of org files (a fleet: one summary table)')
  .addOption(format(['text', 'json', 'markdown']))
  .option('--since-plan <planfile>', 'the saved plan last applied: tells changes made outside ringform from ones not yet applied')
  .option('--since-ref <gitref>', 'the git ref whose org.yaml was last applied (same purpose)')
  .option('--verbose', 'log each vendor request on stderr')
  .option('--shard <i/n>', 'with a folder: check only shard i of n (0-based; stable per file path)')
  .option('--concurrency <n>', 'with a folder: how many organisations to check at once', positiveInt, 8)
  .action((file: string, o: Record<string, unknown>) =>
    run(async () => {
      compactHeap();
      const { drift } = await import('./commands/drift.js');
      return drift(
        {
          file,
          format: o.format as 'text' | 'json' | 'markdown',
          sincePlan: o.sincePlan as string | undefined,
          sinceRef: o.sinceRef as string | undefined,
          verbose: Boolean(o.verbose),
          shard: o.shard as string | undefined,
          concurrency: o.concurrency as number,
        },
        io,
      );
    }),
  );

program
  .command('force-unlock')
  .description('remove an apply lock left behind, after showing who held it (the ID is in the lock error)')
  .argument('<id>', 'the lock ID (16 hex digits)')
  .option('--force', 'remove it even though the holder is still running on this machine')
  .action((id: string, o: { force?: boolean }) =>
    run(async () => {
      const { forceUnlock } = await import('./commands/force-unlock.js');
      return forceUnlock({ id, force: Boolean(o.force) }, io);
    }),
  );

program
  .command('import')
  .description('write org.yaml from the live organisation (reads only), or merge people from a CSV into org.yaml')
  .addOption(new Option('--provider <type>', 'the vendor to read from').choices(PROVIDER_TYPES))
  .option('--endpoint <url>', 'API base URL (sandbox: the state file)')
  .option('--domain <domain>', 'the account, tenant or domain inside the vendor')
  .option('--token-env <name>', 'environment variable holding the API token')
  .option('--username-env <name>', 'environment variable holding the login name')
  .option('--password-env <name>', 'environment variable holding the password')
  .option('--client-id-env <name>', 'environment variable holding the OAuth2 client id')
  .option('--client-secret-env <name>', 'environment variable holding the OAuth2 client secret')
  .option('--credentials-file <path>', 'JSON file holding credentials')
  .option('--include <glob>', 'import only users whose email matches (repeatable)', collect, [])
  .option('--exclude <glob>', 'leave out users whose email matches (repeatable)', collect, [])
  .option('--role-map <name=id,...>', 'myoperator, smartflo: role names for the vendor role ids (provider.vendor.<type>.roleIds; repeatable)', collect, [])
  .option('--caller-id <number>', 'smartflo: an account number new users get as caller id (provider.vendor.smartflo.caller_id; repeatable)', collect, [])
  .option('--out <file>', 'write org.yaml here (default: stdout)')
  .option('--force', 'overwrite --out if it exists (without it: show the diff, write nothing)')
  .option('--verbose', 'log each vendor request on stderr')
  .option('--from-csv <file>', 'merge the people of this CSV into org.yaml instead (no vendor is read)')
  .option('--into <org.yaml>', 'with --from-csv: the org.yaml to merge into', 'org.yaml')
  .option('--columns <spec>', 'with --from-csv: field=Header pairs (email=Work Email,name=Full Name) or a preset (netsapiens)')
  .option('--separator <c>', 'with --from-csv: comma, semicolon or tab (default: found from the header line)')
  .option('--encoding <name>', 'with --from-csv: utf-8 (default), windows-1252 (Excel\'s "CSV (Comma delimited)") or utf-16 (Excel\'s "Unicode Text")')
  .option('--prune', 'with --from-csv: remove users org.yaml declares that the CSV does not list')
  .option('--dry-run', 'with --from-csv: print the diff of org.yaml, write nothing')
  .action((o: Record<string, unknown>) =>
    run(async () => {
      const csvOnly = ['columns', 'separator', 'encoding', 'prune', 'dryRun'].filter((k) => o[k] !== undefined);
      if (o.fromCsv !== undefined && o.provider !== undefined) throw new RingformError('import reads either a vendor (--provider) or a spreadsheet (--from-csv), not both');
      if (o.fromCsv === undefined && csvOnly.length > 0) throw new RingformError(`--${csvOnly[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --from-csv`);
      if (o.fromCsv !== undefined) {
        const { importCsv } = await import('./commands/import-csv.js');
        const s = (key: string) => o[key] as string | undefined;
        return importCsv({ csv: s('fromCsv')!, into: s('into')!, columns: s('columns'), separator: s('separator'), encoding: s('encoding'), prune: Boolean(o.prune), dryRun: Boolean(o.dryRun) }, io);
      }
      if (o.provider === undefined) throw new RingformError('import needs --provider <type> (read a live organisation) or --from-csv <file> (merge a spreadsheet)');
      const { importCommand } = await import('./commands/import.js');
      const { vendorSettingsFromFlags } = await import('../import/vendor-flags.js');
      const vendor = vendorSettingsFromFlags(o.provider as ProviderType, { roleMap: o.roleMap as string[], callerIds: o.callerId as string[] });
      const name = (key: string) => (o[key] as string | undefined) ?? null;
      return importCommand(
        {
          source: {
            type: o.provider as ProviderType,
            endpoint: name('endpoint'),
            domain: name('domain'),
            credentials: {
              tokenEnv: name('tokenEnv'),
              usernameEnv: name('usernameEnv'),
              passwordEnv: name('passwordEnv'),
              clientIdEnv: name('clientIdEnv'),
              clientSecretEnv: name('clientSecretEnv'),
              file: name('credentialsFile'),
            },
            ...(vendor ? { vendor } : {}),
          },
          include: o.include as string[],
          exclude: o.exclude as string[],
          out: o.out as string | undefined,
          force: Boolean(o.force),
          verbose: Boolean(o.verbose),
        },
        io,
      );
    }),
  );

program
  .command('export')
  .description('write the users org.yaml declares as CSV, for a spreadsheet (reads org.yaml only)')
  .argument('[file]', 'the org.yaml to export', 'org.yaml')
  .requiredOption('--csv', 'CSV output (the only format so far)')
  .option('--out <file>', 'write the CSV here (default: stdout)')
  .action((file: string, o: { out?: string }) =>
    run(async () => {
      const { exportCsv } = await import('./commands/export.js');
      return exportCsv({ file, out: o.out }, io);
    }),
  );

program
  .command('emulate')
  .description('run a vendor API emulator on 127.0.0.1 (for trying ringform without an account)')
  .argument('<vendor>', `the vendor to emulate (${EMULATED_VENDORS.join(', ')})`)
  .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
  .option('--seed <file>', 'JSON file with the initial vendor state (format below)')
  .option('--faults <spec>', 'inject faults, e.g. rate=0.2,kinds=429+503+reset,seed=7 (grammar below)')
  .option('--token <token>', 'accept this API token instead of a generated one (scripts, demos)')
  .option('--corrupt <spec>', 'serve corrupted vendor data, e.g. kinds=null-email+repeat-page,rate=0.3,seed=7,page-size=2')
  .option('--evidence-only', 'serve only what public sources document (Smartflo: no GET /v1/roles; MyOperator: no extension or country_code in the list; NetSapiens: only fields the spec declares)')
  .option('--rate-limit <n>', 'accept at most N requests per second (token bucket); over it, 429 with Retry-After')
  .addHelpText('after', EMULATE_HELP)
  .action((vendor: string, o: { port: string; seed?: string; faults?: string; token?: string; corrupt?: string; evidenceOnly?: boolean; rateLimit?: string }) =>
    run(async () => {
      const { emulate } = await import('./commands/emulate.js');
      const until = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      return emulate({ vendor, port: o.port, seedFile: o.seed, faults: o.faults, token: o.token, corrupt: o.corrupt, evidenceOnly: o.evidenceOnly === true, rateLimit: o.rateLimit, until }, io);
    }),
  );

program.exitOverride((err) => {
  // commander's own usage errors (unknown option, missing argument): exit 1 like every other user error.
  process.exit(err.exitCode === 0 ? 0 : 1);
});

await program.parseAsync(process.argv);
