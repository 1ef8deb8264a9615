// Only the host adapter knows Twenty's retry rule (STYLE.md §2.8): a retryable SyncError becomes the error Twenty
// redelivers; a permanent one and any other error pass through unchanged, so Twenty fails the run for good.
import { SyncError } from 'server/errors';
import { toHostError } from 'server/host/host-handler';

class Unavailable extends SyncError {
  readonly code = 'MK_UNAVAILABLE';
  readonly retryable = true;
}
class Refused extends SyncError {
  readonly code = 'MK_REFUSED';
  readonly retryable = false;
}

describe('toHostError', () => {
  it('turns a retryable SyncError into RetryableLogicFunctionError, keeping code, message and action', () => {
    const mapped = toHostError(
      new Unavailable('Metakocka timed out after 30 s.', 'Nothing to do: the step is retried.'),
    ) as Error;

    expect(mapped.name).toBe('RetryableLogicFunctionError');
    expect(mapped.message).toBe('MK_UNAVAILABLE: Metakocka timed out after 30 s. Nothing to do: the step is retried.');
  });

  it('leaves a permanent SyncError and a plain error as they are', () => {
    const refused = new Refused('Metakocka refused the partner.', 'Fix the partner.');
    const plain = new TypeError('x is undefined');

    expect(toHostError(refused)).toBe(refused);
    expect(toHostError(plain)).toBe(plain);
  });
});
