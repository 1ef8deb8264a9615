// The doctor's public surface: the settings page's "Test connection" route uses runConnectionChecks too.
export { runConnectionChecks, diagnosisExitCode, CHECK_TITLES } from './checks';
export type { CheckId, ConnectionCheck, ConnectionConfig, ConnectionDeps } from './checks';
export { DOCTOR_EXIT } from './exit-codes';
export { formatDiagnosis } from './report';
