// After a complete pull: Twenty companies and people never bound to Metakocka (their create event was lost, or their
// push died before binding) are queued for a push, so no Twenty record is silently left out (ANCHORS.md §2 item 10).
import type { StepContext, StepOutcome } from '../stream';
import { enqueuePush } from './push-queue';

const NOT_EXCLUDED = { or: [{ metakockaSyncExcluded: { is: 'NULL' } }, { metakockaSyncExcluded: { eq: false } }] };

export async function sweepUnbound(ctx: StepContext): Promise<StepOutcome> {
  const { crm } = ctx.rt;
  const companies = await crm.companies.findWhere({ and: [{ metakockaPartnerId: { is: 'NULL' } }, NOT_EXCLUDED] });
  const people = await crm.people.findWhere({
    and: [{ metakockaPartnerId: { is: 'NULL' } }, { metakockaContactId: { is: 'NULL' } }, NOT_EXCLUDED],
  });
  if (!ctx.dryRun)
    await enqueuePush(
      ctx.rt,
      `sweep:${ctx.state.runId}`,
      companies.map((c) => c.id),
      people.map((p) => p.id),
    );
  return {
    cursor: { phase: 'done' },
    done: true,
    counts: {},
    plan: ctx.dryRun ? [...companies, ...people].slice(0, 20).map((r) => ({ action: 'push', id: r.id })) : undefined,
  };
}
