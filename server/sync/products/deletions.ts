// Deletions run only after a complete scan (ANCHORS.md §2 items 11, 12): a product gone from Metakocka is deactivated in Twenty, never erased.
import type { ProductDraft } from 'server/crm';
import { PRODUCTS_SEEN, productHash } from './pull';
import type { StepContext, StepOutcome } from '../stream';

export interface ProductDeletionCursor {
  phase: 'deletions';
  seenActive: number;
  after: string | null;
}

const PAGES_PER_STEP = 5;
const PAGE_SIZE = 200;
const ACTIVE_BOUND = { and: [{ isActive: { eq: true } }, { metakockaId: { is: 'NOT_NULL' } }] };

export async function deactivateMissingProducts(ctx: StepContext, cursor: ProductDeletionCursor): Promise<StepOutcome> {
  const { rt, settings } = ctx;
  const filtered = settings.filters.eshopOnly || settings.filters.productCategories.length > 0;
  if (filtered) return finish(ctx, 0); // a filtered scan is not a complete scan: nothing is deactivated
  if (cursor.after === null) {
    // One count call settles the usual case: as many active products in Twenty as active ones seen in Metakocka.
    const count = (await rt.crm.products.page(null, 1, ACTIVE_BOUND)).totalCount;
    if (count <= cursor.seenActive) return finish(ctx, 0);
  }
  const seen = ctx.seen.load(PRODUCTS_SEEN);
  let after = cursor.after;
  const nowIso = rt.now().toISOString();
  const writes: ProductDraft[] = [];
  for (let i = 0; i < PAGES_PER_STEP; i += 1) {
    const page = await rt.crm.products.page(after, PAGE_SIZE, ACTIVE_BOUND);
    for (const record of page.records) {
      if (seen.has(record.metakockaId)) continue;
      writes.push({
        id: record.id,
        metakockaId: record.metakockaId,
        isActive: false,
        syncHash: productHash({ ...record, isActive: false } as ProductDraft),
        lastSyncedAt: nowIso,
      });
    }
    after = page.endCursor;
    if (!page.hasNextPage) {
      if (!ctx.dryRun) await rt.crm.products.upsertMany(writes);
      return finish(ctx, writes.length, writes);
    }
  }
  if (!ctx.dryRun) await rt.crm.products.upsertMany(writes);
  return { cursor: { ...cursor, after }, done: false, counts: { deleted: writes.length }, plan: planOf(ctx, writes) };
}

function finish(ctx: StepContext, deleted: number, writes: ProductDraft[] = []): StepOutcome {
  ctx.seen.drop(PRODUCTS_SEEN);
  return { cursor: { phase: 'done' }, done: true, counts: { deleted }, plan: planOf(ctx, writes) };
}

const planOf = (ctx: StepContext, writes: ProductDraft[]) =>
  ctx.dryRun
    ? writes.slice(0, 20).map((w) => ({ action: 'deactivate', object: 'metakockaProduct', metakockaId: w.metakockaId }))
    : undefined;
