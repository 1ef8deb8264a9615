// Products pull, one step = one product_list page (1000 rows) into Twenty, writing only what changed (issue #5 item 1).
import type { ProductDraft, ProductRecord } from 'server/crm';
import { ANY_DELETION_STATE, TWENTY_BATCH_CAP, chunk } from 'server/crm/records';
import { AmbiguousMatchError } from '../errors';
import { hashValue, uuidFromKey } from '../hashing';
import { MK_PRODUCT_PAGE_MAX, type MetakockaProduct } from '../mk-port';
import { PLAN_SAMPLE_SIZE, type StepContext, type StepOutcome } from '../stream';
import { reportUnreadable } from '../unreadable';
import { PRODUCT_SYNCED_FIELDS, productToDraft } from './mapper';
import { indexProducts, matchProduct } from './matcher';

export interface ProductScanCursor {
  phase: 'scan';
  offset: number;
  seenActive: number;
}

/** The scope of the ids this run's product scan saw (checkpoints.ts SeenBook). */
export const PRODUCTS_SEEN = 'products';

export const productHash = (draft: Partial<ProductDraft>) =>
  hashValue(Object.fromEntries(PRODUCT_SYNCED_FIELDS.map((field) => [field, draft[field]])));

export async function pullProductsPage(ctx: StepContext, cursor: ProductScanCursor): Promise<StepOutcome> {
  const { rt, settings } = ctx;
  const { products: all, unreadable } = await rt.mk.productsPage(cursor.offset, MK_PRODUCT_PAGE_MAX, {
    eshopOnly: settings.filters.eshopOnly,
  });
  const wanted = settings.filters.productCategories;
  const records = wanted.length === 0 ? all : all.filter((p) => p.categories.some((c) => wanted.includes(c)));
  const rows = all.length + unreadable.length;
  const complete = rows < MK_PRODUCT_PAGE_MAX; // no total count: a short page is the last (API.md §2.3)
  const plan = await planProducts(ctx, records);
  if (!ctx.dryRun) await rt.crm.products.upsertMany(plan.writes.map((w) => w.draft));
  ctx.seen.add(PRODUCTS_SEEN, [
    ...records.map((p) => p.mkId),
    ...reportUnreadable(ctx.issues, 'metakockaProduct', unreadable),
  ]);
  ctx.issues.succeeded(plan.synced);
  const next = complete
    ? { phase: 'deletions', seenActive: cursor.seenActive + plan.activePresent, after: null }
    : { phase: 'scan', offset: cursor.offset + rows, seenActive: cursor.seenActive + plan.activePresent };
  return {
    cursor: next,
    done: false,
    counts: {
      ...plan.counts,
      failed: plan.counts.failed + unreadable.length,
      recordsDone: records.length + unreadable.length,
    },
    recordsEstimated: complete ? cursor.offset + rows : null,
    plan: ctx.dryRun
      ? plan.writes.slice(0, PLAN_SAMPLE_SIZE).map((w) => ({
          action: w.kind,
          object: 'metakockaProduct',
          metakockaId: w.draft.metakockaId,
          name: w.draft.name,
        }))
      : undefined,
  };
}

interface ProductPlan {
  writes: Array<{ kind: 'create' | 'update'; draft: ProductDraft }>;
  synced: string[];
  activePresent: number;
  counts: { created: number; updated: number; unchanged: number; skipped: number; failed: number };
}

async function planProducts(ctx: StepContext, products: MetakockaProduct[]): Promise<ProductPlan> {
  const { rt, issues } = ctx;
  const nowIso = rt.now().toISOString();
  const index = await loadIndex(ctx, products);
  const plan: ProductPlan = {
    writes: [],
    synced: [],
    activePresent: 0,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 },
  };
  for (const product of products) {
    let draft: ProductDraft;
    try {
      draft = productToDraft(product);
    } catch (error) {
      issues.fail({
        recordObject: 'metakockaProduct',
        metakockaId: product.mkId,
        recordId: index.byMkId.get(product.mkId)?.[0]?.id,
        error,
      });
      plan.counts.failed += 1;
      continue;
    }
    const match = matchProduct(index, product.mkId, draft.code ?? '');
    if (match.kind === 'excluded') {
      plan.counts.skipped += 1;
      continue;
    }
    if (match.kind === 'ambiguous') {
      issues.fail({
        recordObject: 'metakockaProduct',
        metakockaId: product.mkId,
        error: new AmbiguousMatchError(
          { what: 'product', code: draft.code ?? '' },
          match.candidates.map((c) => c.id),
        ),
      });
      plan.counts.failed += 1;
      continue;
    }
    const hash = productHash(draft);
    if (draft.isActive) plan.activePresent += 1;
    plan.synced.push(product.mkId);
    if (match.kind === 'bound' && match.record.syncHash === hash) {
      plan.counts.unchanged += 1;
      continue;
    }
    const id = match.kind === 'new' ? uuidFromKey(`metakockaProduct:${product.mkId}`) : match.record.id;
    plan.writes.push({
      kind: match.kind === 'new' ? 'create' : 'update',
      draft: { ...draft, id, syncHash: hash, lastSyncedAt: nowIso },
    });
    plan.counts[match.kind === 'new' ? 'created' : 'updated'] += 1;
  }
  return plan;
}

/**
 * The bound product of each Metakocka product, and on a first sync the unbound live one with its code: both in one read
 * per 200 products, since a bound catalogue would make a separate code read pure overhead (docs/sync-performance.md).
 */
async function loadIndex(ctx: StepContext, products: MetakockaProduct[]) {
  const found: ProductRecord[] = [];
  for (const part of chunk(products, TWENTY_BATCH_CAP)) {
    const codes = part.map((p) => p.code).filter((code) => code !== '');
    const byBinding = { metakockaId: { in: part.map((p) => p.mkId) } };
    const byCode = { and: [{ code: { in: codes } }, { metakockaId: { is: 'NULL' } }, { deletedAt: { is: 'NULL' } }] };
    // Soft-deleted bound rows are read too (deletedAt named), so a deleted product is not created again.
    found.push(
      ...(await ctx.rt.crm.products.findWhere({
        and: [{ or: codes.length > 0 ? [byBinding, byCode] : [byBinding] }, ANY_DELETION_STATE],
      })),
    );
  }
  return indexProducts(
    found.filter((p) => p.metakockaId),
    found,
  );
}

export type { ProductRecord };
