// Turns a failed call into words a non-developer can act on, plus the doctor's exit code for its class.
import { SyncError } from '../errors';
import { MetakockaUnavailableError } from '../metakocka/errors';
import type { CheckText } from './check-texts';
import { DOCTOR_EXIT, type DoctorExitCode } from './exit-codes';

export interface Diagnosis {
  detail: CheckText;
  fix: CheckText;
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
      detail: { id: 'internal.detail' },
      fix: { id: 'internal.fix' },
      errorCode: 'INTERNAL',
      exitCode: DOCTOR_EXIT.UNKNOWN,
    };
  }
  // The error's own words, kept as its code and parameters so each reader gets them in their language.
  const worded = (part: 'message' | 'action', english: string): CheckText => ({
    code: error.code,
    part,
    params: error.params,
    english,
  });
  const base = { detail: worded('message', error.message), fix: worded('action', error.action), errorCode: error.code };
  switch (error.code) {
    case 'MK_UNAVAILABLE': {
      const reason = (error as MetakockaUnavailableError).reason;
      if (reason === 'unreachable') {
        return {
          ...base,
          fix: { id: 'fix.unreachable', params: { baseUrl } },
          exitCode: DOCTOR_EXIT.UNREACHABLE,
        };
      }
      if (reason === 'timeout') {
        return {
          ...base,
          fix: { id: 'fix.timeout' },
          exitCode: DOCTOR_EXIT.TIMEOUT,
        };
      }
      return { ...base, exitCode: DOCTOR_EXIT.SERVER_ERROR };
    }
    case 'MK_MISCONFIGURED':
      return {
        ...base,
        fix: hasPath(baseUrl)
          ? { id: 'fix.removePath', params: { origin: new URL(baseUrl).origin, baseUrl } }
          : { id: 'fix.hostOnly' },
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
        fix: { id: 'fix.readRefused' },
        exitCode: DOCTOR_EXIT.READ_REFUSED,
      };
    default:
      return { ...base, exitCode: DOCTOR_EXIT.UNKNOWN };
  }
}
