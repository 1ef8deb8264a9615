// The base of every error the sync raises (STYLE.md §2.8): a stable code, whether retrying unchanged can succeed,
// and an action a person can take. Messages carry ids and codes, never a secret key, token or request body.
export abstract class SyncError extends Error {
  /** Stable key for issues, alerts and docs/troubleshooting.md. */
  abstract readonly code: string;
  /** True only if trying again unchanged can succeed. */
  abstract readonly retryable: boolean;

  constructor(
    message: string,
    readonly action: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  /** What logs and API answers may show: the same fields a person reads, nothing from the request. */
  toJSON(): { name: string; code: string; retryable: boolean; message: string; action: string } {
    return { name: this.name, code: this.code, retryable: this.retryable, message: this.message, action: this.action };
  }
}

export const isSyncError = (error: unknown): error is SyncError => error instanceof SyncError;
