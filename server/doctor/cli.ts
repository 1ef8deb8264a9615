// `twenty-metakocka doctor --url <base> --company-id <id> --secret-key <key>`: runs the connection checks and
// prints a diagnosis. The key can come from METAKOCKA_SECRET_KEY instead, so it does not show in the process list.
import { runConnectionChecks, diagnosisExitCode, type ConnectionDeps } from './checks';
import { DOCTOR_EXIT } from './exit-codes';
import { formatDiagnosis } from './report';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export const USAGE = `Usage: twenty-metakocka doctor --url <https://main.metakocka.si> --company-id <id> --secret-key <key> [--timeout-ms <ms>]

Checks the connection to Metakocka the way the app's settings page does and says what to fix.
The values can also come from METAKOCKA_API_URL, METAKOCKA_COMPANY_ID and METAKOCKA_SECRET_KEY.
Exit code 0 means everything works; other codes are listed in docs/troubleshooting.md.
`;

function parseFlags(args: string[]): Record<string, string> | string {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) return `Unexpected argument "${arg.startsWith('-') ? arg : '…'}".`;
    const value = match[2] ?? args[++i];
    if (value === undefined) return `--${match[1]} needs a value.`;
    flags[match[1]!] = value;
  }
  return flags;
}

export async function runDoctorCli(argv: string[], io: CliIo, deps: ConnectionDeps = {}): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === 'help' || (command === 'doctor' && rest.includes('--help'))) {
    io.stdout.write(USAGE);
    return DOCTOR_EXIT.OK;
  }
  if (command === undefined) {
    io.stderr.write(USAGE);
    return DOCTOR_EXIT.BAD_INPUT;
  }
  if (command !== 'doctor') {
    io.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return DOCTOR_EXIT.BAD_INPUT;
  }
  const flags = parseFlags(rest);
  if (typeof flags === 'string') {
    io.stderr.write(`${flags}\n\n${USAGE}`);
    return DOCTOR_EXIT.BAD_INPUT;
  }
  const known = new Set(['url', 'company-id', 'secret-key', 'timeout-ms']);
  const unknown = Object.keys(flags).find((flag) => !known.has(flag));
  if (unknown) {
    io.stderr.write(`Unknown option --${unknown}.\n\n${USAGE}`);
    return DOCTOR_EXIT.BAD_INPUT;
  }
  const timeoutMs = flags['timeout-ms'] === undefined ? undefined : Number(flags['timeout-ms']);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    io.stderr.write('--timeout-ms must be a whole number of milliseconds, e.g. 15000.\n');
    return DOCTOR_EXIT.BAD_INPUT;
  }
  const cfg = {
    baseUrl: flags.url ?? io.env.METAKOCKA_API_URL ?? '',
    companyId: flags['company-id'] ?? io.env.METAKOCKA_COMPANY_ID ?? '',
    secretKey: flags['secret-key'] ?? io.env.METAKOCKA_SECRET_KEY ?? '',
    timeoutMs,
  };
  const checks = await runConnectionChecks(cfg, deps);
  io.stdout.write(formatDiagnosis(checks, cfg));
  return diagnosisExitCode(checks);
}
