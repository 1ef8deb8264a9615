// The part of the Twenty stand-in (helper D, test/twenty/stand-in) the harness uses, typed structurally so the
// harness compiles on its own; CONTRACTS.md "Twenty stand-in (D)" and "Harness (E)" describe it.

/** One record write as the stand-in reports it: `name` ("company.created") or `action` ("created"). */
export interface StandInRecordEvent {
  name?: string;
  action?: string;
  objectNameSingular: string;
  recordId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  updatedFields: string[];
  workspaceMemberId?: string | null;
}

export interface StandInPort {
  url: string;
  tokens: { app: string; user(workspaceMemberId: string, flags: string[]): string };
  metadata: { onOperation(name: string, handler: (vars: any, auth: any) => any): void };
  appVariables: Map<string, string>;
  /** Called after every committed write with that write's record events (test/twenty/stand-in/index.ts StandInEvents). */
  events?: { on(listener: (events: StandInRecordEvent[]) => void): () => void };
  application?: { id: string };
  workspaceId?: string;
  /** The stand-in's clock; when it can advance, the harness's virtual time is this clock (test/twenty/stand-in/clock.ts). */
  clock?: { now(): number; advance?(ms: number): void };
}

export const eventNameOf = (event: StandInRecordEvent): string =>
  event.name ?? `${event.objectNameSingular}.${event.action ?? 'updated'}`;
