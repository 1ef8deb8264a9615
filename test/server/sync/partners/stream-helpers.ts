// What the partners stream's tests do again and again: run the stream to its end, edit a record as a user would, and
// read both sides' rows.
import { handleRecordEvents } from 'server/sync/partners/events';
import { startRun } from 'server/sync/planner';
import type { TestRuntime } from '../support/runtime';

/** One manual partners run drained to its end; the clock then moves a minute on. */
export async function syncPartners(rt: TestRuntime) {
  await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}

/** A user edit in Twenty, followed by the database event Twenty would send (batch mode). */
export async function editInTwenty(
  rt: TestRuntime,
  object: 'company' | 'person',
  id: string,
  patch: Record<string, unknown>,
) {
  const table = object === 'company' ? rt.crm.tables.companies : rt.crm.tables.people;
  const [after] = table.upsert([{ id, ...patch }]);
  await handleRecordEvents(rt, object, [{ recordId: id, after }]);
  await rt.drain();
}

export const companies = (rt: TestRuntime) => [...rt.crm.tables.companies.rows.values()];
export const people = (rt: TestRuntime) => [...rt.crm.tables.people.rows.values()];
export const issues = (rt: TestRuntime) => [...rt.crm.tables.metakockaSyncIssues.rows.values()];
export const openIssues = (rt: TestRuntime) => issues(rt).filter((i) => i.status === 'OPEN');
