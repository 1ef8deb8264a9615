// What a command shows when it is done: one snackbar (APPS.md §4 host API enqueueSnackbar). A route's refusal is
// shown as the route wrote it ({ error, action }: what is wrong, what to do); a failure without such a body gets a
// plain sentence by HTTP status, never the raw body.
import type { CommandText } from 'ui/commands/messages';
import type { RouteFailure } from 'ui/commands/command-client';

export type SnackbarVariant = 'success' | 'error' | 'info' | 'warning';

export interface CommandOutcome {
  variant: SnackbarVariant;
  message: string;
  detailedMessage?: string;
}

/** The host functions a command uses; the front components pass the SDK's, tests pass recorders. */
export interface CommandHost {
  enqueueSnackbar(params: CommandOutcome): Promise<void>;
  openCommandConfirmationModal(params: {
    title: string;
    subtitle: string;
    confirmButtonText?: string;
    confirmButtonAccent?: 'default' | 'blue' | 'danger';
  }): Promise<'confirm' | 'cancel'>;
}

export function failureOutcome(t: CommandText, failure: RouteFailure): CommandOutcome {
  if (failure.error)
    return { variant: 'error', message: failure.error, ...(failure.action ? { detailedMessage: failure.action } : {}) };
  if (failure.status === 401)
    return { variant: 'error', message: t('failure.session'), detailedMessage: t('failure.session.action') };
  if (failure.status === 403)
    return { variant: 'error', message: t('failure.forbidden'), detailedMessage: t('failure.forbidden.action') };
  if (failure.status >= 400)
    return {
      variant: 'error',
      message: t('failure.server', { status: failure.status }),
      detailedMessage: t('failure.server.action'),
    };
  return { variant: 'error', message: t('failure.unreachable'), detailedMessage: t('failure.unreachable.action') };
}

/** Shows the outcome; a host without a snackbar (never in Twenty) must not turn a done command into a failure. */
export async function show(host: CommandHost, outcome: CommandOutcome): Promise<CommandOutcome> {
  try {
    await host.enqueueSnackbar(outcome);
  } catch {
    // nothing else can show it; the outcome is still returned to the caller
  }
  return outcome;
}
