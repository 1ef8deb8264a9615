// Exit codes of `twenty-metakocka doctor`, one per error class (documented in docs/troubleshooting.md).
export const DOCTOR_EXIT = {
  OK: 0,
  BAD_INPUT: 2,
  UNREACHABLE: 10,
  TIMEOUT: 11,
  SERVER_ERROR: 12,
  MISCONFIGURED: 20,
  AUTH: 30,
  IP_NOT_ALLOWED: 31,
  QUOTA: 40,
  READ_REFUSED: 50,
  SERIAL_SEARCH: 60,
  UNKNOWN: 70,
} as const;
export type DoctorExitCode = (typeof DOCTOR_EXIT)[keyof typeof DOCTOR_EXIT];
