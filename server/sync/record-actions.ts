// Record actions: resync one record, unlink it from Metakocka, exclude it from the sync or include it again.
// Exclusion also serves a private person's erasure request: nothing more is read or written for the record.
import { recordActionRequest, type RecordActionAnswer, type RecordActionRequest } from 'server/routes/contracts';
import type { Language } from 'plugin/constants/plural';
import { actionText, type ActionMessageId } from './action-messages';
import { RecordExcludedError, SyncRequestError } from './errors';
import type { SyncRuntime } from './ports';
import { enqueuePush } from './partners/push-queue';
import { productToDraft } from './products/mapper';
import { productHash } from './products/pull';
import { auditRecordAction, syncStateText } from './record-audit';

export type RecordAction = RecordActionRequest;

export function parseRecordAction(input: unknown): RecordAction {
  const result = recordActionRequest.safeParse(input);
  if (result.success) return result.data;
  throw new SyncRequestError('recordAction', result.error.issues);
}

/** Runs the action; the answer's detail is worded in `language` (the caller's), the audit entry in English. */
export async function runRecordAction(
  rt: SyncRuntime,
  a: RecordAction,
  actorWorkspaceMemberId: string | null,
  language: Language,
): Promise<RecordActionAnswer> {
  const told = (id: ActionMessageId, params?: Record<string, string>) => ({
    ok: true as const,
    detail: actionText(language, id, params),
  });
  if (a.object === 'metakockaProduct') return told(await productAction(rt, a), { recordId: a.recordId });
  const repo = a.object === 'company' ? rt.crm.companies : rt.crm.people;
  const [record] = await repo.findByIds([a.recordId]);
  if (!record) return told('record.missing', { object: a.object, recordId: a.recordId });
  const push = () =>
    enqueuePush(
      rt,
      `action:${a.action}:${rt.now().toISOString()}`,
      a.object === 'company' ? [a.recordId] : [],
      a.object === 'person' ? [a.recordId] : [],
    );
  if (a.action === 'resync') {
    if (record.metakockaSyncExcluded) throw new RecordExcludedError(a.object);
    await push();
    return told('record.resyncQueued');
  }
  const change = actionChange(a.action, a.object);
  await repo.upsertMany([{ id: a.recordId, ...change.write }]);
  await auditRecordAction(
    rt,
    actorWorkspaceMemberId,
    `record.${change.audited}`,
    `${a.object} ${a.recordId}`,
    actionText('en', change.detail),
    {
      before: syncStateText(record),
      after: syncStateText({ ...record, ...change.write }),
    },
  );
  if (a.action === 'include') await push();
  return told(change.detail);
}

/** What exclude, include and unlink write, and what the user is told. */
function actionChange(action: 'exclude' | 'include' | 'unlink', object: 'company' | 'person') {
  if (action === 'exclude') {
    return {
      audited: 'excluded',
      write: { metakockaSyncExcluded: true, metakockaSyncStatus: 'EXCLUDED' },
      detail: 'record.excluded',
    } as const;
  }
  if (action === 'include') {
    return {
      audited: 'included',
      write: { metakockaSyncExcluded: false, metakockaSyncStatus: 'PENDING' },
      detail: 'record.included',
    } as const;
  }
  const binding =
    object === 'person' ? { metakockaPartnerId: null, metakockaContactId: null } : { metakockaPartnerId: null };
  return {
    audited: 'unlinked',
    write: { ...binding, metakockaSyncHash: null, metakockaSyncStatus: 'NOT_SYNCED', metakockaSyncExcluded: true },
    detail: 'record.unlinked',
  } as const;
}

async function productAction(rt: SyncRuntime, a: RecordAction): Promise<ActionMessageId> {
  if (a.action !== 'resync') return 'product.resyncOnly';
  const [record] = await rt.crm.products.findByIds([a.recordId]);
  if (!record) return 'product.missing';
  const { gone } = await rereadProducts(rt, [record]);
  return gone.length > 0 ? 'product.gone' : 'product.updated';
}

/** Reads products again from Metakocka in one call and writes them; one Metakocka no longer has is deactivated. */
export async function rereadProducts(
  rt: SyncRuntime,
  records: Array<{ id: string; metakockaId: string }>,
): Promise<{ updated: string[]; gone: string[] }> {
  if (records.length === 0) return { updated: [], gone: [] };
  const products = new Map(
    (await rt.mk.productsByMkIds(records.map((r) => r.metakockaId))).map((p) => [p.mkId, p] as const),
  );
  const nowIso = rt.now().toISOString();
  const writes = records.map((record) => {
    const product = products.get(record.metakockaId);
    if (!product) return { id: record.id, metakockaId: record.metakockaId, isActive: false };
    const draft = productToDraft(product);
    return { ...draft, id: record.id, syncHash: productHash(draft), lastSyncedAt: nowIso };
  });
  await rt.crm.products.upsertMany(writes);
  return {
    updated: records.filter((r) => products.has(r.metakockaId)).map((r) => r.id),
    gone: records.filter((r) => !products.has(r.metakockaId)).map((r) => r.id),
  };
}
