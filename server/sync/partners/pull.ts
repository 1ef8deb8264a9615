// Partners pull, one step = one page of the partner register into Twenty companies and people (issue #5 item 1).
import type { CompanyDraft, CompanyRecord, PersonDraft, PersonRecord } from 'server/crm';
import type { ConflictPolicy } from 'server/settings/schema';
import { AmbiguousMatchError, UniqueClashError } from '../errors';
import { encodeFieldHashes, uuidFromKey } from '../hashing';
import { fieldHash } from '../conflicts';
import type { MetakockaPartner } from '../mk-port';
import { samplePlan, type PlanEntry, type StepContext, type StepOutcome } from '../stream';
import {
  COMPANY_FIELDS,
  PERSON_FIELDS,
  PRIVATE_PERSON_FIELDS,
  contactSource,
  joinName,
  privatePersonSource,
  type FieldSpec,
  type PersonSource,
} from './fields';
import { planRecord, type RecordPlan } from './mapper';
import { emailHolder, indexPartners, lower, matchCompany, matchPerson, type PartnerIndex } from './matcher';
import { reportUnreadable } from '../unreadable';
import { enqueuePush } from './push-queue';
import { bindingOf, type MatchResult } from '../bindings';
import { bindingConflict, orphanedPartners } from './binding-conflict';
import { OUT_OF_SCOPE, partnerInScope } from './scope';
import { ambiguousPartner, unboundByTaxNumber } from './tax-candidates';

/** get_partner pages are not trusted (API.md §2.2); 1000 keeps a step within one function run. */
export const PARTNER_PAGE = 1000;

interface PullPlan {
  companies: CompanyDraft[];
  people: PersonDraft[];
  pushCompanies: string[];
  pushPeople: string[];
  claimedEmails: Set<string>;
  /** What each record would get, for a dry run's plan. */
  entries: PlanEntry[];
  counts: {
    created: number;
    updated: number;
    unchanged: number;
    skipped: number;
    failed: number;
    leftScope: number;
    enteredScope: number;
  };
}

export async function pullPartnersPage(ctx: StepContext, offset: number): Promise<StepOutcome> {
  const { rt } = ctx;
  const page = await rt.mk.partnersPage(offset, PARTNER_PAGE);
  const index = await loadIndex(ctx, page.partners);
  const plan: PullPlan = {
    companies: [],
    people: [],
    pushCompanies: [],
    pushPeople: [],
    claimedEmails: new Set(),
    entries: [],
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, leftScope: 0, enteredScope: 0 },
  };
  for (const partner of page.partners) planPartner(ctx, index, plan, partner);
  // Which Twenty object an unreadable partner would be is not readable either; most partners are companies.
  reportUnreadable(ctx.issues, 'company', page.unreadable);
  plan.counts.failed += page.unreadable.length;
  if (!ctx.dryRun) {
    await rt.crm.companies.upsertMany(plan.companies);
    await rt.crm.people.upsertMany(plan.people);
    await enqueuePush(rt, `pull:${ctx.state.runId}:${ctx.state.step}`, plan.pushCompanies, plan.pushPeople);
  }
  return {
    cursor: page.complete ? { phase: 'sweep' } : { offset: offset + page.partners.length },
    done: false,
    counts: { ...plan.counts, recordsDone: page.partners.length },
    recordsEstimated: page.complete ? offset + page.partners.length : null,
    plan: ctx.dryRun ? samplePlan(plan.entries) : undefined,
  };
}

async function loadIndex(ctx: StepContext, partners: MetakockaPartner[]): Promise<PartnerIndex> {
  const { crm } = ctx.rt;
  const companies = await crm.companies.findBy(
    'metakockaPartnerId',
    partners.map((p) => p.mkId),
    { withDeleted: true },
  );
  const bound = new Set(companies.map((c) => c.metakockaPartnerId));
  const taxes = partners
    .filter((p) => p.businessEntity && !bound.has(p.mkId) && p.taxIdNumber)
    .map((p) => p.taxIdNumber);
  if (taxes.length > 0) companies.push(...(await unboundByTaxNumber(crm, taxes)));
  const contacts = partners.flatMap((p) => p.contacts.map((c) => ({ mkId: c.mkId, email: c.email })));
  const privates = partners.filter((p) => !p.businessEntity);
  const people = await crm.people.findByAny(
    { metakockaContactId: contacts.map((c) => c.mkId), metakockaPartnerId: privates.map((p) => p.mkId) },
    { withDeleted: true },
  );
  // E-mails are read only where a person would get one it does not have yet: a first-sync match, or a changed e-mail
  // that may clash with Twenty's unique primary e-mail (contract/README.md b6). A run with no changes reads none.
  const current = new Map(
    people.flatMap((p) =>
      [p.metakockaContactId, p.metakockaPartnerId]
        .filter((k): k is string => !!k)
        .map((k) => [k, lower(p.emails?.primaryEmail)] as const),
    ),
  );
  const privateEmails = privates.map((p) => ({ mkId: p.mkId, email: p.contacts[0]?.email ?? '' }));
  const emails = [...contacts, ...privateEmails]
    .filter((c) => lower(c.email) !== '' && current.get(c.mkId) !== lower(c.email))
    .map((c) => lower(c.email));
  if (emails.length > 0)
    people.push(...(await crm.people.findBy('emails.primaryEmail', emails, { withDeleted: true })));
  const loaded = [...companies, ...people];
  const orphaned = orphanedPartners(loaded);
  const held = new Set(loaded.map((r) => r.metakockaPartnerId));
  if (partners.some((p) => !held.has(p.mkId) && !orphaned.has(p.mkId)))
    for (const id of await partnersOfMarkedConflicts(ctx)) orphaned.add(id);
  return indexPartners(companies, [...new Map(people.map((p) => [p.id, p])).values()], orphaned);
}

/** A partner nobody holds may be one a record in a binding conflict was synced with (D40); those records are few. */
async function partnersOfMarkedConflicts(ctx: StepContext): Promise<Set<string>> {
  const marked = { metakockaSyncStatus: { eq: 'CONFLICT' } };
  return orphanedPartners([
    ...(await ctx.rt.crm.companies.findWhere(marked)),
    ...(await ctx.rt.crm.people.findWhere(marked)),
  ]);
}

/** A bound record whose binding changed outside the sync is skipped, marked and reported (binding-conflict.ts). */
function leftInConflict(
  ctx: StepContext,
  plan: PullPlan,
  object: 'company' | 'person',
  match: MatchResult<CompanyRecord | PersonRecord>,
): boolean {
  if (match.kind !== 'bound') return false;
  const conflict = bindingConflict(ctx.issues, object, match.record, ctx.rt.now());
  if (conflict?.mark) (object === 'company' ? plan.companies : plan.people).push(conflict.mark);
  return conflict !== null;
}

const policyOf =
  (ctx: StepContext) =>
  (field: string): ConflictPolicy =>
    ctx.settings.conflicts.partnerFields[field] ?? ctx.settings.conflicts.partners;

function planPartner(ctx: StepContext, index: PartnerIndex, plan: PullPlan, partner: MetakockaPartner) {
  if (!partnerInScope(ctx.settings.filters.partners, partner)) return leaveScope(index, plan, partner);
  if (!partner.businessEntity) {
    const contact = partner.contacts[0];
    planPerson(
      ctx,
      index,
      plan,
      PRIVATE_PERSON_FIELDS,
      privatePersonSource(partner),
      { partnerId: partner.mkId, contactId: contact?.mkId },
      { metakockaPartnerId: partner.mkId, metakockaContactId: contact?.mkId || null },
      partner.mkId,
    );
    return;
  }
  const match = matchCompany(index, partner.mkId, partner.taxIdNumber);
  if (match.kind === 'excluded') return void (plan.counts.skipped += 1);
  if (match.kind === 'ambiguous') {
    ctx.issues.fail({
      recordObject: 'company',
      metakockaId: partner.mkId,
      error: ambiguousPartner(partner, match.candidates),
    });
    return void (plan.counts.failed += 1);
  }
  if (leftInConflict(ctx, plan, 'company', match) || (match.kind === 'new' && index.orphaned.has(partner.mkId)))
    return void (plan.counts.skipped += 1);
  const record = match.kind === 'new' ? null : match.record;
  const id = record?.id ?? uuidFromKey(`company:${partner.mkId}`);
  const binding = bindingOf({ metakockaPartnerId: partner.mkId });
  const planned = planRecord(COMPANY_FIELDS, partner, record, policyOf(ctx), ctx.rt.now().toISOString(), {
    pushesNow: false,
    binding,
  });
  settle(
    ctx,
    plan,
    planned,
    record,
    { recordObject: 'company', id, metakockaId: partner.mkId },
    (draft) => plan.companies.push({ ...draft, id, metakockaPartnerId: partner.mkId } as CompanyDraft),
    plan.pushCompanies,
  );
  for (const contact of partner.contacts) {
    if (contact.name.trim() === '' && contact.email.trim() === '') continue;
    const extra = { metakockaContactId: contact.mkId, companyId: id };
    planPerson(
      ctx,
      index,
      plan,
      PERSON_FIELDS,
      contactSource(contact, partner),
      { contactId: contact.mkId },
      extra,
      contact.mkId,
    );
  }
}

function planPerson(
  ctx: StepContext,
  index: PartnerIndex,
  plan: PullPlan,
  specs: Array<FieldSpec<PersonRecord, PersonDraft, PersonSource>>,
  source: PersonSource,
  key: { contactId?: string; partnerId?: string },
  extra: Partial<PersonDraft>,
  metakockaId: string,
) {
  const match = matchPerson(index, key, source.email);
  if (match.kind === 'excluded') return void (plan.counts.skipped += 1);
  if (match.kind === 'ambiguous') {
    ctx.issues.fail({
      recordObject: 'person',
      metakockaId,
      error: new AmbiguousMatchError(
        { what: 'email', email: source.email },
        match.candidates.map((c) => c.id),
      ),
    });
    return void (plan.counts.failed += 1);
  }
  if (
    leftInConflict(ctx, plan, 'person', match) ||
    (match.kind === 'new' && key.partnerId && index.orphaned.has(key.partnerId))
  )
    return void (plan.counts.skipped += 1);
  const record = match.kind === 'new' ? null : match.record;
  const id = record?.id ?? uuidFromKey(`person:${metakockaId}`);
  const binding = bindingOf({ ...record, ...extra });
  const planned = planRecord(specs, source, record, policyOf(ctx), ctx.rt.now().toISOString(), {
    pushesNow: false,
    binding,
  });
  withholdClashingEmail(ctx, index, plan, planned, id, metakockaId);
  const keep = record?.companyId ? { ...extra, companyId: record.companyId } : extra;
  settle(
    ctx,
    plan,
    planned,
    record,
    { recordObject: 'person', id, metakockaId },
    (draft) => plan.people.push({ ...draft, ...keep, id } as PersonDraft),
    plan.pushPeople,
  );
}

/**
 * A partner the filters leave out: its company and people, when Twenty holds them, are marked OUT_OF_SCOPE (status
 * only, nothing else changes, nothing is deleted) and counted once; one not in Twenty is skipped, never created.
 */
function leaveScope(index: PartnerIndex, plan: PullPlan, partner: MetakockaPartner) {
  const company = partner.businessEntity ? matchCompany(index, partner.mkId, '') : null;
  const people = partner.businessEntity
    ? partner.contacts.map((c) => matchPerson(index, { contactId: c.mkId }, ''))
    : [matchPerson(index, { partnerId: partner.mkId, contactId: partner.contacts[0]?.mkId }, '')];
  const mark = (object: 'company' | 'person', match: MatchResult<CompanyRecord | PersonRecord> | null) => {
    if (match?.kind !== 'bound' || match.record.metakockaSyncStatus === OUT_OF_SCOPE) return false;
    (object === 'company' ? plan.companies : plan.people).push({
      id: match.record.id,
      metakockaSyncStatus: OUT_OF_SCOPE,
    });
    plan.entries.push(entryOf('leave-scope', object, match.record, partner.mkId));
    return true;
  };
  const marked = [mark('company', company), ...people.map((p) => mark('person', p))].filter(Boolean).length;
  plan.counts.leftScope += marked;
  if (marked === 0) plan.counts.skipped += 1;
}

function entryOf(
  action: PlanEntry['action'],
  object: string,
  record: { id: string; name?: unknown },
  metakockaId: string,
): PlanEntry {
  const name = typeof record.name === 'string' ? record.name : joinName(record.name as PersonRecord['name']);
  return { action, object, id: record.id, metakockaId, name: name || null };
}

/** Twenty's unique primary e-mail would fail the whole batch (contract/README.md): keep the e-mail out and say so. */
function withholdClashingEmail(
  ctx: StepContext,
  index: PartnerIndex,
  plan: PullPlan,
  planned: RecordPlan<PersonDraft>,
  id: string,
  metakockaId: string,
) {
  const email = String(planned.mk.email ?? '');
  if (!planned.result.toTwenty.includes('email') || email === '') return;
  const holder = emailHolder(index, email, id);
  if (!holder && !plan.claimedEmails.has(email)) return void plan.claimedEmails.add(email);
  ctx.issues.fail({
    recordObject: 'person',
    metakockaId,
    recordId: id,
    error: new UniqueClashError({ email, contactId: metakockaId, holderId: holder?.id ?? '' }),
  });
  planned.result.toTwenty = planned.result.toTwenty.filter((f) => f !== 'email');
  planned.result.hashes.email = fieldHash(planned.tw.email ?? null);
  if (planned.draft) {
    delete (planned.draft as PersonDraft).emails;
    (planned.draft as PersonDraft).metakockaSyncHash = encodeFieldHashes(planned.result.hashes);
  }
}

function settle<D>(
  ctx: StepContext,
  plan: PullPlan,
  planned: RecordPlan<D>,
  record: (CompanyRecord | PersonRecord) | null,
  who: { recordObject: string; id: string; metakockaId: string },
  write: (draft: Partial<D>) => void,
  pushIds: string[],
) {
  const nowIso = ctx.rt.now().toISOString();
  for (const field of planned.result.conflicts) {
    ctx.issues.conflict({
      recordObject: who.recordObject,
      metakockaId: who.metakockaId,
      recordId: who.id,
      field,
      twentyValue: planned.tw[field],
      metakockaValue: planned.mk[field],
      twentyChangedAt: record?.updatedAt ?? null,
      metakockaChangedAt: nowIso,
    });
  }
  if (planned.result.toMetakocka.length > 0) pushIds.push(who.id);
  if (planned.result.conflicts.length === 0) ctx.issues.succeeded([who.metakockaId]);
  const status = planned.result.conflicts.length > 0 ? 'CONFLICT' : 'SYNCED';
  // A new conflict leaves the field hashes as they were: then only the status shows Twenty's users the conflict; a
  // record the filters take back (D63) has only its status to change too.
  const entering = record?.metakockaSyncStatus === OUT_OF_SCOPE;
  if (entering) plan.counts.enteredScope += 1;
  const statusOnly =
    !planned.draft && record !== null && (status === 'CONFLICT' || entering) && record.metakockaSyncStatus !== status;
  if (!planned.draft && !statusOnly) return void (plan.counts.unchanged += 1);
  const outcome = !planned.draft ? 'unchanged' : record ? 'updated' : 'created';
  plan.counts[outcome] += 1;
  const action = entering ? 'enter-scope' : outcome === 'created' ? 'create' : 'update';
  // Only a record the sync had synced before: a first sync's matches and creations are Twenty's own rows (D7, D81).
  if (record?.metakockaLastSyncedAt && planned.result.toTwenty.length > 0)
    ctx.timeline.record({
      object: who.recordObject as 'company' | 'person',
      recordId: who.id,
      kind: 'pulled',
      fields: planned.result.toTwenty,
    });
  plan.entries.push(entryOf(action, who.recordObject, record ?? { id: who.id, ...planned.draft }, who.metakockaId));
  write({
    ...(planned.draft ?? ({} as Partial<D>)),
    metakockaSyncStatus: status,
    metakockaLastSyncedAt: nowIso,
  } as Partial<D>);
}
