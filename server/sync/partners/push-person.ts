// Push of one person: a contact of its company's partner (update_partner with the contact list, mk_id for existing
// contacts so none is duplicated, API.md §2.2), or a private-person partner when it has no company.
import type { PersonRecord } from 'server/crm';
import { bindingOf, isExcluded } from '../bindings';
import { bindingConflict } from './binding-conflict';
import { fieldHash } from '../conflicts';
import { PartnerGoneError } from '../errors';
import { encodeFieldHashes } from '../hashing';
import type { MetakockaContact, MetakockaPartner } from '../mk-port';
import {
  billingAddress,
  contactSource,
  PERSON_FIELDS,
  PRIVATE_PERSON_FIELDS,
  privatePersonSource,
  type FieldSpec,
  type PersonSource,
} from './fields';
import {
  companyToPartner,
  mergedForMetakocka,
  mkValues,
  personToContact,
  personToPrivatePartner,
  planRecord,
  twentyValues,
  type RecordPlan,
} from './mapper';
import { incomingEmail, withholdEmail } from './email-clash';
import { keepUntakenFields } from './untaken';
import { lower } from './matcher';
import { inConflict, pushCompany } from './push-company';
import { clearIntent, hasIntent, setIntent, tellPushed, type PushContext } from './push-context';
import { COMPANY_FIELDS } from './fields';
import { companyInScope, OUT_OF_SCOPE, privatePersonInScope } from './scope';

export async function pushPerson(ctx: PushContext, person: PersonRecord): Promise<void> {
  if (isExcluded(person) || person.metakockaSyncStatus === OUT_OF_SCOPE || (await personInConflict(ctx, person)))
    return void (ctx.counts.skipped += 1);
  const filters = ctx.settings.filters.partners;
  if (person.metakockaPartnerId || !person.companyId) {
    if (!privatePersonInScope(filters, person)) return void (ctx.counts.skipped += 1);
    return pushPrivatePerson(ctx, person);
  }
  const [company] = await ctx.rt.crm.companies.findByIds([person.companyId]);
  // A contact goes with its company: the filters judge the partner, not its people.
  if (!company || isExcluded(company) || !companyInScope(filters, company) || inConflict(ctx, company))
    return void (ctx.counts.skipped += 1);
  // The parent goes first (OCA exporter: export dependencies first).
  const partner = company.metakockaPartnerId
    ? (await ctx.rt.mk.findPartners({ mkId: company.metakockaPartnerId }))[0]
    : await pushCompany(ctx, company);
  if (!partner) throw new PartnerGoneError(company.metakockaPartnerId ?? '?');
  const contact = partner.contacts.find((c) => c.mkId === person.metakockaContactId);
  if (contact) return updateContact(ctx, person, partner, contact);
  return addContact(ctx, person, partner);
}

async function personInConflict(ctx: PushContext, person: PersonRecord): Promise<boolean> {
  const conflict = bindingConflict(ctx.issues, 'person', person, ctx.rt.now());
  if (conflict?.mark) await ctx.rt.crm.people.upsertMany([conflict.mark]);
  return conflict !== null;
}

async function updateContact(
  ctx: PushContext,
  person: PersonRecord,
  partner: MetakockaPartner,
  contact: MetakockaContact,
) {
  const planned = planRecord(
    PERSON_FIELDS,
    contactSource(contact, partner),
    person,
    ctx.policy,
    ctx.rt.now().toISOString(),
    { binding: bindingOf(person) },
  );
  if (planned.result.toMetakocka.length > 0) {
    const values = mergedForMetakocka(planned, planned.result.toMetakocka);
    const updated = await ctx.rt.mk.updatePartner({
      ...companyToPartner(mkValues(COMPANY_FIELDS, partner)),
      mkId: partner.mkId,
      contacts: [personToContact(values, contact.mkId, contact.addressMkId)],
    });
    const readBack = updated.contacts.find((c) => c.mkId === contact.mkId) ?? contact;
    const taken = keepUntakenFields(
      ctx.issues,
      planned,
      mkValues(PERSON_FIELDS, contactSource(readBack, updated)),
      person,
      { recordObject: 'person', metakockaId: contact.mkId },
    );
    ctx.counts.updated += 1;
    tellPushed(ctx, 'person', person.id, taken);
  } else ctx.counts.unchanged += 1;
  await settlePerson(ctx, person, planned, contact.mkId);
}

async function addContact(ctx: PushContext, person: PersonRecord, partner: MetakockaPartner) {
  const tw = twentyValues(PERSON_FIELDS, person);
  const same = (c: MetakockaContact) =>
    c.name.trim() === String(tw.name) && c.email.trim().toLowerCase() === String(tw.email ?? '');
  // After a lost answer the contact may already be there: bind it instead of adding it twice.
  let contact = (await hasIntent(ctx, 'person', person.id)) ? partner.contacts.find(same) : undefined;
  if (!contact) {
    await setIntent(ctx, 'person', person.id);
    const before = new Set(partner.contacts.map((c) => c.mkId));
    const updated = await ctx.rt.mk.updatePartner({
      ...companyToPartner(mkValues(COMPANY_FIELDS, partner)),
      mkId: partner.mkId,
      contacts: [personToContact(tw, undefined, billingAddress(partner)?.mkId)],
    });
    contact =
      updated.contacts.find((c) => !before.has(c.mkId) && same(c)) ?? updated.contacts.find((c) => !before.has(c.mkId));
    if (!contact) throw new PartnerGoneError(`${partner.mkId} (contact not found after adding it)`);
    ctx.counts.created += 1;
    tellPushed(ctx, 'person', person.id, tw);
    partner = updated;
  }
  await bindAfterCreate(
    ctx,
    person,
    PERSON_FIELDS,
    contactSource(contact, partner),
    tw,
    { metakockaContactId: contact.mkId },
    contact.mkId,
  );
}

async function pushPrivatePerson(ctx: PushContext, person: PersonRecord) {
  const tw = twentyValues(PRIVATE_PERSON_FIELDS, person);
  if (person.metakockaPartnerId) {
    const [partner] = await ctx.rt.mk.findPartners({ mkId: person.metakockaPartnerId });
    if (!partner) throw new PartnerGoneError(person.metakockaPartnerId);
    const planned = planRecord(
      PRIVATE_PERSON_FIELDS,
      privatePersonSource(partner),
      person,
      ctx.policy,
      ctx.rt.now().toISOString(),
      { binding: bindingOf(person) },
    );
    if (planned.result.toMetakocka.length > 0) {
      const updated = await ctx.rt.mk.updatePartner({
        ...personToPrivatePartner(
          mergedForMetakocka(planned, planned.result.toMetakocka),
          planned.mk.addresses,
          partner.mkId,
          partner.contacts[0]?.mkId,
        ),
        mkId: partner.mkId,
      });
      const readBack = mkValues(PRIVATE_PERSON_FIELDS, privatePersonSource(updated));
      const taken = keepUntakenFields(ctx.issues, planned, readBack, person, {
        recordObject: 'person',
        metakockaId: partner.mkId,
      });
      ctx.counts.updated += 1;
      tellPushed(ctx, 'person', person.id, taken);
    } else ctx.counts.unchanged += 1;
    return settlePerson(ctx, person, planned, partner.mkId);
  }
  const retry = await hasIntent(ctx, 'person', person.id);
  const email = String(tw.email ?? '');
  const found =
    retry || email
      ? (await ctx.rt.mk.findPartners(email ? { email } : { name: String(tw.name) })).filter(
          (p) => !p.businessEntity && p.name.trim() === String(tw.name),
        )
      : [];
  let partner = found.at(-1);
  if (!partner) {
    await setIntent(ctx, 'person', person.id);
    const created = await ctx.rt.mk.addPartner(personToPrivatePartner(tw, []));
    partner = (await ctx.rt.mk.findPartners({ mkId: created.mkId }))[0];
    if (!partner) throw new PartnerGoneError(created.mkId);
    ctx.counts.created += 1;
    tellPushed(ctx, 'person', person.id, tw);
  }
  await bindAfterCreate(
    ctx,
    person,
    PRIVATE_PERSON_FIELDS,
    privatePersonSource(partner),
    tw,
    { metakockaPartnerId: partner.mkId, metakockaContactId: partner.contacts[0]?.mkId || null },
    partner.mkId,
  );
}

async function bindAfterCreate(
  ctx: PushContext,
  person: PersonRecord,
  specs: Array<FieldSpec<PersonRecord, any, PersonSource>>,
  source: PersonSource,
  tw: Record<string, unknown>,
  binding: Partial<PersonRecord>,
  mkId: string,
) {
  const agreed = {
    ...person,
    metakockaSyncHash: encodeFieldHashes(Object.fromEntries(specs.map((f) => [f.name, fieldHash(tw[f.name])]))),
  };
  const planned = planRecord(specs, source, agreed, ctx.policy, ctx.rt.now().toISOString(), {
    binding: bindingOf({ ...person, ...binding }),
  });
  await settlePerson(ctx, person, planned, mkId, binding);
  await clearIntent(ctx, 'person', person.id);
}

async function settlePerson(
  ctx: PushContext,
  person: PersonRecord,
  planned: RecordPlan<any>,
  mkId: string,
  binding?: Partial<PersonRecord>,
) {
  const nowIso = ctx.rt.now().toISOString();
  await withholdHeldEmail(ctx, person, planned, mkId);
  for (const field of planned.result.conflicts)
    ctx.issues.conflict({
      recordObject: 'person',
      recordId: person.id,
      metakockaId: mkId,
      field,
      twentyValue: planned.tw[field],
      metakockaValue: planned.mk[field],
      twentyChangedAt: person.updatedAt,
      metakockaChangedAt: nowIso,
    });
  if (planned.result.conflicts.length === 0) ctx.issues.succeeded([mkId]);
  const hash = encodeFieldHashes(planned.result.hashes);
  if (!binding && !planned.draft && hash === person.metakockaSyncHash) return;
  await ctx.rt.crm.people.upsertMany([
    {
      ...(planned.draft ?? {}),
      ...binding,
      id: person.id,
      metakockaSyncHash: hash,
      metakockaSyncStatus: planned.result.conflicts.length ? 'CONFLICT' : 'SYNCED',
      metakockaLastSyncedAt: nowIso,
    },
  ]);
}

/** Metakocka's e-mail coming in (a link's first sync, an e-mail changed there) may be one another person holds. */
async function withholdHeldEmail(ctx: PushContext, person: PersonRecord, planned: RecordPlan<any>, mkId: string) {
  const email = incomingEmail(planned);
  if (email === null) return;
  const holders = await ctx.rt.crm.people.findBy('emails.primaryEmail', [lower(email)], { withDeleted: true });
  const holder = holders.find((p) => p.id !== person.id);
  if (holder) withholdEmail(ctx.issues, planned, { recordId: person.id, metakockaId: mkId, email }, holder);
}
