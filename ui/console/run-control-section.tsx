// Run control (issue 16 item 3): run now (one stream or all, optionally dry), pause/resume and cancel per stream, and
// maintenance (pause everything, which also holds pushes). Pause, cancel and maintenance are confirmed first. Each
// stream has one pause/resume button that changes its label, so focus stays on it after the click.
import { useState } from 'react';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import type {
  ConsoleRunAnswer,
  LiveAnswer,
  LiveStream,
  MaintenanceAnswer,
  StreamControlAnswer,
} from 'server/routes/contracts';
import type { StreamName } from 'server/settings/schema';
import { confirmed } from 'ui/console/confirm';
import { buttonStyle, consoleStyles } from 'ui/console/console-styles';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import { callRoute } from 'ui/shared/call-route';
import { readValue } from 'ui/shared/read-value';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

const ALL = 'all';

export function RunControlSection({ live, onChanged }: { live: LiveAnswer; onChanged: () => void }) {
  const text = useConsoleText();
  const { t } = text;
  const [target, setTarget] = useState<StreamName | typeof ALL>(ALL);
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);

  /** One action at a time; the page's live view reloads after each. */
  async function act(work: () => Promise<OutcomeValue>) {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    setOutcome(await work());
    setBusy(false);
    onChanged();
  }

  const runNow = () =>
    act(async () => {
      const answer = await callRoute<ConsoleRunAnswer>(CONSOLE_ROUTES.runNow, {
        ...(target === ALL ? {} : { streams: [target] }),
        dryRun,
      });
      if (!answer.ok) return { ok: false, text: answer.error, action: answer.action };
      if (answer.data.runs.length === 0)
        return { ok: false, text: t('control.nothingOn'), action: t('control.nothingOn.action') };
      return {
        ok: true,
        text: answer.data.runs
          .map((run) => t(`control.start.${run.status}`, { stream: t(`stream.${run.stream}`) }))
          .join(' '),
      };
    });

  const streamAction = (stream: LiveStream, kind: 'pause' | 'resume' | 'cancel') =>
    act(async () => {
      const name = t(`stream.${stream.stream}`);
      if (
        kind !== 'resume' &&
        !(await confirmed(
          t(`confirm.${kind}.title`, { stream: name }),
          t(`confirm.${kind}.body`),
          t(`confirm.${kind}.button`),
        ))
      )
        return { ok: true, text: t('control.unchanged') };
      const path = { pause: CONSOLE_ROUTES.pause, resume: CONSOLE_ROUTES.resume, cancel: CONSOLE_ROUTES.cancel }[kind];
      const body =
        kind === 'cancel'
          ? { stream: stream.stream, ...(stream.run ? { runId: stream.run.runId } : {}) }
          : { stream: stream.stream };
      const answer = await callRoute<StreamControlAnswer>(path, body);
      if (!answer.ok) return { ok: false, text: answer.error, action: answer.action };
      return { ok: true, text: t(`control.outcome.${answer.data.outcome}`, { stream: name }) };
    });

  const maintenance = () =>
    act(async () => {
      const on = live.maintenance.on;
      if (
        !on &&
        !(await confirmed(
          t('confirm.maintenance.title'),
          t('confirm.maintenance.body'),
          t('confirm.maintenance.button'),
        ))
      )
        return { ok: true, text: t('control.unchanged') };
      const answer = await callRoute<MaintenanceAnswer>(on ? CONSOLE_ROUTES.resumeAll : CONSOLE_ROUTES.pauseAll);
      if (!answer.ok) return { ok: false, text: answer.error, action: answer.action };
      return on
        ? { ok: true, text: t('control.maintenance.ended', { count: answer.data.pushesReleased }) }
        : { ok: true, text: t('control.maintenance.started') };
    });

  return (
    <section style={styles.section} data-testid="control-section" aria-labelledby="control-title" aria-busy={busy}>
      <h2 style={styles.sectionTitle} id="control-title">
        {t('control.title')}
      </h2>
      <p style={{ ...consoleStyles.hint, margin: 0 }}>{t('control.intro')}</p>
      <div style={consoleStyles.toolbar}>
        <label style={styles.field} htmlFor="run-target">
          <span style={consoleStyles.label}>{t('control.target')}</span>
          <select
            id="run-target"
            data-testid="run-target"
            style={styles.input}
            value={target}
            onChange={(event) => setTarget((readValue(event) || ALL) as StreamName | typeof ALL)}
          >
            <option value={ALL}>{t('control.target.all')}</option>
            {live.streams.map((stream) => (
              <option key={stream.stream} value={stream.stream}>
                {t(`stream.${stream.stream}`)}
              </option>
            ))}
          </select>
        </label>
        <label style={{ ...styles.row, minHeight: 32 }} htmlFor="run-dry">
          <input
            id="run-dry"
            data-testid="run-dry"
            type="checkbox"
            checked={dryRun}
            aria-describedby="run-dry-help"
            onChange={() => setDryRun((value) => !value)}
          />
          <span>{t('control.dryRun')}</span>
        </label>
        <button
          type="button"
          data-testid="run-now"
          style={buttonStyle({ primary: true })}
          onClick={() => void runNow()}
        >
          {dryRun ? t('control.runDry') : t('control.run')}
        </button>
      </div>
      <span id="run-dry-help" style={consoleStyles.hint}>
        {t('control.dryRun.help')}
      </span>
      <StreamTable live={live} text={text} onAction={(stream, kind) => void streamAction(stream, kind)} />
      <MaintenanceRow live={live} text={text} onToggle={() => void maintenance()} />
      <div aria-live="polite">
        <Outcome outcome={outcome} />
      </div>
    </section>
  );
}

function StreamTable({
  live,
  text: { t },
  onAction,
}: {
  live: LiveAnswer;
  text: ConsoleTranslator;
  onAction: (stream: LiveStream, kind: 'pause' | 'resume' | 'cancel') => void;
}) {
  return (
    <table style={styles.table} data-testid="control-streams">
      <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>{t('control.streams')}</caption>
      <thead>
        <tr>
          <th style={styles.cell}>{t('live.stream')}</th>
          <th style={styles.cell}>{t('control.state')}</th>
          <th style={styles.cell}>{t('control.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {live.streams.map((stream) => {
          const name = t(`stream.${stream.stream}`);
          const noRun = stream.run === null;
          return (
            <tr key={stream.stream} data-testid={`control-${stream.stream}`} data-paused={String(stream.paused)}>
              <td style={styles.cell}>{name}</td>
              <td style={styles.cell}>{t(`control.state.${streamState(stream)}`)}</td>
              <td style={{ ...styles.cell, ...styles.row }}>
                <button
                  type="button"
                  data-testid={`toggle-pause-${stream.stream}`}
                  aria-label={t(stream.paused ? 'control.resume.label' : 'control.pause.label', { stream: name })}
                  style={buttonStyle({})}
                  onClick={() => onAction(stream, stream.paused ? 'resume' : 'pause')}
                >
                  {stream.paused ? t('control.resume') : t('control.pause')}
                </button>
                <button
                  type="button"
                  data-testid={`cancel-${stream.stream}`}
                  aria-label={t('control.cancel.label', { stream: name })}
                  disabled={noRun}
                  style={buttonStyle({ danger: !noRun, disabled: noRun })}
                  onClick={() => onAction(stream, 'cancel')}
                >
                  {t('control.cancel')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export const streamState = (stream: LiveStream): 'running' | 'paused' | 'off' | 'idle' =>
  stream.run && stream.run.status !== 'PAUSED' ? 'running' : stream.paused ? 'paused' : stream.enabled ? 'idle' : 'off';

function MaintenanceRow({
  live,
  text: { t, time },
  onToggle,
}: {
  live: LiveAnswer;
  text: ConsoleTranslator;
  onToggle: () => void;
}) {
  const { maintenance } = live;
  return (
    <div style={{ ...styles.notice, ...styles.row }} data-testid="maintenance" data-on={String(maintenance.on)}>
      <span style={{ flex: 1 }} id="maintenance-state">
        {maintenance.on
          ? t('control.maintenance.on', { time: time(maintenance.since), count: maintenance.heldPushes })
          : t('control.maintenance.off')}
      </span>
      <button
        type="button"
        data-testid="toggle-maintenance"
        aria-describedby="maintenance-state"
        style={buttonStyle({ danger: !maintenance.on })}
        onClick={onToggle}
      >
        {maintenance.on ? t('control.maintenance.end') : t('control.maintenance.start')}
      </button>
    </div>
  );
}
