// A saved report's delivery schedule (issue 19 item 4): what it is now (when, to whom, the next delivery and a link to
// the last one) for everyone, and for a manager ("Manage Metakocka", the list answer's scheduleAccess) the form to set
// or remove it. Scheduled reports run with the app's token, so the form says that recipients see everything the
// report shows. The server checks the settings and names a refused one in the member's language.
import { useState } from 'react';

import type { NamedMember } from 'server/credentials/member-names';
import type { ReportScheduleInput, SavedReportView } from 'server/routes/contracts';
import { scheduleReport } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { Button, Field, Form, TextField } from 'ui/shared/form';
import { readValue } from 'ui/shared/read-value';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import type { Language } from 'ui/shared/translate';

type Frequency = ReportScheduleInput['frequency'];
const FREQUENCIES: Frequency[] = ['daily', 'weekly', 'monthly'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** ISO weekday (1 = Monday) by name: 1 January 2024 was a Monday. */
const weekdayName = (language: Language, weekday: number) =>
  new Intl.DateTimeFormat(language === 'sl' ? 'sl-SI' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );

const startingSchedule = (saved: SavedReportView): ReportScheduleInput =>
  saved.schedule ?? { frequency: 'weekly', time: '07:00', weekday: 1, recipients: [], webhook: false };

/** The schedule in one sentence, with the next delivery and a link to the last one. */
export function ScheduleLine({ saved, members }: { saved: SavedReportView; members: NamedMember[] }) {
  const { t, language, time } = useReportText();
  const schedule = saved.schedule;
  if (!schedule) return null;
  const names = new Map(members.map((member) => [member.id, member.name]));
  const when =
    schedule.frequency === 'weekly'
      ? t('schedule.when.weekly', { weekday: weekdayName(language, schedule.weekday ?? 1), time: schedule.time })
      : schedule.frequency === 'monthly'
        ? t('schedule.when.monthly', { day: schedule.dayOfMonth ?? 1, time: schedule.time })
        : t('schedule.when.daily', { time: schedule.time });
  return (
    <span style={styles.hint} data-testid="schedule-line" data-next={saved.nextDeliveryAt ?? ''}>
      {`${when} ${t('schedule.to', {
        names: schedule.recipients.map((id) => names.get(id) ?? id).join(', '),
      })}`}
      {saved.nextDeliveryAt ? ` ${t('schedule.next', { time: time(saved.nextDeliveryAt) })}` : null}
      {saved.lastDelivery ? (
        <>
          {' '}
          <a href={saved.lastDelivery.recordPath} data-testid="schedule-last">
            {t('schedule.last', { time: time(saved.lastDelivery.slot) })}
          </a>
        </>
      ) : null}
    </span>
  );
}

export function ScheduleForm({
  saved,
  members,
  onSaved,
}: {
  saved: SavedReportView;
  members: NamedMember[];
  onSaved: () => void;
}) {
  const { t, language } = useReportText();
  const [schedule, setSchedule] = useState<ReportScheduleInput>(() => startingSchedule(saved));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const change = (part: Partial<ReportScheduleInput>) => setSchedule({ ...schedule, ...part });
  const toggle = (id: string) =>
    change({
      recipients: schedule.recipients.includes(id)
        ? schedule.recipients.filter((other) => other !== id)
        : [...schedule.recipients, id],
    });

  const submit = async (next: ReportScheduleInput | null) => {
    setBusy(true);
    const answer = await scheduleReport(saved, next && shaped(next));
    setBusy(false);
    setOutcome(
      answer.ok
        ? { ok: true, text: t(next ? 'schedule.saved' : 'schedule.removed', { name: saved.name }) }
        : { ok: false, text: answer.error, action: answer.action },
    );
    if (answer.ok) onSaved();
  };

  return (
    <div style={{ ...styles.section, background: 'transparent' }} data-testid="schedule-form">
      <p style={{ margin: 0 }} data-testid="schedule-warning">
        {t('schedule.warning')}
      </p>
      <Form onSubmit={() => void submit(schedule)}>
        <div style={styles.row}>
          <Field label={t('schedule.frequency')}>
            {(control) => (
              <select
                {...control}
                data-testid="schedule-frequency"
                style={styles.input}
                value={schedule.frequency}
                onChange={(event) => change({ frequency: readValue(event) as Frequency })}
              >
                {FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {t(`schedule.frequency.${frequency}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            label={t('schedule.time')}
            hints={[{ text: t('schedule.time.hint') }]}
            testId="schedule-time"
            value={schedule.time}
            onChange={(value) => change({ time: value })}
          />
          {schedule.frequency === 'weekly' ? (
            <Field label={t('schedule.weekday')}>
              {(control) => (
                <select
                  {...control}
                  data-testid="schedule-weekday"
                  style={styles.input}
                  value={String(schedule.weekday ?? 1)}
                  onChange={(event) => change({ weekday: Number(readValue(event)) })}
                >
                  {WEEKDAYS.map((weekday) => (
                    <option key={weekday} value={String(weekday)}>
                      {weekdayName(language, weekday)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {schedule.frequency === 'monthly' ? (
            <TextField
              label={t('schedule.day')}
              hints={[{ text: t('schedule.day.hint') }]}
              testId="schedule-day"
              value={String(schedule.dayOfMonth ?? 1)}
              onChange={(value) => change({ dayOfMonth: Number(value) })}
            />
          ) : null}
        </div>
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend style={styles.label}>{t('schedule.recipients')}</legend>
          {members.map((member) => (
            <label key={member.id} style={styles.row}>
              <input
                type="checkbox"
                data-testid="schedule-recipient"
                data-member={member.id}
                data-name={member.name}
                checked={schedule.recipients.includes(member.id)}
                onChange={() => toggle(member.id)}
              />
              <span>{member.name}</span>
            </label>
          ))}
        </fieldset>
        <label style={styles.row}>
          <input
            type="checkbox"
            data-testid="schedule-webhook"
            checked={schedule.webhook}
            onChange={() => change({ webhook: !schedule.webhook })}
          />
          <span>{t('schedule.webhook')}</span>
        </label>
        <div style={styles.row}>
          <Button kind="primary" submit busy={busy} label={t('schedule.save')} testId="schedule-save" />
          {saved.schedule ? (
            <Button
              kind="danger"
              busy={busy}
              label={t('schedule.remove')}
              testId="schedule-remove"
              onClick={() => void submit(null)}
            />
          ) : null}
        </div>
      </Form>
      <Outcome outcome={outcome} />
    </div>
  );
}

/** Only the day setting the frequency uses goes to the server. */
function shaped({ weekday, dayOfMonth, ...rest }: ReportScheduleInput): ReportScheduleInput {
  if (rest.frequency === 'weekly') return { ...rest, weekday: weekday ?? 1 };
  if (rest.frequency === 'monthly') return { ...rest, dayOfMonth: dayOfMonth ?? 1 };
  return rest;
}
