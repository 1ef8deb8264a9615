// Push: Twenty companies and people → Metakocka partners and contacts; write, read back, bind, tag with the sync hash.
import { isSyncError } from 'server/errors';
import { readSettings } from 'server/settings/store';
import { loadControl } from '../control';
import { holdPush } from '../held-pushes';
import { createIssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import { pushCompany } from './push-company';
import { flushCompanies, type PushContext } from './push-context';
import { pushPerson } from './push-person';
import { createTimelineBook } from '../timeline/book';

export interface PushPayload {
  companyIds: string[];
  personIds: string[];
}

export async function pushRecords(payload: PushPayload, rt: SyncRuntime): Promise<PushContext['counts']> {
  if ((await loadControl(rt.kv)).maintenance) {
    await holdPush(rt, payload);
    return { created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 };
  }
  const settings = await readSettings(rt.kv);
  const timeline = createTimelineBook(rt, {
    stream: 'partners',
    runId: null,
    issues: { fail: (input) => issues.fail(input) },
  });
  const issues = createIssueBook(rt, 'partners', undefined, timeline);
  const ctx: PushContext = {
    rt,
    settings,
    issues,
    timeline,
    policy: (field) => settings.conflicts.partnerFields[field] ?? settings.conflicts.partners,
    counts: { created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 },
    pendingCompanies: [],
  };
  if (settings.dryRun || !settings.streams.partners.enabled) return ctx.counts;
  const companies = payload.companyIds.length ? await rt.crm.companies.findByIds(payload.companyIds) : [];
  for (const company of companies)
    await guarded(
      ctx,
      'company',
      company.id,
      company.metakockaPartnerId,
      async () => void (await pushCompany(ctx, company)),
    );
  await flushCompanies(ctx);
  const people = payload.personIds.length ? await rt.crm.people.findByIds(payload.personIds) : [];
  for (const person of people)
    await guarded(ctx, 'person', person.id, person.metakockaContactId ?? person.metakockaPartnerId, () =>
      pushPerson(ctx, person),
    );
  await ctx.issues.flush({ dryRun: false, resolveOpen: true });
  await flushTimeline(ctx);
  return ctx.counts;
}

/** One bad record becomes an issue and the batch goes on; a retryable failure fails the job so the host retries it. */
async function guarded(ctx: PushContext, object: string, id: string, mkId: string | null, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    if (isSyncError(error) && error.retryable) {
      await flushCompanies(ctx);
      await ctx.issues.flush({ dryRun: false, resolveOpen: false });
      await flushTimeline(ctx);
      throw error;
    }
    ctx.counts.failed += 1;
    ctx.issues.fail({ recordObject: object, recordId: id, metakockaId: mkId, error });
  }
}

/** The push's events in one batch after its write-backs; a refusal's INFO issue is written after them. */
async function flushTimeline(ctx: PushContext) {
  await ctx.timeline.flush();
  if (ctx.issues.pending().length > 0) await ctx.issues.flush({ dryRun: false, resolveOpen: false });
}
