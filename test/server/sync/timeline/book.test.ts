// The timeline book on its own (D81): a page's events in one batch create, the type read once per run, a refusal
// turning the run's events off with one INFO issue, retryable failures left to the run.
import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { CrmRateLimitedError, CrmValidationError, type Crm } from 'server/crm';
import type { FailureInput } from 'server/sync/issues';
import type { SyncRuntime, TimelineTypesAnswer } from 'server/sync/ports';
import { createTimelineBook, TIMELINE_ISSUE_KEY, type TimelineSetting } from 'server/sync/timeline/book';
import type { SyncEvent } from 'server/sync/timeline/events';

const TYPE_ID = '0b8e7f52-3f0a-4c39-9d7e-2c1f5a6b7c8d';

function world(opts: { active?: boolean; write?: () => Promise<unknown> } = {}) {
  const requests: Array<{ document: string; variables: any }> = [];
  let typeReads = 0;
  const failures: FailureInput[] = [];
  const rt = {
    crm: {
      gateway: {
        calls: () => requests.length,
        request: async (document: string, variables: any) => {
          requests.push({ document, variables });
          return opts.write ? opts.write() : {};
        },
      },
    } as unknown as Crm,
    now: () => new Date('2026-12-07T10:00:00Z'),
    timelineActivityTypes: async (): Promise<TimelineTypesAnswer> => {
      typeReads += 1;
      return {
        ok: true,
        types: [
          {
            id: TYPE_ID,
            universalIdentifier: SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
            isActive: opts.active ?? true,
          },
        ],
      };
    },
  } as unknown as SyncRuntime;
  const book = (setting?: TimelineSetting, dryRun = false, carried?: SyncEvent[]) =>
    createTimelineBook(rt, {
      stream: 'partners',
      runId: 'm2026-12-07',
      issues: { fail: (input) => void failures.push(input) },
      setting,
      carried,
      dryRun,
    });
  return { requests, failures, book, typeReads: () => typeReads };
}

describe('timeline book', () => {
  it('writes a page of events in one batch create, one row per record and event, fields merged', async () => {
    const w = world();
    const book = w.book();
    book.record({ object: 'company', recordId: 'c1', kind: 'pulled', fields: ['name'] });
    book.record({ object: 'company', recordId: 'c1', kind: 'pulled', fields: ['taxNumber'] });
    book.record({ object: 'person', recordId: 'p1', kind: 'pushed', fields: ['email'] });
    book.record({ object: 'metakockaProduct', recordId: 'x1', kind: 'errorRaised', errorCode: 'MAPPING' });
    await book.flush();
    expect(w.requests).toHaveLength(1);
    expect(w.requests[0]!.document).toContain('createTimelineActivities');
    expect(w.requests[0]!.variables.data).toEqual([
      expect.objectContaining({
        timelineActivityTypeId: TYPE_ID,
        targetCompanyId: 'c1',
        name: 'metakocka.pulled',
        properties: { event: 'pulled', stream: 'partners', runId: 'm2026-12-07', fields: ['name', 'taxNumber'] },
      }),
      expect.objectContaining({ targetPersonId: 'p1', properties: expect.objectContaining({ fields: ['email'] }) }),
      expect.objectContaining({
        targetMetakockaProductId: 'x1',
        properties: expect.objectContaining({ event: 'errorRaised', errorCode: 'MAPPING' }),
      }),
    ]);
    book.record({ object: 'company', recordId: 'c2', kind: 'pushed', fields: ['name'] });
    await book.flush();
    await book.flush(); // nothing recorded: no call
    expect(w.requests).toHaveLength(2);
    expect(w.typeReads()).toBe(1);
    expect(book.setting()).toEqual({ typeId: TYPE_ID });
  });

  it('uses the type id the run already resolved, and splits more than 200 rows into calls of 200', async () => {
    const w = world();
    const book = w.book({ typeId: TYPE_ID });
    for (let i = 0; i < 201; i += 1) book.record({ object: 'company', recordId: `c${i}`, kind: 'pulled' });
    await book.flush();
    expect(w.typeReads()).toBe(0);
    expect(w.requests.map((r) => r.variables.data.length)).toEqual([200, 1]);
  });

  it('turns the run off with one INFO issue when Twenty refuses the write', async () => {
    const w = world({ write: () => Promise.reject(new CrmValidationError('Permission denied', 'FORBIDDEN')) });
    const book = w.book();
    book.record({ object: 'company', recordId: 'c1', kind: 'pulled' });
    await book.flush();
    book.record({ object: 'company', recordId: 'c2', kind: 'pulled' });
    await book.flush();
    expect(w.requests).toHaveLength(1);
    expect(w.failures).toHaveLength(1);
    expect(w.failures[0]).toMatchObject({ issueKey: TIMELINE_ISSUE_KEY });
    expect((w.failures[0]!.error as { code: string }).code).toBe('TIMELINE_REFUSED');
    expect(book.setting()).toEqual({ off: 'refused' });
  });

  it('leaves a rate limit to the run, writes nothing for a type turned off, and nothing in a dry run', async () => {
    const limited = world({ write: () => Promise.reject(new CrmRateLimitedError('LIMIT_REACHED')) });
    const book = limited.book();
    book.record({ object: 'company', recordId: 'c1', kind: 'pulled' });
    await expect(book.flush()).rejects.toBeInstanceOf(CrmRateLimitedError);
    expect(limited.failures).toEqual([]);
    // What was turned away goes to the checkpoint; the retried job's book writes it with its first flush.
    expect(book.unwritten()).toEqual([{ object: 'company', recordId: 'c1', kind: 'pulled' }]);
    const retried = world();
    await retried.book(undefined, false, book.unwritten()).flush();
    expect(retried.requests.map((r) => r.variables.data.map((row: any) => row.targetCompanyId))).toEqual([['c1']]);

    const inactive = world({ active: false });
    const off = inactive.book();
    off.record({ object: 'company', recordId: 'c1', kind: 'pulled' });
    await off.flush();
    expect(inactive.requests).toEqual([]);
    expect(inactive.failures).toEqual([]);

    const dry = world();
    const dryBook = dry.book(undefined, true);
    dryBook.record({ object: 'company', recordId: 'c1', kind: 'pulled' });
    await dryBook.flush();
    expect(dry.requests).toEqual([]);
  });
});
