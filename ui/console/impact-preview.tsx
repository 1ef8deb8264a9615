// The impact preview and the save (issue 16 item 2): "Preview the impact" starts a dry-run job with the draft's
// change; while it runs the console shows its progress and can cancel it; when it is done it shows, per stream, what
// would be created, updated, left as it is, or leave the sync's scope, with examples, and what a run would cost.
// Save applies exactly the previewed settings (the save sends the preview's id), so it is offered only while the draft
// is still what was previewed.
import { useEffect, useState } from 'react';

import { PREVIEW_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { PreviewAnswer, SettingsSaveAnswer } from 'server/routes/contracts';
import { buttonStyle, consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { PreviewReport } from 'ui/console/preview-report';
import { saveBlock } from 'ui/console/save-block';
import { ACTIVE_REFRESH_MS } from 'ui/console/use-live';
import type { Draft } from 'ui/console/use-draft';
import { callRoute, readRoute } from 'ui/shared/call-route';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function ImpactPreview({
  draft,
  onActive,
  onSaved,
}: {
  draft: Draft;
  onActive: (active: boolean) => void;
  onSaved: () => void;
}) {
  const { t } = useConsoleText();
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const running = preview?.status === 'running';

  useEffect(() => onActive(running), [running, onActive]);
  // While the preview job runs, its status is read every 5 s (one call at a time).
  useEffect(() => {
    if (!running || !preview) return undefined;
    const timer = setTimeout(() => {
      void readRoute<PreviewAnswer>(PREVIEW_ROUTES.status, { previewId: preview.previewId }).then((answer) => {
        if (answer.ok) setPreview(answer.data);
        else setOutcome({ ok: false, text: answer.error, action: answer.action });
      });
    }, ACTIVE_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [running, preview]);

  async function act(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    await work();
    setBusy(false);
  }

  const start = () =>
    act(async () => {
      const change = draft.change;
      const answer = await callRoute<PreviewAnswer>(PREVIEW_ROUTES.start, { change });
      if (!answer.ok) return setOutcome({ ok: false, text: answer.error, action: answer.action });
      setPreviewed(JSON.stringify(change));
      setPreview(answer.data);
    });

  const cancel = () =>
    act(async () => {
      if (!preview) return;
      const answer = await callRoute<PreviewAnswer>(PREVIEW_ROUTES.cancel, { previewId: preview.previewId });
      if (!answer.ok) return setOutcome({ ok: false, text: answer.error, action: answer.action });
      setPreview(answer.data);
    });

  const save = () =>
    act(async () => {
      if (!preview) return;
      const answer = await callRoute<SettingsSaveAnswer>(SYNC_ROUTES.settingsSave, { previewId: preview.previewId });
      if (!answer.ok)
        return setOutcome({ ok: false, text: t('save.refused', { error: answer.error }), action: answer.action });
      const runningStreams = (answer.data.runningStreams ?? []).map((stream) => t(`stream.${stream}`));
      setOutcome({
        ok: true,
        text:
          runningStreams.length > 0
            ? t('save.doneWhileRunning', { streams: runningStreams.join(', ') })
            : t('save.done'),
      });
      setPreview(null);
      setPreviewed(null);
      onSaved();
    });

  const discard = () => {
    draft.reset();
    setPreview(null);
    setPreviewed(null);
    setOutcome(null);
  };

  const block = saveBlock(draft, preview, previewed);
  const noChange = draft.changed.length === 0;
  return (
    <div
      style={consoleStyles.card}
      data-testid="impact-preview"
      data-status={preview?.status ?? 'none'}
      aria-labelledby="preview-title"
    >
      <h3 style={consoleStyles.subTitle} id="preview-title">
        {t('preview.title')}
      </h3>
      <p style={{ margin: 0 }} data-testid="changed-count">
        {noChange ? t('preview.noChange') : t('preview.changed', { count: draft.changed.length })}
      </p>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="preview-start"
          style={buttonStyle({ disabled: noChange || running })}
          disabled={noChange || running}
          onClick={() => void start()}
        >
          {preview && !running ? t('preview.again') : t('preview.start')}
        </button>
        <button
          type="button"
          data-testid="preview-cancel"
          style={buttonStyle({ danger: running, disabled: !running })}
          disabled={!running}
          onClick={() => void cancel()}
        >
          {t('preview.cancel')}
        </button>
        <button
          type="button"
          data-testid="save-settings"
          style={buttonStyle({ primary: block === null, disabled: block !== null })}
          disabled={block !== null}
          aria-describedby="save-block"
          onClick={() => void save()}
        >
          {t('save.button')}
        </button>
        <button
          type="button"
          data-testid="discard"
          style={buttonStyle({ disabled: noChange })}
          disabled={noChange}
          onClick={discard}
        >
          {t('save.discard')}
        </button>
      </div>
      <p
        id="save-block"
        style={{ ...consoleStyles.hint, margin: 0 }}
        data-testid="save-block"
        data-block={block ?? 'none'}
      >
        {t(`save.block.${block ?? 'none'}`)}
      </p>
      {preview ? <PreviewReport preview={preview} /> : null}
      <div aria-live="polite">
        <Outcome outcome={outcome} />
      </div>
    </div>
  );
}
