// server/host/host-handler.ts: the only file that knows how Twenty retries. A thrown RetryableLogicFunctionError is
// delivered again up to the job's retry limit; any other throw fails the run for good (APPS.md §3.4, STYLE.md §2.8).
import type { LogicFunctionExecutionContext } from 'twenty-sdk/logic-function';

import { SyncError } from 'server/errors';
import { RetryableLogicFunctionError } from 'server/host/retryable-error';
import { createAppRuntime, type AppRuntime, type RunContext } from 'server/host/runtime';
import { sdkPorts } from 'server/host/sdk-ports';

export const runContextOf = (context: LogicFunctionExecutionContext | undefined): Partial<RunContext> => ({
  workspaceId: context?.workspaceId ?? null,
  userWorkspaceId: context?.userWorkspaceId ?? null,
  workspaceMemberId: context?.workspaceMemberId ?? null,
  retryCount: context?.retryCount ?? 0,
  maxRetries: context?.maxRetries ?? 0,
});

export const runtimeFor = (context: LogicFunctionExecutionContext | undefined): AppRuntime =>
  createAppRuntime({ ports: sdkPorts, context: runContextOf(context) });

/** Maps a retryable SyncError onto Twenty's retry signal; keeps code and action in the message for the job log. */
export const toHostError = (error: unknown): unknown =>
  error instanceof SyncError && error.retryable
    ? new RetryableLogicFunctionError(`${error.code}: ${error.message} ${error.action}`)
    : error;

export const hostHandler =
  <T>(run: (payload: unknown, runtime: AppRuntime) => Promise<T>) =>
  async (payload: unknown, context?: LogicFunctionExecutionContext): Promise<T> => {
    const runtime = runtimeFor(context);
    try {
      return await run(payload, runtime);
    } catch (error) {
      runtime.log.error('Logic function failed', { error, retryCount: runtime.context.retryCount });
      throw toHostError(error);
    }
  };
