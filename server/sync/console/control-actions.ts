// The console's run control (issue 16 item 3): run now, pause, resume, cancel, maintenance. Each writes the operator's
// request to the control entry (server/sync/control.ts) and an audit entry naming the actor; the running job acts on
// it at its next page boundary, so nothing is half-written.
import { audit, type AuditAction } from 'server/credentials/audit';
import { auditEntries } from 'server/credentials/twenty-rows';
import type {
  ConsoleRunAnswer,
  ConsoleRunRequest,
  MaintenanceAnswer,
  MaintenanceState,
  StreamControlAnswer,
  StreamControlOutcome,
} from 'server/routes/contracts';
import { STREAMS, type StreamName } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import { startRunsWaitingFor } from '../chain';
import { isActive, loadRunState, saveRunState, type RunState } from '../checkpoints';
import { isHeld, loadControl, saveControl, type ControlState, type OperatorMark } from '../control';
import { heldPushCount, releaseHeldPushes } from '../held-pushes';
import { resumeRun, startRun } from '../planner';
import type { SyncRuntime } from '../ports';
import { runRecordId, runStatusOf, writeRunRecord } from '../runs';
import { streamFor } from '../streams';
import { stageOf } from './run-view';

type Actor = string | null;

const mark = (rt: SyncRuntime, actor: Actor): OperatorMark => ({
  at: rt.now().toISOString(),
  byWorkspaceMemberId: actor,
});

const record = (
  rt: SyncRuntime,
  actor: Actor,
  action: AuditAction,
  target: string,
  detail: string,
  before: string,
  after: string,
) =>
  audit({ audit: auditEntries(rt.crm.gateway), now: () => rt.now() }, actor, action, target, detail, { before, after });

/** A stream's control and run in words, for an audit entry's before and after. */
function stateText(control: ControlState, state: RunState | null, stream: StreamName): string {
  const run = state && isActive(state) ? `run ${state.runId} ${runStatusOf(state)}` : 'no run';
  return `${stream}: ${isHeld(control, stream) ? 'paused' : 'not paused'}${control.maintenance ? ' (maintenance)' : ''}; ${run}`;
}

function answerOf(
  stream: StreamName,
  outcome: StreamControlOutcome,
  control: ControlState,
  state: RunState | null,
): StreamControlAnswer {
  return {
    stream,
    outcome,
    paused: isHeld(control, stream),
    run:
      state && isActive(state)
        ? {
            runId: state.runId,
            recordId: runRecordId(state),
            status: runStatusOf(state),
            stage: stageOf(state, control),
          }
        : null,
  };
}

export async function runNow(rt: SyncRuntime, request: ConsoleRunRequest, actor: Actor): Promise<ConsoleRunAnswer> {
  const settings = await readSettings(rt.kv);
  const control = await loadControl(rt.kv);
  const streams = request.streams ?? STREAMS.filter((s) => settings.streams[s].enabled);
  const runs: ConsoleRunAnswer['runs'] = [];
  // Prerequisites first (partners, products, then documents), so documents wait for this request's runs.
  for (const stream of STREAMS.filter((s) => streams.includes(s))) {
    if (control.maintenance) {
      runs.push({ stream, status: 'maintenance', runId: null, recordId: null });
      continue;
    }
    if (control.paused[stream]) {
      runs.push({ stream, status: 'stream-paused', runId: null, recordId: null });
      continue;
    }
    const started = await startRun(rt, stream, { trigger: 'manual', dryRun: request.dryRun ?? settings.dryRun });
    const recordId = runRecordId({ runId: started.runId, stream });
    runs.push({
      stream,
      status: started.alreadyRunning ? 'already-running' : 'started',
      runId: started.runId,
      recordId,
    });
  }
  const started = runs.filter((r) => r.status === 'started');
  if (started.length > 0)
    await record(
      rt,
      actor,
      'console.run-started',
      'sync runs',
      `Run now: ${started.map((r) => r.stream).join(', ')}${request.dryRun ? ' (dry run)' : ''}.`,
      'not running',
      started.map((r) => `${r.stream} run ${r.runId}`).join('; '),
    );
  return { runs };
}

export async function pauseStream(rt: SyncRuntime, stream: StreamName, actor: Actor): Promise<StreamControlAnswer> {
  const control = await loadControl(rt.kv);
  const state = await loadRunState(rt.kv, stream);
  if (control.paused[stream]) return answerOf(stream, 'already-paused', control, state);
  const next: ControlState = { ...control, paused: { ...control.paused, [stream]: mark(rt, actor) } };
  await saveControl(rt.kv, next);
  await record(
    rt,
    actor,
    'console.paused',
    `${stream} sync`,
    `The ${stream} sync was paused.`,
    stateText(control, state, stream),
    stateText(next, state, stream),
  );
  return answerOf(stream, state?.status === 'running' ? 'pausing' : 'paused', next, state);
}

export async function resumeStream(rt: SyncRuntime, stream: StreamName, actor: Actor): Promise<StreamControlAnswer> {
  const control = await loadControl(rt.kv);
  const before = await loadRunState(rt.kv, stream);
  if (!control.paused[stream] && before?.status !== 'paused') return answerOf(stream, 'not-paused', control, before);
  const paused = { ...control.paused };
  delete paused[stream];
  const next: ControlState = { ...control, paused };
  await saveControl(rt.kv, next);
  const after = await continueIfFree(rt, next, stream, before);
  await record(
    rt,
    actor,
    'console.resumed',
    `${stream} sync`,
    `The ${stream} sync was resumed.`,
    stateText(control, before, stream),
    stateText(next, after, stream),
  );
  return answerOf(stream, 'resumed', next, after);
}

/** A paused run continues from its checkpoint once nothing holds its stream. */
async function continueIfFree(rt: SyncRuntime, control: ControlState, stream: StreamName, state: RunState | null) {
  if (state?.status !== 'paused' || isHeld(control, stream)) return state;
  return resumeRun(rt, state);
}

export async function cancelRun(
  rt: SyncRuntime,
  stream: StreamName,
  runId: string | undefined,
  actor: Actor,
): Promise<StreamControlAnswer> {
  const control = await loadControl(rt.kv);
  const state = await loadRunState(rt.kv, stream);
  if (!state || !isActive(state)) return answerOf(stream, 'no-run', control, state);
  if (runId && runId !== state.runId) return answerOf(stream, 'other-run', control, state);
  let next = control;
  let after: RunState = state;
  if (state.status === 'running') {
    // A job may be working on it: it ends the run at its next page boundary.
    next = { ...control, cancel: { ...control.cancel, [stream]: { ...mark(rt, actor), runId: state.runId } } };
    await saveControl(rt.kv, next);
  } else {
    // Paused or waiting: no job holds it, so it ends here.
    const nowIso = rt.now().toISOString();
    after = { ...state, status: 'cancelled', finishedAt: nowIso, heartbeatAt: nowIso, errorSummary: 'CANCELLED' };
    await saveRunState(rt.kv, after);
    await writeRunRecord(rt, after, streamFor(stream).direction, true);
    await startRunsWaitingFor(rt, stream);
  }
  await record(
    rt,
    actor,
    'console.cancelled',
    `${stream} run ${state.runId}`,
    `The ${stream} run ${state.runId} was cancelled.`,
    stateText(control, state, stream),
    stateText(next, after, stream),
  );
  return answerOf(stream, after.status === 'cancelled' ? 'cancelled' : 'cancelling', next, after);
}

export async function maintenanceState(rt: SyncRuntime, control: ControlState): Promise<MaintenanceState> {
  return {
    on: control.maintenance !== null,
    since: control.maintenance?.at ?? null,
    byWorkspaceMemberId: control.maintenance?.byWorkspaceMemberId ?? null,
    heldPushes: control.maintenance ? await heldPushCount(rt) : 0,
  };
}

async function everyStream(
  rt: SyncRuntime,
  control: ControlState,
  outcome: (state: RunState | null) => StreamControlOutcome,
) {
  const answers: StreamControlAnswer[] = [];
  for (const stream of STREAMS) {
    const state = await loadRunState(rt.kv, stream);
    answers.push(answerOf(stream, outcome(state), control, state));
  }
  return answers;
}

/** Maintenance: every stream stops at its checkpoint, no scheduled run starts, Twenty edits are held (held-pushes.ts). */
export async function pauseAll(rt: SyncRuntime, actor: Actor): Promise<MaintenanceAnswer> {
  const control = await loadControl(rt.kv);
  const next: ControlState = control.maintenance ? control : { ...control, maintenance: mark(rt, actor) };
  if (!control.maintenance) {
    await saveControl(rt.kv, next);
    await record(
      rt,
      actor,
      'console.maintenance-on',
      'sync',
      'Maintenance started: every sync paused, pushes held.',
      'maintenance off',
      'maintenance on',
    );
  }
  const streams = await everyStream(rt, next, (s) =>
    control.maintenance ? 'already-paused' : s?.status === 'running' ? 'pausing' : 'paused',
  );
  return { maintenance: await maintenanceState(rt, next), streams, pushesReleased: 0 };
}

/** Ends maintenance and every stream's pause: paused runs continue from their checkpoints, held pushes go out. */
export async function resumeAll(rt: SyncRuntime, actor: Actor): Promise<MaintenanceAnswer> {
  const control = await loadControl(rt.kv);
  const next: ControlState = { ...control, maintenance: null, paused: {} };
  await saveControl(rt.kv, next);
  for (const stream of STREAMS) await continueIfFree(rt, next, stream, await loadRunState(rt.kv, stream));
  const pushesReleased = await releaseHeldPushes(rt);
  await record(
    rt,
    actor,
    'console.maintenance-off',
    'sync',
    `Maintenance ended: syncs resumed, ${pushesReleased} held record pushes released.`,
    control.maintenance ? 'maintenance on' : 'maintenance off',
    'maintenance off',
  );
  const streams = await everyStream(rt, next, (s) => (s?.status === 'running' ? 'resumed' : 'not-paused'));
  return { maintenance: await maintenanceState(rt, next), streams, pushesReleased };
}
