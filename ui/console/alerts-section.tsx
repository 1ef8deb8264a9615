// Alerts (issue 18 item 1): who gets a task for each new cause, the failing-stream threshold, the daily digest, the
// webhook and the health check's thresholds, each setting with its inline help. Every member may read them; only "Manage Metakocka" may save, so for
// others the form is shown disabled with the reason above it. The save sends the whole document: the server merges
// it over the stored one (server/alerts/settings.ts) and names each setting it refuses.
import { useEffect, useState, type ReactNode } from 'react';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import type { AlertSettingsAnswer, AlertSettingsSaveAnswer } from 'server/routes/contracts';
import { AlertWebhook } from 'ui/console/alert-webhook';
import { buttonStyle, consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import type { ConsoleMessageId } from 'ui/console/messages';
import type { SettingHelp } from 'ui/console/setting-field';
import { CheckboxSetting, ChecklistSetting, NumberSetting, TextSetting } from 'ui/console/setting-controls';
import { useDraft, type Draft } from 'ui/console/use-draft';
import { callRoute, type RouteResult } from 'ui/shared/call-route';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

const ALERT_PATHS = [
  'recipients',
  'criticalTasks',
  'failingRunsInARow',
  'digest.enabled',
  'digest.at',
  'webhookUrl',
  'healthCriticalIssues',
  'healthIssueRunsInARow',
] as const;
type AlertPath = (typeof ALERT_PATHS)[number];

export function AlertsSection() {
  const { t } = useConsoleText();
  const [read, setRead] = useState<RouteResult<AlertSettingsAnswer> | null>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let mounted = true;
    void callRoute<AlertSettingsAnswer>(ALERT_ROUTES.read).then((answer) => mounted && setRead(answer));
    return () => {
      mounted = false;
    };
  }, [reads]);
  return (
    <section style={styles.section} data-testid="alerts-section" aria-labelledby="alerts-title">
      <h2 style={styles.sectionTitle} id="alerts-title">
        {t('alerts.title')}
      </h2>
      <p style={{ margin: 0 }}>{t('alerts.intro')}</p>
      {read === null ? <Loading /> : null}
      {read && !read.ok ? (
        <Failed message={read.error} action={read.action} onRetry={() => setReads((n) => n + 1)} />
      ) : null}
      {read?.ok ? <AlertsForm read={read.data} onSaved={() => setReads((n) => n + 1)} /> : null}
    </section>
  );
}

function AlertsForm({ read, onSaved }: { read: AlertSettingsAnswer; onSaved: () => void }) {
  const { t } = useConsoleText();
  const help = (path: string): SettingHelp => ({
    label: t(`alerts.${path as AlertPath}.label` satisfies ConsoleMessageId),
    what: t(`alerts.${path as AlertPath}.what` satisfies ConsoleMessageId),
    cost: t(`alerts.${path as AlertPath}.cost` satisfies ConsoleMessageId),
  });
  const draft = useDraft(read, ALERT_PATHS, help);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const save = async () => {
    setBusy(true);
    const answer = await callRoute<AlertSettingsSaveAnswer>(ALERT_ROUTES.save, draft.document);
    setBusy(false);
    setOutcome(
      answer.ok
        ? { ok: true, text: t('alerts.saved') }
        : { ok: false, text: t('alerts.refused', { error: answer.error }), action: answer.action },
    );
    if (answer.ok) onSaved();
  };
  const group = (id: 'tasks' | 'digest' | 'webhook' | 'health', children: ReactNode) => (
    <fieldset style={consoleStyles.fieldset} data-testid={`alerts-${id}`}>
      <legend style={consoleStyles.legend}>{t(`alerts.group.${id}`)}</legend>
      {children}
    </fieldset>
  );
  const cannotSave = !read.canManage || draft.changed.length === 0 || busy;
  return (
    <>
      {read.canManage ? null : (
        <div style={styles.notice} role="note" data-testid="alerts-read-only">
          {t('alerts.readOnly')}
        </div>
      )}
      <fieldset
        disabled={!read.canManage}
        style={{ ...consoleStyles.fieldset, border: 'none', padding: 0 }}
        data-testid="alerts-form"
      >
        {group(
          'tasks',
          <>
            <RecipientsSetting draft={draft} read={read} />
            <CheckboxSetting draft={draft} path="criticalTasks" />
            <NumberSetting draft={draft} path="failingRunsInARow" />
          </>,
        )}
        {group(
          'digest',
          <>
            <CheckboxSetting draft={draft} path="digest.enabled" />
            <TextSetting draft={draft} path="digest.at" placeholder="07:30" />
          </>,
        )}
        {group(
          'webhook',
          <>
            <TextSetting draft={draft} path="webhookUrl" placeholder="https://hooks.example.com/metakocka" />
            <AlertWebhook read={read} />
          </>,
        )}
        {group(
          'health',
          <>
            <p style={{ ...consoleStyles.hint, margin: 0 }}>{t('alerts.health.intro')}</p>
            <NumberSetting draft={draft} path="healthCriticalIssues" />
            <NumberSetting draft={draft} path="healthIssueRunsInARow" />
          </>,
        )}
      </fieldset>
      <div style={consoleStyles.toolbar}>
        <button
          type="button"
          data-testid="alerts-save"
          style={buttonStyle({ primary: true, disabled: cannotSave })}
          disabled={cannotSave}
          aria-describedby="alerts-save-why"
          onClick={() => void save()}
        >
          {t('alerts.save')}
        </button>
        <span id="alerts-save-why" style={consoleStyles.hint}>
          {read.canManage ? t(draft.changed.length === 0 ? 'alerts.noChange' : 'alerts.unsaved') : t('alerts.readOnly')}
        </span>
      </div>
      <Outcome outcome={outcome} />
    </>
  );
}

/** The members by name; below them who gets alerts now (the chosen ones, or the manager who saved the connection). */
function RecipientsSetting({ draft, read }: { draft: Draft; read: AlertSettingsAnswer }) {
  const { t } = useConsoleText();
  const names = new Map(read.members.map((member) => [member.id, member.name]));
  const effective = read.effectiveRecipients.map((id) => names.get(id) ?? t('alerts.recipients.unknown'));
  const withDefault: Draft = {
    ...draft,
    fieldProps: (path) => ({ ...draft.fieldProps(path), defaultText: t('alerts.recipients.default') }),
  };
  return (
    <>
      <ChecklistSetting
        draft={withDefault}
        path="recipients"
        options={read.members.map((member) => ({ value: member.id, label: member.name }))}
      />
      <p style={{ ...consoleStyles.hint, margin: 0 }} data-testid="alerts-effective-recipients">
        {effective.length > 0
          ? t('alerts.recipients.effective', { names: effective.join(', ') })
          : t('alerts.recipients.nobody')}
      </p>
    </>
  );
}
