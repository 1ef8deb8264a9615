// The onboarding checklist (issue 20 item 1) at the top of the settings page and the sync console. The steps' states
// come from the onboarding route (server/onboarding/checklist.ts); the first step not done is open with what to do and
// where, the others show their state only, and once every step is done the list collapses to one line.
import { useState } from 'react';
import { AppPath, navigate } from 'twenty-sdk/front-component';

import { ONBOARDING_ROUTES } from 'plugin/constants/route-paths';
import {
  ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import type { OnboardingAnswer } from 'server/routes/contracts';
import { onboardingText, type OnboardingText } from 'ui/onboarding/messages';
import { useT } from 'ui/shared/i18n';
import { Failed } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';
import { useRefresh } from 'ui/shared/use-refresh';
import { useRouteData } from 'ui/shared/use-route-data';

type Step = OnboardingAnswer['steps'][number];
export type ChecklistPlace = 'settings' | 'console';

const MARK: Record<Step['state'], string> = { done: '✓', todo: '○', running: '…', attention: '!', notNeeded: '–' };
const COLOUR: Record<Step['state'], string> = {
  done: theme.green,
  todo: theme.borderStrong,
  running: theme.blue,
  attention: theme.red,
  notNeeded: theme.gray,
};

/** The page each step is done on, when it is not the page showing the checklist. */
const OPENS: Partial<Record<Step['id'], { pageLayoutId: string; label: 'open.console' | 'open.inbox' }>> = {
  choose: { pageLayoutId: SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER, label: 'open.console' },
  firstSync: { pageLayoutId: SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER, label: 'open.console' },
  reviewIssues: { pageLayoutId: ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER, label: 'open.inbox' },
};

export interface OnboardingChecklistProps {
  place: ChecklistPlace;
  /** A new value reloads the checklist (a save on the page, a run starting or ending). */
  refreshKey: string | number;
  /** Records the first sync has done so far, from the console's live view. */
  recordsDone?: number | null;
}

export function OnboardingChecklist({ place, refreshKey, recordsDone = null }: OnboardingChecklistProps) {
  const { language, time } = useT();
  const t = onboardingText(language);
  const checklist = useRouteData<OnboardingAnswer>(ONBOARDING_ROUTES.checklist);
  const [expanded, setExpanded] = useState(false);
  useRefresh(refreshKey, checklist.reload);
  const complete = checklist.state === 'done' && checklist.data.complete;
  if (checklist.state === 'loading') return null;
  if (checklist.state === 'failed')
    return (
      <Failed message={checklist.message} action={checklist.action} code={checklist.code} onRetry={checklist.reload} />
    );
  const { steps, current } = checklist.data;
  const counted = steps.filter((step) => step.state !== 'notNeeded');
  const done = counted.filter((step) => step.state === 'done').length;
  const showSteps = !complete || expanded;
  return (
    <section
      style={{ ...styles.section, borderLeft: `4px solid ${complete ? theme.green : theme.blue}` }}
      data-testid="onboarding"
      data-complete={String(complete)}
      data-current={current ?? ''}
      aria-labelledby="onboarding-title"
    >
      <h2 style={styles.sectionTitle} id="onboarding-title">
        {t('title')}
      </h2>
      <p style={{ margin: 0 }} data-testid="onboarding-summary">
        {complete ? t('complete') : `${t('intro')} ${t('progress', { done, total: counted.length })}`}
      </p>
      {complete ? (
        <div>
          <button
            type="button"
            style={styles.button}
            data-testid="onboarding-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? 'onboarding-steps' : undefined}
            onClick={() => setExpanded((open) => !open)}
          >
            {t(expanded ? 'complete.hide' : 'complete.show')}
          </button>
        </div>
      ) : null}
      {showSteps ? (
        <ol
          style={{
            margin: 0,
            paddingLeft: theme.spacing6,
            display: 'flex',
            flexDirection: 'column',
            gap: theme.spacing2,
          }}
          id="onboarding-steps"
        >
          {steps.map((step) => (
            <StepItem
              key={step.id}
              step={step}
              current={step.id === current}
              place={place}
              t={t}
              time={time}
              recordsDone={recordsDone}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function StepItem({
  step,
  current,
  place,
  t,
  time,
  recordsDone,
}: {
  step: Step;
  current: boolean;
  place: ChecklistPlace;
  t: OnboardingText;
  time: (iso: string | null) => string;
  recordsDone: number | null;
}) {
  const open = OPENS[step.id];
  // The console shows its own sections; the settings page links to the console, and both link to the inbox.
  const link = open && !(place === 'console' && open.label === 'open.console') ? open : null;
  return (
    <li
      data-testid={`onboarding-step-${step.id}`}
      data-state={step.state}
      aria-current={current ? 'step' : undefined}
      style={{ borderLeft: `4px solid ${COLOUR[step.state]}`, paddingLeft: theme.spacing2, listStyle: 'decimal' }}
    >
      <div style={styles.row}>
        <span aria-hidden="true" style={{ fontWeight: 600 }}>
          {MARK[step.state]}
        </span>
        <strong>{t(`step.${step.id}.title`)}</strong>
        <span style={styles.hint} data-testid="onboarding-step-state">
          {current ? `${t('current.label')} · ` : ''}
          {t(`state.${step.state}`)}
        </span>
      </div>
      <StepFacts step={step} t={t} time={time} recordsDone={recordsDone} />
      {current ? (
        <div style={{ ...styles.field, marginTop: theme.spacing1 }} data-testid="onboarding-step-how">
          <span>{t(`step.${step.id}.what`)}</span>
          <span style={styles.hint}>{t(`step.${step.id}.where.${place}`)}</span>
          {step.detail ? <span>{step.detail}</span> : null}
          {step.fix ? <span>{t('finding.fix', { fix: step.fix })}</span> : null}
          {link ? (
            <div>
              <button
                type="button"
                style={styles.button}
                data-testid={`onboarding-open-${step.id}`}
                onClick={() => void navigate(AppPath.PageLayoutPage, { pageLayoutId: link.pageLayoutId })}
              >
                {t(link.label)}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** What the data says about a step: when the first sync ran or since when it runs, how many issues are open. */
function StepFacts({
  step,
  t,
  time,
  recordsDone,
}: {
  step: Step;
  t: OnboardingText;
  time: (iso: string | null) => string;
  recordsDone: number | null;
}) {
  const facts: string[] = [];
  if (step.id === 'firstSync' && step.state === 'done') facts.push(t('step.firstSync.doneAt', { time: time(step.at) }));
  if (step.id === 'firstSync' && step.state === 'running') {
    facts.push(t('step.firstSync.running', { time: time(step.at) }));
    if (recordsDone !== null) facts.push(t('step.firstSync.progress', { done: recordsDone, count: recordsDone }));
  }
  if (step.id === 'reviewIssues' && (step.count ?? 0) > 0)
    facts.push(t('step.reviewIssues.open', { count: step.count ?? 0 }));
  if (step.id === 'reviewIssues' && step.state === 'done') facts.push(t('step.reviewIssues.none'));
  if (step.id === 'personalKeys' && step.state === 'notNeeded') facts.push(t('step.personalKeys.notNeeded'));
  if (facts.length === 0) return null;
  return (
    <div style={styles.hint} data-testid="onboarding-step-facts">
      {facts.join(' ')}
    </div>
  );
}
