// The live view (issue 16 item 4): every stream's schedule, active run and last run in one answer, from kv alone (the
// run states, settings and control entry), so the console's refresh every 5 s costs no Twenty API call.
import type { LiveAnswer, LiveStream, RunSummary } from 'server/routes/contracts';
import { STREAMS, type StreamName, type SyncSettings } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import { isActive, loadRunState, type RunState } from '../checkpoints';
import { isHeld, loadControl, type ControlState } from '../control';
import type { SyncRuntime } from '../ports';
import { runDraft } from '../runs';
import { nextRunAt, scheduleOf } from '../schedule';
import { streamFor } from '../streams';
import { maintenanceState } from './control-actions';
import { liveRunOf, summaryOf } from './run-view';

/** Twenty's limit for an app token (APPS.md §8); the engine's pacing (D33) keeps runs under it. */
export const TWENTY_CALLS_PER_MINUTE = 500;

export async function liveView(rt: SyncRuntime): Promise<LiveAnswer> {
  const crmCallsBefore = rt.crm.gateway.calls();
  const settings = await readSettings(rt.kv);
  const control = await loadControl(rt.kv);
  const now = rt.now();
  const streams: LiveStream[] = [];
  for (const stream of STREAMS)
    streams.push(streamView(stream, await loadRunState(rt.kv, stream), settings, control, now));
  return {
    now: now.toISOString(),
    refreshAfterSeconds: streams.some((s) => s.run !== null) ? 5 : 60,
    maintenance: await maintenanceState(rt, control),
    budget: { twentyCallsPerMinute: TWENTY_CALLS_PER_MINUTE },
    streams,
    cost: { twentyCalls: rt.crm.gateway.calls() - crmCallsBefore },
  };
}

function streamView(
  stream: StreamName,
  state: RunState | null,
  settings: SyncSettings,
  control: ControlState,
  now: Date,
): LiveStream {
  const enabled = settings.streams[stream].enabled;
  const paused = isHeld(control, stream);
  const schedule = scheduleOf(settings, stream);
  const active = state !== null && isActive(state);
  const ended = state && !active ? state : null;
  return {
    stream,
    enabled,
    paused,
    schedule: {
      kind: schedule.kind,
      everyMinutes: schedule.kind === 'interval' ? schedule.everyMinutes : null,
      dailyAt: schedule.kind === 'daily' ? schedule.dailyAt : null,
      nextRunAt: !enabled || paused || active ? null : nextRunAt(schedule, ended, now).toISOString(),
    },
    run: active ? liveRunOf(state, control, now) : null,
    lastRun: ended ? endedSummary(ended) : null,
  };
}

/** The ended run as its record shows it, built from the state the record was written from. */
function endedSummary(state: RunState): RunSummary {
  const draft = runDraft(state, streamFor(state.stream).direction);
  return summaryOf({
    ...draft,
    createdAt: state.startedAt,
    updatedAt: state.finishedAt ?? state.startedAt,
    deletedAt: null,
  } as Parameters<typeof summaryOf>[0]);
}
