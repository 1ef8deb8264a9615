// Record actions: resync one record, unlink it from Metakocka, exclude it from the sync or include it again.
// Exclusion also serves a private person's erasure request: nothing more is read or written for the record.
import { z } from 'zod';
import { RecordExcludedError } from './errors';
import type { SyncRuntime } from './ports';
import { enqueuePush } from './partners/push-queue';
import { productToDraft } from './products/mapper';
import { productHash } from './products/pull';

const actionSchema = z.object({
  action: z.enum(['resync', 'unlink', 'exclude', 'include']),
  object: z.enum(['company', 'person', 'metakockaProduct']),
  recordId: z.string().uuid(),
});
export type RecordAction = z.infer<typeof actionSchema>;

export function parseRecordAction(input: unknown): RecordAction {
  const result = actionSchema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`Send { action: resync|unlink|exclude|include, object: company|person|metakockaProduct, recordId: <uuid> }: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`);
}

export async function runRecordAction(rt: SyncRuntime, a: RecordAction): Promise<{ ok: true; detail: string }> {
  if (a.object === 'metakockaProduct') return productAction(rt, a);
  const repo = a.object === 'company' ? rt.crm.companies : rt.crm.people;
  const [record] = await repo.findByIds([a.recordId]);
  if (!record) return { ok: true, detail: `No ${a.object} ${a.recordId}; nothing to do.` };
  const push = () => enqueuePush(rt, `action:${a.action}:${rt.now().toISOString()}`, a.object === 'company' ? [a.recordId] : [], a.object === 'person' ? [a.recordId] : []);
  if (a.action === 'resync') {
    if (record.metakockaSyncExcluded) throw new RecordExcludedError(a.object);
    await push();
    return { ok: true, detail: 'Queued: both sides are compared and the newer values applied under the conflict policy.' };
  }
  if (a.action === 'exclude') {
    await repo.upsertMany([{ id: a.recordId, metakockaSyncExcluded: true, metakockaSyncStatus: 'EXCLUDED' }]);
    return { ok: true, detail: 'Excluded: the sync no longer reads or writes this record.' };
  }
  if (a.action === 'include') {
    await repo.upsertMany([{ id: a.recordId, metakockaSyncExcluded: false, metakockaSyncStatus: 'PENDING' }]);
    await push();
    return { ok: true, detail: 'Included again and queued for a sync.' };
  }
  const binding = a.object === 'person' ? { metakockaPartnerId: null, metakockaContactId: null } : { metakockaPartnerId: null };
  await repo.upsertMany([{ id: a.recordId, ...binding, metakockaSyncHash: null, metakockaSyncStatus: 'NOT_SYNCED', metakockaSyncExcluded: true }]);
  return { ok: true, detail: 'Unlinked and excluded, so the next pull does not bind it again; include it to create a new Metakocka partner from it.' };
}

async function productAction(rt: SyncRuntime, a: RecordAction): Promise<{ ok: true; detail: string }> {
  if (a.action !== 'resync') return { ok: true, detail: 'Products come from Metakocka only; only "resync" applies to them.' };
  const [record] = await rt.crm.products.findByIds([a.recordId]);
  if (!record) return { ok: true, detail: `No product ${a.recordId}.` };
  const [product] = await rt.mk.productsByMkIds([record.metakockaId]);
  if (!product) {
    await rt.crm.products.upsertMany([{ id: record.id, metakockaId: record.metakockaId, isActive: false }]);
    return { ok: true, detail: 'The product is gone from Metakocka; it was deactivated.' };
  }
  const draft = productToDraft(product);
  await rt.crm.products.upsertMany([{ ...draft, id: record.id, syncHash: productHash(draft), lastSyncedAt: rt.now().toISOString() }]);
  return { ok: true, detail: 'Read again from Metakocka and updated.' };
}
