// What an operator asked of the engine (issue 16 item 3): streams paused, maintenance on, runs to cancel. It lives in
// its own kv entry, written only by the console's routes: a job saves its run state last in every step (D30), so a
// request written into the run state could be overwritten by a job in flight; here the job only reads it, at each
// page boundary.
import type { KvPort } from 'server/host/kv';
import type { StreamName } from 'server/settings/schema';

export interface OperatorMark {
  at: string;
  byWorkspaceMemberId: string | null;
}

export interface ControlState {
  paused: Partial<Record<StreamName, OperatorMark>>;
  maintenance: OperatorMark | null;
  /** The run of the stream to end CANCELLED at its next page boundary. */
  cancel: Partial<Record<StreamName, OperatorMark & { runId: string }>>;
}

const CONTROL_KEY = 'metakocka:console:control';

export const NO_CONTROL: ControlState = { paused: {}, maintenance: null, cancel: {} };

export async function loadControl(kv: KvPort): Promise<ControlState> {
  const stored = await kv.get<Partial<ControlState>>(CONTROL_KEY);
  return { ...NO_CONTROL, ...stored };
}

export const saveControl = (kv: KvPort, control: ControlState) => kv.set(CONTROL_KEY, control);

/** Scheduled runs do not start, and a running one stops at its checkpoint. */
export const isHeld = (control: ControlState, stream: StreamName) =>
  control.maintenance !== null || control.paused[stream] !== undefined;

export const cancelRequested = (control: ControlState, stream: StreamName, runId: string) =>
  control.cancel[stream]?.runId === runId;

/** What a job does at a page boundary: go on, stop at its checkpoint (pause), or end the run (cancel). */
export type PageVerdict = 'go-on' | 'hold' | 'cancel';

export function pageVerdict(control: ControlState, stream: StreamName, runId: string): PageVerdict {
  if (cancelRequested(control, stream, runId)) return 'cancel';
  return isHeld(control, stream) ? 'hold' : 'go-on';
}
