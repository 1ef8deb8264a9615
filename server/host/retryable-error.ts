// The error Twenty delivers again (APPS.md §3.4). Twenty recognises it by name: every built function bundles its own
// copy of twenty-sdk, whose class only sets `name = "RetryableLogicFunctionError"` (twenty-sdk logic-function
// index.mjs), so an instanceof check across bundles could never work. This class is that same contract without
// loading twenty-sdk, which jest cannot require (its uuid dependency is ESM-only).
export const RETRYABLE_ERROR_NAME = 'RetryableLogicFunctionError';

export class RetryableLogicFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = RETRYABLE_ERROR_NAME;
  }
}
