// Products pull, one step = one product_list page (1000 rows) into Twenty, writing only what changed (issue #5 item 1).
import type { ProductDraft, ProductRecord } from 'server/crm';
import { ANY_DELETION_STATE, TWENTY_BATCH_CAP, chunk } from 'server/crm/records';
import { AmbiguousMatchError } from '../errors';
import { hashValue, uuidFromKey } from '../hashing';
import { MK_PRODUCT_PAGE_MAX, type MetakockaProduct } from '../mk-port';
import type { RunCounts } from '../checkpoints';
import { samplePlan, type PlanEntry, type StepContext, type StepOutcome } from '../stream';
import { reportUnreadable } from '../unreadable';
import { PRODUCT_SYNCED_FIELDS, productToDraft } from './mapper';
import { indexProducts, matchProduct } from './matcher';
import { productInScope } from './scope';
import { tallyStock, writeWarehouses, type WarehouseTally } from './warehouses';
import { changedFields } from '../timeline/changed-fields';

export interface ProductScanCursor {
  phase: 'scan';
  offset: number;
  seenActive: number;
  /** Stock by warehouse of the pages read so far (warehouses.ts). */
  stock: WarehouseTally;
}

/** The scope of the ids this run's product scan saw (checkpoints.ts SeenBook). */
export const PRODUCTS_SEEN = 'products';

export const productHash = (draft: Partial<ProductDraft>) =>
  hashValue(Object.fromEntries(PRODUCT_SYNCED_FIELDS.map((field) => [field, draft[field]])));

export async function pullProductsPage(ctx: StepContext, cursor: ProductScanCursor): Promise<StepOutcome> {
  const { rt, settings } = ctx;
  // Every product is read, the e-shop filter too, so one that leaves the filters is seen and marked (scope.ts).
  const { products: all, unreadable } = await rt.mk.productsPage(cursor.offset, MK_PRODUCT_PAGE_MAX, {
    eshopOnly: false,
  });
  const records = all.filter((p) => productInScope(settings.filters, p));
  const left = all.filter((p) => !productInScope(settings.filters, p));
  const rows = all.length + unreadable.length;
  const complete = rows < MK_PRODUCT_PAGE_MAX; // no total count: a short page is the last (API.md §2.3)
  const plan = await planProducts(ctx, records, left);
  if (!ctx.dryRun) await rt.crm.products.upsertMany(plan.writes.map((w) => w.draft));
  ctx.seen.add(PRODUCTS_SEEN, [
    ...records.map((p) => p.mkId),
    ...reportUnreadable(ctx.issues, 'metakockaProduct', unreadable),
  ]);
  ctx.issues.succeeded(plan.synced);
  const stock = tallyStock(
    cursor.stock,
    all.flatMap((p) => p.stock),
  );
  if (complete && !ctx.dryRun) await writeWarehouses(rt.crm.warehouses, stock, rt.now());
  const next = complete
    ? { phase: 'deletions', seenActive: cursor.seenActive + plan.activePresent, after: null }
    : { phase: 'scan', offset: cursor.offset + rows, seenActive: cursor.seenActive + plan.activePresent, stock };
  return {
    cursor: next,
    done: false,
    counts: {
      ...plan.counts,
      failed: plan.counts.failed + unreadable.length,
      recordsDone: all.length + unreadable.length,
    },
    recordsEstimated: complete ? cursor.offset + rows : null,
    plan: ctx.dryRun
      ? samplePlan(
          plan.writes.map((w) => ({
            action: w.kind,
            object: 'metakockaProduct',
            id: w.draft.id ?? null,
            metakockaId: w.draft.metakockaId,
            name: w.draft.name ?? w.name,
          })),
        )
      : undefined,
  };
}

interface ProductPlan {
  writes: Array<{ kind: PlanEntry['action']; draft: ProductDraft; name?: string }>;
  synced: string[];
  activePresent: number;
  counts: Pick<RunCounts, 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed' | 'leftScope' | 'enteredScope'>;
}

async function planProducts(
  ctx: StepContext,
  products: MetakockaProduct[],
  outOfScope: MetakockaProduct[],
): Promise<ProductPlan> {
  const { rt, issues } = ctx;
  const nowIso = rt.now().toISOString();
  const index = await loadIndex(ctx, products, outOfScope);
  const plan: ProductPlan = {
    writes: [],
    synced: [],
    activePresent: 0,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, leftScope: 0, enteredScope: 0 },
  };
  for (const product of outOfScope) leaveScope(plan, index.byMkId.get(product.mkId)?.[0], product);
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
    const entering = match.kind !== 'new' && match.record.outOfSyncScope === true;
    if (entering) plan.counts.enteredScope += 1;
    if (match.kind === 'bound' && match.record.syncHash === hash) {
      plan.counts.unchanged += 1;
      if (entering)
        plan.writes.push({
          kind: 'enter-scope',
          draft: { id: match.record.id, metakockaId: product.mkId, outOfSyncScope: false },
          name: match.record.name,
        });
      continue;
    }
    const id = match.kind === 'new' ? uuidFromKey(`metakockaProduct:${product.mkId}`) : match.record.id;
    // Only a product synced before: a first sync's are Twenty's own rows (D7, D81).
    if (match.kind !== 'new' && match.record.lastSyncedAt) {
      const fields = changedFields(PRODUCT_SYNCED_FIELDS, draft, match.record);
      if (fields.length > 0) ctx.timeline.record({ object: 'metakockaProduct', recordId: id, kind: 'pulled', fields });
    }
    plan.writes.push({
      kind: entering ? 'enter-scope' : match.kind === 'new' ? 'create' : 'update',
      draft: { ...draft, id, syncHash: hash, lastSyncedAt: nowIso, ...(entering ? { outOfSyncScope: false } : {}) },
    });
    plan.counts[match.kind === 'new' ? 'created' : 'updated'] += 1;
  }
  return plan;
}

/** A product the filters leave out: its Twenty record, if any, is marked (only the flag changes); none is created. */
function leaveScope(plan: ProductPlan, record: ProductRecord | undefined, product: MetakockaProduct) {
  if (!record || record.outOfSyncScope === true || record.deletedAt) return void (plan.counts.skipped += 1);
  plan.writes.push({
    kind: 'leave-scope',
    draft: { id: record.id, metakockaId: product.mkId, outOfSyncScope: true },
    name: record.name,
  });
  plan.counts.leftScope += 1;
}

/**
 * The bound product of each Metakocka product, and on a first sync the unbound live one with its code: both in one read
 * per 200 products, since a bound catalogue would make a separate code read pure overhead (docs/sync-performance.md).
 */
async function loadIndex(ctx: StepContext, products: MetakockaProduct[], outOfScope: MetakockaProduct[]) {
  const found: ProductRecord[] = [];
  const inScope = new Set(products.map((p) => p.mkId));
  for (const part of chunk([...products, ...outOfScope], TWENTY_BATCH_CAP)) {
    // Only a product in scope may be matched by code (a first sync); one out of scope is only marked if bound.
    const codes = part
      .filter((p) => inScope.has(p.mkId))
      .map((p) => p.code)
      .filter((code) => code !== '');
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
