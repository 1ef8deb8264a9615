// The one error the sync timeline raises: Twenty would not take its events (INFO, the sync goes on; D81).
import { catalogued, SyncError } from 'server/errors';

export class TimelineRefusedError extends SyncError {
  readonly code = 'TIMELINE_REFUSED';
  readonly retryable = false;
  constructor(detail: string) {
    super(
      catalogued('TIMELINE_REFUSED', { detail }),
      'Update the app or turn its timeline activity type back on, then resolve the issue.',
    );
  }
}
