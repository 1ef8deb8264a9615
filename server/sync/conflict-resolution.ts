// Resolves a conflict issue by picking a side: the chosen value is written to the other system, the field's sync hash
// records the agreement, and the issue is closed. Until the inbox UI arrives this runs behind a route (issue #5 item 4).
import type { CompanyRecord, PersonRecord } from 'server/crm';
import { BINDING_HASH_KEY, changedBinding, describeBinding, UNBOUND } from './bindings';
import { holderOf } from './partners/holder';
import { enqueuePush } from './partners/push-queue';
import { auditRecordAction } from './record-audit';
import {
  resolveConflictRequest,
  type ResolveConflictAnswer,
  type ResolveConflictRequest,
} from 'server/routes/contracts';
import { SyncError } from 'server/errors';
import { fieldHash } from './conflicts';
import { decodeFieldHashes, encodeFieldHashes } from './hashing';
import { keepDocumentSide } from './documents/actions/resolve-conflict';
import { SALES_DOCUMENT_OBJECT } from './documents/pull/twenty-edits';
import type { MetakockaPartner } from './mk-port';
import type { SyncRuntime } from './ports';
import {
  COMPANY_FIELDS,
  PERSON_FIELDS,
  PRIVATE_PERSON_FIELDS,
  contactSource,
  privatePersonSource,
  type FieldSpec,
} from './partners/fields';
import {
  companyToPartner,
  mkValues,
  personToContact,
  personToPrivatePartner,
  twentyValues,
  type Values,
} from './partners/mapper';

export class ConflictNotOpenError extends SyncError {
  readonly code = 'CONFLICT_NOT_OPEN';
  readonly retryable = false;
}

export function parseResolveRequest(input: unknown) {
  const result = resolveConflictRequest.safeParse(input);
  if (!result.success)
    throw new ConflictNotOpenError(
      `The request is not valid (${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`,
      'Send { issueId: <conflict issue id>, keep: "twenty" | "metakocka" }.',
    );
  return result.data;
}

interface Side<R> {
  specs: Array<FieldSpec<R, any, any>>;
  source: unknown;
  record: R & { id: string; metakockaSyncHash: string | null };
  push(values: Values): Promise<unknown>;
  write(draft: object): Promise<unknown>;
}

export async function resolveConflict(
  rt: SyncRuntime,
  request: ResolveConflictRequest,
  actorWorkspaceMemberId: string | null,
): Promise<ResolveConflictAnswer> {
  const [issue] = await rt.crm.syncIssues.findByIds([request.issueId]);
  if (!issue || issue.kind !== 'CONFLICT' || issue.status !== 'OPEN' || !issue.conflictField || !issue.recordId) {
    throw new ConflictNotOpenError(
      `Issue ${request.issueId} is not an open conflict.`,
      'Reload the conflict list; it may have been resolved already.',
    );
  }
  const kept = request.keep === 'twenty' ? issue.twentyValue : issue.metakockaValue;
  if (issue.recordObject === SALES_DOCUMENT_OBJECT)
    await keepDocumentSide(rt, issue.recordId, request.keep); // whole documents (D41)
  else if (issue.conflictField === BINDING_HASH_KEY)
    await resolveBinding(rt, issue.recordObject ?? '', issue.recordId, request.keep);
  else await resolveField(rt, issue.recordObject ?? '', issue.recordId, issue.conflictField, request.keep);
  await rt.crm.syncIssues.upsertMany([
    { id: issue.id, issueKey: issue.issueKey, status: 'RESOLVED', lastSeenAt: rt.now().toISOString() },
  ]);
  await auditRecordAction(
    rt,
    actorWorkspaceMemberId,
    'conflict.resolved',
    `${issue.recordObject} ${issue.recordId}`,
    `Conflict on "${issue.conflictField}" resolved by keeping the ${request.keep === 'twenty' ? 'Twenty' : 'Metakocka'} value (issue ${issue.id}).`,
    {
      before: `Twenty: ${issue.twentyValue ?? ''}; Metakocka: ${issue.metakockaValue ?? ''}`,
      after: `${issue.conflictField}: ${kept ?? ''}`,
    },
  );
  return { resolved: issue.id, field: issue.conflictField, kept: request.keep };
}

async function resolveField(
  rt: SyncRuntime,
  object: string,
  recordId: string,
  field: string,
  keep: 'twenty' | 'metakocka',
): Promise<void> {
  const side = await loadSide(rt, object, recordId);
  const mk = mkValues(side.specs, side.source);
  const tw = twentyValues(side.specs, side.record);
  const spec = side.specs.find((s) => s.name === field)!;
  const hashes = decodeFieldHashes(side.record.metakockaSyncHash) ?? {};
  if (keep === 'twenty') {
    await side.push({ ...mk, [field]: tw[field] });
    hashes[field] = fieldHash(tw[field]);
    await side.write({ metakockaSyncHash: encodeFieldHashes(hashes), metakockaSyncStatus: 'SYNCED' });
  } else {
    hashes[field] = fieldHash(mk[field]);
    await side.write({
      ...spec.toTwenty(mk[field]),
      metakockaSyncHash: encodeFieldHashes(hashes),
      metakockaSyncStatus: 'SYNCED',
    });
  }
}

/**
 * A binding changed outside the sync (D40). Keeping Metakocka puts the synced binding back under the hash the sync
 * wrote for it (refused while another record holds it); keeping Twenty accepts the record's binding as a first bind
 * (Metakocka's values come in on the queued push), or, when the record was cleared, unlinks and excludes it as "Unlink" does.
 */
async function resolveBinding(
  rt: SyncRuntime,
  object: string,
  recordId: string,
  keep: 'twenty' | 'metakocka',
): Promise<void> {
  const repo = object === 'company' ? rt.crm.companies : rt.crm.people;
  const [record] = await repo.findByIds([recordId]);
  if (!record) throw new ConflictNotOpenError(`The ${object} ${recordId} no longer exists.`, 'Ignore the issue.');
  const change = changedBinding(record);
  if (!change)
    throw new ConflictNotOpenError(
      `The binding of ${object} ${recordId} is no longer in conflict.`,
      'Reload the conflict list; it may have been resolved already.',
    );
  const binding = keep === 'twenty' ? change.now : change.synced;
  const [partner = '', contact = ''] = binding.split('/');
  const fields =
    object === 'company'
      ? { metakockaPartnerId: partner || null }
      : { metakockaPartnerId: partner || null, metakockaContactId: contact || null };
  const holder = keep === 'metakocka' ? await holderOf(rt, fields, recordId) : null;
  if (holder)
    throw new ConflictNotOpenError(
      `The synced binding (${describeBinding(binding)}) is now held by ${holder.object} "${holder.name}" (${holder.id}).`,
      "Resolve that record's binding conflict first, then this one.",
    );
  const status = binding === UNBOUND ? 'NOT_SYNCED' : 'PENDING';
  const write =
    keep === 'metakocka'
      ? { ...fields, metakockaSyncStatus: status }
      : binding === UNBOUND
        ? { ...fields, metakockaSyncHash: null, metakockaSyncStatus: status, metakockaSyncExcluded: true }
        : {
            ...fields,
            metakockaSyncHash: encodeFieldHashes({ [BINDING_HASH_KEY]: binding }),
            metakockaSyncStatus: status,
          };
  await repo.upsertMany([{ id: recordId, ...write }]);
  if (binding !== UNBOUND)
    await enqueuePush(
      rt,
      `resolve:${recordId}:${binding}`,
      object === 'company' ? [recordId] : [],
      object === 'person' ? [recordId] : [],
    );
}

async function loadSide(rt: SyncRuntime, object: string, id: string): Promise<Side<any>> {
  const partnerOf = async (mkId: string | null | undefined): Promise<MetakockaPartner> => {
    const [partner] = mkId ? await rt.mk.findPartners({ mkId }) : [];
    if (!partner)
      throw new ConflictNotOpenError(
        `The Metakocka partner of ${object} ${id} cannot be found.`,
        'Resync the record first.',
      );
    return partner;
  };
  if (object === 'company') {
    const [record] = await rt.crm.companies.findByIds([id]);
    if (!record) throw new ConflictNotOpenError(`Company ${id} no longer exists.`, 'Ignore the issue.');
    const partner = await partnerOf(record.metakockaPartnerId);
    return {
      specs: COMPANY_FIELDS,
      source: partner,
      record,
      push: (v) => rt.mk.updatePartner({ ...companyToPartner(v), mkId: partner.mkId }),
      write: (d) => rt.crm.companies.upsertMany([{ ...d, id }]),
    } satisfies Side<CompanyRecord>;
  }
  const [record] = await rt.crm.people.findByIds([id]);
  if (!record) throw new ConflictNotOpenError(`Person ${id} no longer exists.`, 'Ignore the issue.');
  const write = (d: object) => rt.crm.people.upsertMany([{ ...d, id }]);
  if (record.metakockaPartnerId) {
    const partner = await partnerOf(record.metakockaPartnerId);
    const source = privatePersonSource(partner);
    return {
      specs: PRIVATE_PERSON_FIELDS,
      source,
      record,
      write,
      push: (v) =>
        rt.mk.updatePartner({
          ...personToPrivatePartner(v, mkValues(PRIVATE_PERSON_FIELDS, source).addresses, partner.mkId, contact?.mkId),
          mkId: partner.mkId,
        }),
    } satisfies Side<PersonRecord>;
  }
  const [company] = record.companyId ? await rt.crm.companies.findByIds([record.companyId]) : [];
  const partner = await partnerOf(company?.metakockaPartnerId);
  const contact = partner.contacts.find((c) => c.mkId === record.metakockaContactId);
  if (!contact)
    throw new ConflictNotOpenError(
      `Contact ${record.metakockaContactId} is no longer on partner ${partner.mkId}.`,
      'Resync the person.',
    );
  return {
    specs: PERSON_FIELDS,
    source: contactSource(contact, partner),
    record,
    write,
    push: (v) =>
      rt.mk.updatePartner({
        ...companyToPartner(mkValues(COMPANY_FIELDS, partner)),
        mkId: partner.mkId,
        contacts: [personToContact(v, contact.mkId, contact.addressMkId)],
      }),
  } satisfies Side<PersonRecord>;
}
