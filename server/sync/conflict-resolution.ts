// Resolves a conflict issue by picking a side, or by a merged value typed for a partner field (issue 17): the chosen
// value is written to the other system (a merged one to both), the field's sync hash records the agreement, and the
// issue is closed with its resolution: the value kept and the value that lost, so a manager can restore it. The issue
// inbox (server/inbox/conflicts.ts) and the older resolve-conflict route both come here.
import type { CompanyRecord, PersonRecord, SyncIssueRecord } from 'server/crm';
import { BINDING_HASH_KEY, changedBinding, UNBOUND } from './bindings';
import { holderOf } from './partners/holder';
import { enqueuePush } from './partners/push-queue';
import { auditRecordAction } from './record-audit';
import { withActionTimeline, type TimelineBook } from './timeline/book';
import { issueEvent } from './timeline/events';
import {
  resolveConflictRequest,
  type ConflictKeep,
  type ConflictResolutionRecord,
  type ResolveConflictAnswer,
  type ResolveConflictRequest,
} from 'server/routes/contracts';
import { problemOf, requestProblems, SyncError } from 'server/errors';
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

/** Why a conflict cannot be resolved as asked; each has its sentence and next step in the catalogue. */
export type ConflictProblem =
  | 'requestInvalid'
  | 'notOpen'
  | 'mergedLink'
  | 'mergedDocument'
  | 'notText'
  | 'recordGone'
  | 'bindingSettled'
  | 'bindingHeld'
  | 'partnerMissing'
  | 'contactGone'
  | 'notRecordConflict'
  | 'issueGone'
  | 'nothingToRestore'
  | 'summaryOnly';

export class ConflictNotOpenError extends SyncError {
  readonly code = 'CONFLICT_NOT_OPEN';
  readonly retryable = false;
  constructor(problem: ConflictProblem, params: Record<string, string> = {}) {
    super(problemOf('CONFLICT_NOT_OPEN', problem, params));
  }
}

export function parseResolveRequest(input: unknown) {
  const result = resolveConflictRequest.safeParse(input);
  if (!result.success) throw new ConflictNotOpenError('requestInvalid', requestProblems(result.error.issues));
  return result.data;
}

interface Side<R> {
  specs: Array<FieldSpec<R, any, any>>;
  source: unknown;
  record: R & { id: string; metakockaSyncHash: string | null };
  push(values: Values): Promise<unknown>;
  write(draft: object): Promise<unknown>;
}

/** What a manager chose for one conflict: a side, or a value typed for both (partner fields only). */
export type ConflictChoice = { keep: 'twenty' | 'metakocka' } | { keep: 'merged'; value: string };

const notOpen = (issueId: string) => new ConflictNotOpenError('notOpen', { issueId });

export async function resolveConflict(
  rt: SyncRuntime,
  request: ResolveConflictRequest,
  actorWorkspaceMemberId: string | null,
): Promise<ResolveConflictAnswer> {
  const [issue] = await rt.crm.syncIssues.findByIds([request.issueId]);
  if (!issue) throw notOpen(request.issueId);
  await withActionTimeline(rt, (timeline) =>
    settleConflict(rt, issue, { keep: request.keep }, actorWorkspaceMemberId, 'conflict.resolved', timeline),
  );
  return { resolved: issue.id, field: issue.conflictField ?? '', kept: request.keep };
}

/** The value a choice keeps, and the values that lost with their side. */
function outcomeOf(issue: SyncIssueRecord, choice: ConflictChoice): Pick<ConflictResolutionRecord, 'kept' | 'lost'> {
  if (choice.keep === 'merged')
    return {
      kept: choice.value,
      lost: [
        { side: 'twenty', value: issue.twentyValue },
        { side: 'metakocka', value: issue.metakockaValue },
      ],
    };
  return choice.keep === 'twenty'
    ? { kept: issue.twentyValue, lost: [{ side: 'metakocka', value: issue.metakockaValue }] }
    : { kept: issue.metakockaValue, lost: [{ side: 'twenty', value: issue.twentyValue }] };
}

/** Writes the choice to both systems, closes the issue with its resolution and leaves an audit entry. */
export async function settleConflict(
  rt: SyncRuntime,
  issue: SyncIssueRecord,
  choice: ConflictChoice,
  actorWorkspaceMemberId: string | null,
  audited: 'conflict.resolved' | 'conflict.restored' = 'conflict.resolved',
  timeline?: Pick<TimelineBook, 'record'>,
): Promise<ConflictResolutionRecord> {
  const restoring = audited === 'conflict.restored';
  if (issue.kind !== 'CONFLICT' || (issue.status !== 'OPEN' && !restoring) || !issue.conflictField || !issue.recordId)
    throw notOpen(issue.id);
  const merged = choice.keep === 'merged';
  if (merged && (issue.recordObject === SALES_DOCUMENT_OBJECT || issue.conflictField === BINDING_HASH_KEY))
    throw new ConflictNotOpenError(issue.conflictField === BINDING_HASH_KEY ? 'mergedLink' : 'mergedDocument');
  if (issue.recordObject === SALES_DOCUMENT_OBJECT)
    await keepDocumentSide(rt, issue.recordId, choice.keep as 'twenty' | 'metakocka'); // whole documents (D41)
  else if (issue.conflictField === BINDING_HASH_KEY)
    await resolveBinding(rt, issue.recordObject ?? '', issue.recordId, choice.keep as 'twenty' | 'metakocka');
  else await resolveField(rt, issue.recordObject ?? '', issue.recordId, issue.conflictField, choice);
  const nowIso = rt.now().toISOString();
  const resolution: ConflictResolutionRecord = {
    keep: choice.keep as ConflictKeep,
    ...outcomeOf(issue, choice),
    by: actorWorkspaceMemberId,
    at: nowIso,
    ...(restoring ? { restoredAt: nowIso } : {}),
  };
  await rt.crm.syncIssues.upsertMany([
    { id: issue.id, issueKey: issue.issueKey, status: 'RESOLVED', lastSeenAt: nowIso, resolution },
  ]);
  const event = issueEvent(issue, 'resolved', issue.kind);
  if (event) timeline?.record(event);
  const kept = merged ? 'a merged value' : `the ${choice.keep === 'twenty' ? 'Twenty' : 'Metakocka'} value`;
  await auditRecordAction(
    rt,
    actorWorkspaceMemberId,
    audited,
    `${issue.recordObject} ${issue.recordId}`,
    `Conflict on "${issue.conflictField}" ${restoring ? 'restored to' : 'resolved by keeping'} ${kept} (issue ${issue.id}).`,
    {
      before: `Twenty: ${issue.twentyValue ?? ''}; Metakocka: ${issue.metakockaValue ?? ''}`,
      after: `${issue.conflictField}: ${resolution.kept ?? ''}`,
    },
  );
  return resolution;
}

async function resolveField(
  rt: SyncRuntime,
  object: string,
  recordId: string,
  field: string,
  choice: ConflictChoice,
): Promise<void> {
  const side = await loadSide(rt, object, recordId);
  const mk = mkValues(side.specs, side.source);
  const tw = twentyValues(side.specs, side.record);
  const spec = side.specs.find((s) => s.name === field)!;
  const hashes = decodeFieldHashes(side.record.metakockaSyncHash) ?? {};
  if (choice.keep === 'merged') {
    if (typeof mk[field] !== 'string' && typeof tw[field] !== 'string' && mk[field] != null)
      throw new ConflictNotOpenError('notText', { field });
    await side.push({ ...mk, [field]: choice.value });
    hashes[field] = fieldHash(choice.value);
    await side.write({
      ...spec.toTwenty(choice.value),
      metakockaSyncHash: encodeFieldHashes(hashes),
      metakockaSyncStatus: 'SYNCED',
    });
  } else if (choice.keep === 'twenty') {
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
  if (!record) throw new ConflictNotOpenError('recordGone', { object, recordId });
  const change = changedBinding(record);
  if (!change) throw new ConflictNotOpenError('bindingSettled', { object, recordId });
  const binding = keep === 'twenty' ? change.now : change.synced;
  const [partner = '', contact = ''] = binding.split('/');
  const fields =
    object === 'company'
      ? { metakockaPartnerId: partner || null }
      : { metakockaPartnerId: partner || null, metakockaContactId: contact || null };
  const holder = keep === 'metakocka' ? await holderOf(rt, fields, recordId) : null;
  if (holder)
    throw new ConflictNotOpenError('bindingHeld', {
      binding,
      holderObject: holder.object,
      holderName: holder.name,
      holderId: holder.id,
    });
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
    if (!partner) throw new ConflictNotOpenError('partnerMissing', { object, recordId: id });
    return partner;
  };
  if (object === 'company') {
    const [record] = await rt.crm.companies.findByIds([id]);
    if (!record) throw new ConflictNotOpenError('recordGone', { object, recordId: id });
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
  if (!record) throw new ConflictNotOpenError('recordGone', { object, recordId: id });
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
    throw new ConflictNotOpenError('contactGone', {
      contactId: record.metakockaContactId ?? '',
      partnerId: partner.mkId,
    });
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
