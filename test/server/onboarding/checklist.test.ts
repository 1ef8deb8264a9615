// The onboarding checklist's states from an install's data (issue 20 item 1): each step turns done from what the
// install holds, the admin picks up at the first step not done, and personal keys count only when required.
import { onboardingChecklist, type OnboardingFacts } from 'server/onboarding/checklist';

const fresh: OnboardingFacts = {
  health: { state: 'NOT_CONFIGURED', detail: null, fix: null, runningSince: null },
  settingsSaved: false,
  firstSyncedAt: null,
  openIssues: 0,
  policy: 'OFF',
  myKey: 'none',
};
const connected = { ...fresh, health: { ...fresh.health, state: 'NEVER_SYNCED' as const } };
const states = (facts: OnboardingFacts) =>
  Object.fromEntries(onboardingChecklist(facts).steps.map((step) => [step.id, step.state]));

describe('onboarding checklist', () => {
  it('starts a fresh install at "connect", with personal keys not needed under the default policy', () => {
    const checklist = onboardingChecklist(fresh);
    expect(checklist.current).toBe('connect');
    expect(checklist.complete).toBe(false);
    expect(states(fresh)).toEqual({
      connect: 'todo',
      choose: 'todo',
      firstSync: 'todo',
      reviewIssues: 'todo',
      personalKeys: 'notNeeded',
    });
  });

  it('asks for attention with the check’s finding when Metakocka refuses the stored key', () => {
    const refused = {
      ...fresh,
      health: { ...fresh.health, state: 'CREDENTIALS_REFUSED' as const, detail: 'Key refused.', fix: 'Copy it again.' },
    };
    const [connect] = onboardingChecklist(refused).steps;
    expect(connect).toMatchObject({ state: 'attention', detail: 'Key refused.', fix: 'Copy it again.' });
    expect(onboardingChecklist(refused).current).toBe('connect');
  });

  it('picks up at each next step as the data shows the previous one done', () => {
    expect(onboardingChecklist(connected).current).toBe('choose');
    const chosen = { ...connected, settingsSaved: true };
    expect(onboardingChecklist(chosen).current).toBe('firstSync');
    const running = { ...chosen, health: { ...chosen.health, runningSince: '2026-12-07T10:00:00.000Z' } };
    expect(onboardingChecklist(running).steps[2]).toMatchObject({ state: 'running', at: '2026-12-07T10:00:00.000Z' });
    const withIssues = { ...chosen, firstSyncedAt: '2026-12-07T10:05:00.000Z', openIssues: 3 };
    expect(onboardingChecklist(withIssues).current).toBe('reviewIssues');
    expect(onboardingChecklist(withIssues).steps[3]).toMatchObject({ state: 'todo', count: 3 });
    const clean = { ...withIssues, openIssues: 0 };
    expect(onboardingChecklist(clean)).toMatchObject({ current: null, complete: true });
  });

  it('reports a failed first sync with its summary until a run succeeds', () => {
    const failed = {
      ...connected,
      settingsSaved: true,
      health: { ...connected.health, state: 'SYNC_FAILED' as const, detail: 'Metakocka did not answer.' },
    };
    expect(onboardingChecklist(failed).steps[2]).toMatchObject({
      state: 'attention',
      detail: 'Metakocka did not answer.',
    });
    expect(states({ ...failed, firstSyncedAt: '2026-12-07T09:00:00.000Z' }).firstSync).toBe('done');
  });

  it('counts "choose what to sync" done for an install that synced on the default settings', () => {
    expect(states({ ...connected, firstSyncedAt: '2026-12-07T09:00:00.000Z' }).choose).toBe('done');
  });

  it('does not count issues as reviewed before the first sync has run', () => {
    expect(states(connected).reviewIssues).toBe('todo');
  });

  it('asks the admin for their own key only when the policy requires one, and flags a refused one', () => {
    const synced = { ...connected, settingsSaved: true, firstSyncedAt: '2026-12-07T09:00:00.000Z' };
    expect(onboardingChecklist({ ...synced, policy: 'OPTIONAL' }).complete).toBe(true);
    expect(onboardingChecklist({ ...synced, policy: 'REQUIRED' }).current).toBe('personalKeys');
    expect(states({ ...synced, policy: 'REQUIRED', myKey: 'refused' }).personalKeys).toBe('attention');
    expect(onboardingChecklist({ ...synced, policy: 'REQUIRED', myKey: 'usable' }).complete).toBe(true);
  });
});
