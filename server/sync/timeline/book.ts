// Collects a page's sync events and writes them with the page: one batch create of timeline rows per page, the
// activity type's workspace id resolved once per run (D81; UI-SURFACES.md §2). A Twenty that refuses the write (an
// older server, the type turned off, a token without the right) leaves the run without events and with one INFO issue,
// never a failed sync.
import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { createTimelineActivities, type TimelineActivityDraft } from 'server/crm/timeline-activities';
import { isSyncError } from 'server/errors';
import type { StreamName } from 'server/settings/schema';
import { createIssueBook, type IssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import { TimelineRefusedError } from './errors';
import type { SyncEvent } from './events';

/** A run's timeline, kept in its checkpoint: the type's workspace id, or why the run writes no events. */
export type TimelineSetting = { typeId: string } | { off: 'refused' | 'inactive' | 'unavailable' };

export interface TimelineBook {
  record(event: SyncEvent): void;
  /** Writes what was recorded since the last flush; nothing when nothing was. */
  flush(): Promise<void>;
  /** What the run found out about its timeline, for the checkpoint. */
  setting(): TimelineSetting | undefined;
  /** The events of the last flush, kept when Twenty turned the write away for now; empty once a flush wrote them. */
  unwritten(): SyncEvent[];
}

/** The one INFO issue a refusal raises, whichever stream and page meets it first. */
export const TIMELINE_ISSUE_KEY = 'timeline:TIMELINE_REFUSED';

export interface TimelineBookOptions {
  stream: StreamName;
  /** The run the events belong to (shown on each row); null for pushes outside a run. */
  runId: string | null;
  /** Where the refusal is raised: the run's issue book (which in turn tells this book what it raised). */
  issues: Pick<IssueBook, 'fail'>;
  setting?: TimelineSetting;
  /** Events a retried job carries from the attempt whose timeline write was turned away: written with the first flush. */
  carried?: SyncEvent[];
  dryRun?: boolean;
}

export function createTimelineBook(rt: SyncRuntime, opts: TimelineBookOptions): TimelineBook {
  let setting = opts.setting;
  const pending = new Map<string, SyncEvent>();
  let unwritten: SyncEvent[] = [];
  const refuse = (detail: string) => {
    setting = { off: 'refused' };
    opts.issues.fail({
      recordObject: 'timeline',
      metakockaId: 'timeline',
      issueKey: TIMELINE_ISSUE_KEY,
      error: new TimelineRefusedError(detail),
    });
  };
  const resolveType = async (): Promise<TimelineSetting> => {
    if (!rt.timelineActivityTypes) return { off: 'unavailable' };
    const answer = await rt.timelineActivityTypes();
    if (!answer.ok) {
      refuse(answer.detail);
      return setting!;
    }
    const type = answer.types.find(
      (t) => t.universalIdentifier === SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
    );
    if (!type) {
      refuse('the timeline activity type "Metakocka sync" is not installed');
      return setting!;
    }
    // An admin who turned the type off (Settings → Applications) chose no rows: no issue for that.
    return type.isActive ? { typeId: type.id } : { off: 'inactive' };
  };
  const record = (event: SyncEvent) => {
    if (opts.dryRun || (setting && 'off' in setting)) return;
    const key = `${event.object}:${event.recordId}:${event.kind}`;
    const before = pending.get(key);
    const fields = [...new Set([...(before?.fields ?? []), ...(event.fields ?? [])])];
    pending.set(key, { ...before, ...event, ...(event.fields || before?.fields ? { fields } : {}) });
  };
  for (const event of opts.carried ?? []) record(event);
  return {
    record,
    async flush() {
      if (pending.size === 0) return;
      const events = [...pending.values()];
      pending.clear();
      setting ??= await resolveType();
      if (!('typeId' in setting)) return;
      const happensAt = rt.now().toISOString();
      const typeId = setting.typeId;
      const rows: TimelineActivityDraft[] = events.map((event) => ({
        timelineActivityTypeId: typeId,
        targetObject: event.object,
        targetRecordId: event.recordId,
        name: `metakocka.${event.kind}`,
        happensAt,
        properties: {
          event: event.kind,
          stream: opts.stream,
          ...(opts.runId ? { runId: opts.runId } : {}),
          ...(event.fields ? { fields: event.fields } : {}),
          ...(event.errorCode ? { errorCode: event.errorCode } : {}),
        },
      }));
      try {
        await createTimelineActivities(rt.crm.gateway, rows);
        unwritten = [];
      } catch (error) {
        // Rate limit and outages are the run's to wait out like any write, and the job that retries finds this page's
        // records written: it gets the events through the checkpoint. Anything else is Twenty saying no.
        if (isSyncError(error) && error.retryable) {
          unwritten = events;
          throw error;
        }
        refuse(error instanceof Error ? error.message : String(error));
      }
    },
    setting: () => setting,
    unwritten: () => unwritten,
  };
}

/** An action outside a run (a manager settling conflicts in the inbox): its events in one batch when it ends, done or
 *  not, and a refusal's INFO issue with them. */
export async function withActionTimeline<T>(
  rt: SyncRuntime,
  work: (timeline: Pick<TimelineBook, 'record'>) => Promise<T>,
): Promise<T> {
  const issues = createIssueBook(rt, 'partners');
  const timeline = createTimelineBook(rt, { stream: 'partners', runId: null, issues });
  try {
    return await work(timeline);
  } finally {
    await timeline.flush();
    if (issues.pending().length > 0) await issues.flush({ dryRun: false, resolveOpen: false });
  }
}
