// Saved reports (issue 19 item 3): save the report on the form (name, template, parameters) for reuse, and see the
// workspace's saved reports to run again or, for your own, delete. The server checks the parameters as a run would and
// names a refused one; who may change what is its answer (canChange), not the page's guess. A manager schedules a
// saved report's delivery (schedule-form.tsx); members see the schedule and that only managers set one.
import { useCallback, useEffect, useState } from 'react';

import type { ReportTemplateId } from 'plugin/constants/report-labels';
import type { NamedMember } from 'server/credentials/member-names';
import type { SavedReportsAnswer, SavedReportView } from 'server/routes/contracts';
import {
  deleteSavedReport,
  listSavedReports,
  readMembers,
  saveReport,
  type ParameterValues,
} from 'ui/reports/report-client';
import { DeliveryFailure } from 'ui/reports/delivery-failure';
import { ScheduleForm, ScheduleLine } from 'ui/reports/schedule-form';
import { useReportText } from 'ui/reports/use-report-text';
import { Button, Form, TextField } from 'ui/shared/form';
import { Failed, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';

export function SavedReports({
  template,
  parameters,
  onRun,
}: {
  template: ReportTemplateId;
  parameters: ParameterValues;
  onRun: (saved: SavedReportView) => void;
}) {
  const { t, labels, time } = useReportText();
  const [list, setList] = useState<SavedReportsAnswer | { failed: string; action: string } | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const [members, setMembers] = useState<NamedMember[]>([]);
  const [scheduling, setScheduling] = useState<string | null>(null);
  useEffect(() => {
    void readMembers().then((answer) => answer.ok && setMembers(answer.data.members));
  }, []);
  const reload = useCallback(() => {
    void listSavedReports().then((answer) =>
      setList(answer.ok ? answer.data : { failed: answer.error, action: answer.action }),
    );
  }, []);
  useEffect(reload, [reload]);

  const save = async () => {
    setBusy(true);
    const answer = await saveReport(name, template, parameters);
    setBusy(false);
    setOutcome(
      answer.ok
        ? { ok: true, text: t('saved.done', { name: answer.data.savedReport.name }) }
        : { ok: false, text: answer.error, action: answer.action },
    );
    if (answer.ok) {
      setName('');
      reload();
    }
  };
  const remove = async (saved: SavedReportView) => {
    const answer = await deleteSavedReport(saved.id);
    setOutcome(
      answer.ok
        ? { ok: true, text: t('saved.deleted', { name: saved.name }) }
        : { ok: false, text: answer.error, action: answer.action },
    );
    reload();
  };

  return (
    <section style={styles.section} aria-labelledby="saved-reports-title" data-testid="saved-reports">
      <h2 style={styles.sectionTitle} id="saved-reports-title">
        {t('saved.title')}
      </h2>
      <Form onSubmit={() => void save()}>
        <TextField
          label={t('saved.name')}
          hints={[{ text: t('saved.name.hint', { report: labels.titles[template] }) }]}
          testId="saved-name"
          value={name}
          onChange={setName}
        />
        <div>
          <Button submit busy={busy} label={t('saved.save')} testId="saved-save" />
        </div>
      </Form>
      <Outcome outcome={outcome} />
      {list && 'failed' in list ? <Failed message={list.failed} action={list.action} onRetry={reload} /> : null}
      {list && 'savedReports' in list && !list.scheduleAccess.callerMaySchedule ? (
        <p style={styles.hint} data-testid="schedule-managers-only">
          {t('schedule.managersOnly')}
        </p>
      ) : null}
      {list && 'savedReports' in list ? (
        list.savedReports.length === 0 ? (
          <p style={{ margin: 0 }}>{t('saved.none')}</p>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }} data-testid="saved-list">
            {list.savedReports.map((saved) => (
              <li
                key={saved.id}
                style={{ ...styles.field, borderTop: `1px solid ${theme.borderLight}`, paddingTop: theme.spacing2 }}
                data-testid="saved-report"
                data-name={saved.name}
              >
                <div style={{ ...styles.row, justifyContent: 'space-between' }}>
                  <span>
                    <strong>{saved.name}</strong>
                    {` · ${labels.titles[saved.template as ReportTemplateId] ?? saved.template} · ${t('saved.updated', {
                      time: time(saved.updatedAt),
                    })}`}
                  </span>
                  <span style={styles.row}>
                    <Button label={t('saved.run')} testId="saved-run" onClick={() => onRun(saved)} />
                    {saved.canChange ? (
                      <Button
                        kind="danger"
                        label={t('saved.delete')}
                        testId="saved-delete"
                        onClick={() => void remove(saved)}
                      />
                    ) : null}
                    {list.scheduleAccess.callerMaySchedule ? (
                      <Button
                        label={t(scheduling === saved.id ? 'schedule.close' : 'schedule.open')}
                        testId="schedule-open"
                        onClick={() => setScheduling(scheduling === saved.id ? null : saved.id)}
                      />
                    ) : null}
                  </span>
                </div>
                <ScheduleLine saved={saved} members={members} />
                <DeliveryFailure saved={saved} />
                {scheduling === saved.id && list.scheduleAccess.callerMaySchedule ? (
                  <ScheduleForm saved={saved} members={members} onSaved={reload} />
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
