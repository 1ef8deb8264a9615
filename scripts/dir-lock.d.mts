export interface DirLockOptions {
  staleAfterMs?: number;
  maxWaitMs?: number;
  pollMs?: number;
}
export function withDirLock<T>(lockDir: string, run: () => Promise<T> | T, options?: DirLockOptions): Promise<T>;
