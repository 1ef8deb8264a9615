// The onboarding checklist (issue 20 item 1): connect → choose what to sync → first sync → review its issues →
// personal keys (only when the policy requires them). Every step's state is read from what the install holds (the
// credentials' last check, the stored settings, the sync runs, the open issues, the caller's key), never from a
// "step done" flag, so an install that was set up before the checklist existed shows it finished, and the admin picks
// up at the first step that is not done.
import type { HealthState } from 'server/credentials/health';
import type { CredentialPolicy } from 'server/credentials/policy';

export const ONBOARDING_STEPS = ['connect', 'choose', 'firstSync', 'reviewIssues', 'personalKeys'] as const;
export type OnboardingStepId = (typeof ONBOARDING_STEPS)[number];

/** running: the first sync is going now; attention: something failed and the step says what to do. */
export type OnboardingStepState = 'done' | 'todo' | 'running' | 'attention' | 'notNeeded';

export interface OnboardingStep {
  id: OnboardingStepId;
  state: OnboardingStepState;
  /** The server's finding and fix for a step that needs attention (a refused key, a failed run). */
  detail: string | null;
  fix: string | null;
  /** When the step's evidence happened: the first sync's finish, or the running one's start. */
  at: string | null;
  /** Open issues, for the review step. */
  count: number | null;
}

export interface OnboardingChecklist {
  steps: OnboardingStep[];
  /** The first step not done: where the admin left off; null once all are done. */
  current: OnboardingStepId | null;
  complete: boolean;
}

export interface OnboardingFacts {
  health: { state: HealthState; detail: string | null; fix: string | null; runningSince: string | null };
  /** The sync settings were saved at least once (the console's Configuration), by the audit trail. */
  settingsSaved: boolean;
  /** The first real (not dry) run that finished with its records synced, with or without issues. */
  firstSyncedAt: string | null;
  openIssues: number;
  policy: CredentialPolicy;
  /** The calling admin's own key: none, stored but refused by Metakocka, or usable. */
  myKey: 'none' | 'refused' | 'usable';
}

const step = (
  id: OnboardingStepId,
  state: OnboardingStepState,
  extra: Partial<OnboardingStep> = {},
): OnboardingStep => ({
  id,
  state,
  detail: null,
  fix: null,
  at: null,
  count: null,
  ...extra,
});

function connectStep({ health }: OnboardingFacts): OnboardingStep {
  if (health.state === 'NOT_CONFIGURED') return step('connect', 'todo');
  if (health.state === 'CREDENTIALS_REFUSED')
    return step('connect', 'attention', { detail: health.detail, fix: health.fix });
  return step('connect', 'done');
}

function firstSyncStep({ health, firstSyncedAt }: OnboardingFacts): OnboardingStep {
  if (firstSyncedAt) return step('firstSync', 'done', { at: firstSyncedAt });
  if (health.runningSince) return step('firstSync', 'running', { at: health.runningSince });
  if (health.state === 'SYNC_FAILED') return step('firstSync', 'attention', { detail: health.detail });
  return step('firstSync', 'todo');
}

function personalKeysStep({ policy, myKey }: OnboardingFacts): OnboardingStep {
  if (policy !== 'REQUIRED') return step('personalKeys', 'notNeeded');
  if (myKey === 'usable') return step('personalKeys', 'done');
  return step('personalKeys', myKey === 'refused' ? 'attention' : 'todo');
}

export function onboardingChecklist(facts: OnboardingFacts): OnboardingChecklist {
  const synced = facts.firstSyncedAt !== null;
  const steps = [
    connectStep(facts),
    // Settings never saved still count as chosen once a sync ran on the defaults: that install chose them.
    step('choose', facts.settingsSaved || synced ? 'done' : 'todo'),
    firstSyncStep(facts),
    step('reviewIssues', synced && facts.openIssues === 0 ? 'done' : 'todo', { count: facts.openIssues }),
    personalKeysStep(facts),
  ];
  const current = steps.find((s) => s.state !== 'done' && s.state !== 'notNeeded')?.id ?? null;
  return { steps, current, complete: current === null };
}
