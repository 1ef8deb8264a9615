// Turns a failed call into words a non-developer can act on, plus the doctor's exit code for its class.
import { SyncError } from '../errors';
import { MetakockaUnavailableError } from '../metakocka/errors';
import { DOCTOR_EXIT, type DoctorExitCode } from './exit-codes';

export interface Diagnosis {
  detail: string;
  fix: string;
  errorCode: string;
  exitCode: DoctorExitCode;
}

const hasPath = (baseUrl: string) => {
  try {
    return new URL(baseUrl).pathname.replace(/\/+$/, '') !== '';
  } catch {
    return false;
  }
};

export function diagnose(error: unknown, baseUrl: string): Diagnosis {
  if (!(error instanceof SyncError)) {
    return {
      detail: 'The check stopped with an unexpected internal error.',
      fix: 'Run the check again; if it repeats, report it with this output.',
      errorCode: 'INTERNAL',
      exitCode: DOCTOR_EXIT.UNKNOWN,
    };
  }
  const base = { detail: error.message, fix: error.action, errorCode: error.code };
  switch (error.code) {
    case 'MK_UNAVAILABLE': {
      const reason = (error as MetakockaUnavailableError).reason;
      if (reason === 'unreachable') {
        return {
          ...base,
          fix: `Check the address (${baseUrl}): is it spelled right, and can this computer reach it (network, firewall, VPN)?`,
          exitCode: DOCTOR_EXIT.UNREACHABLE,
        };
      }
      if (reason === 'timeout') {
        return {
          ...base,
          fix: 'Metakocka is slow or busy right now. Try again in a few minutes; if it lasts, check the network between this server and Metakocka.',
          exitCode: DOCTOR_EXIT.TIMEOUT,
        };
      }
      return { ...base, exitCode: DOCTOR_EXIT.SERVER_ERROR };
    }
    case 'MK_MISCONFIGURED':
      return {
        ...base,
        fix: hasPath(baseUrl)
          ? `Remove everything after the host name: use ${new URL(baseUrl).origin} instead of ${baseUrl}.`
          : "Use the Metakocka host name only, for example https://main.metakocka.si (or your company's own Metakocka host).",
        exitCode: DOCTOR_EXIT.MISCONFIGURED,
      };
    case 'MK_AUTH':
      return { ...base, exitCode: DOCTOR_EXIT.AUTH };
    case 'MK_IP_NOT_ALLOWED':
      return { ...base, exitCode: DOCTOR_EXIT.IP_NOT_ALLOWED };
    case 'MK_QUOTA':
      return { ...base, exitCode: DOCTOR_EXIT.QUOTA };
    case 'MK_VALIDATION':
    case 'MK_REFUSED':
    case 'MK_NOT_FOUND':
      return {
        ...base,
        fix: 'Metakocka refused a read-only request. Check that the API user may read this data in Metakocka, then run the check again.',
        exitCode: DOCTOR_EXIT.READ_REFUSED,
      };
    default:
      return { ...base, exitCode: DOCTOR_EXIT.UNKNOWN };
  }
}
