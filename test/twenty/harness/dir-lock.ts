// The one directory lock of scripts/dir-lock.mjs, typed for the harness.
export { withDirLock } from '../../../scripts/dir-lock.mjs';
export type { DirLockOptions } from '../../../scripts/dir-lock.mjs';
