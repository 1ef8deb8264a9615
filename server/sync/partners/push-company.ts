// Push of one Twenty company → its Metakocka partner (created, or bound to the one already there, or updated); people
// push through it when their company is not bound yet (push-person.ts).
import type { CompanyRecord } from 'server/crm';
import { AmbiguousMatchError, PartnerGoneError, PartnerHeldError } from '../errors';
import { encodeFieldHashes } from '../hashing';
import type { MetakockaPartner } from '../mk-port';
import { COMPANY_FIELDS, normaliseTaxNumber } from './fields';
import { companyToPartner, mergedForMetakocka, mkValues, planRecord, twentyValues } from './mapper';
import { keepUntakenFields } from './untaken';
import { clearIntent, hasIntent, setIntent, tellPushed, type PushContext } from './push-context';
import { bindingOf, isExcluded } from '../bindings';
import { bindingConflict } from './binding-conflict';
import { fieldHash } from '../conflicts';
import { companyInScope } from './scope';
import { ambiguousPartner, companyForPartner } from './tax-candidates';

/** Pushes one company; returns the bound partner as Metakocka now has it. */
export async function pushCompany(ctx: PushContext, company: CompanyRecord): Promise<MetakockaPartner | null> {
  if (isExcluded(company) || !companyInScope(ctx.settings.filters.partners, company) || inConflict(ctx, company))
    return (void (ctx.counts.skipped += 1), null);
  if (!company.metakockaPartnerId) return createPartner(ctx, company);
  const [partner] = await ctx.rt.mk.findPartners({ mkId: company.metakockaPartnerId });
  if (!partner) throw new PartnerGoneError(company.metakockaPartnerId);
  const planned = planRecord(COMPANY_FIELDS, partner, company, ctx.policy, ctx.rt.now().toISOString(), {
    binding: bindingOf(company),
  });
  let current = partner;
  if (planned.result.toMetakocka.length > 0) {
    current = await ctx.rt.mk.updatePartner({
      ...companyToPartner(mergedForMetakocka(planned, planned.result.toMetakocka)),
      mkId: partner.mkId,
    });
    const taken = keepUntakenFields(ctx.issues, planned, mkValues(COMPANY_FIELDS, current), company, {
      recordObject: 'company',
      metakockaId: partner.mkId,
    });
    tellPushed(ctx, 'company', company.id, taken);
  }
  await settleCompany(ctx, company, planned.draft, planned.result.conflicts, planned);
  ctx.counts[planned.result.toMetakocka.length > 0 ? 'updated' : 'unchanged'] += 1;
  return current;
}

/** A company whose binding changed outside the sync is left alone and marked (binding-conflict.ts). */
export function inConflict(ctx: PushContext, company: CompanyRecord): boolean {
  const conflict = bindingConflict(ctx.issues, 'company', company, ctx.rt.now());
  if (conflict?.mark) ctx.pendingCompanies.push(conflict.mark);
  return conflict !== null;
}

async function createPartner(ctx: PushContext, company: CompanyRecord): Promise<MetakockaPartner | null> {
  const tw = twentyValues(COMPANY_FIELDS, company);
  const draft = companyToPartner(tw);
  const existing = await findExisting(ctx, company, draft.taxIdNumber, draft.name);
  const ours = existing !== null && (await hasIntent(ctx, 'company', company.id)); // created by a lost add_partner
  if (existing && !ours && !(await mayBind(ctx, company, existing))) return (void (ctx.counts.skipped += 1), null);
  let partner = existing;
  if (!partner) {
    await setIntent(ctx, 'company', company.id);
    const created = await ctx.rt.mk.addPartner(draft);
    partner = (await ctx.rt.mk.findPartners({ mkId: created.mkId }))[0] ?? null;
    if (!partner) throw new PartnerGoneError(created.mkId);
    ctx.counts.created += 1;
    tellPushed(ctx, 'company', company.id, tw);
  }
  // Bind: what Twenty holds now is what Metakocka was given, so the two-way fields agree and the one-way ones come in.
  const agreed = {
    ...company,
    metakockaSyncHash: existing
      ? null
      : encodeFieldHashes(Object.fromEntries(COMPANY_FIELDS.map((f) => [f.name, fieldHash(tw[f.name])]))),
  };
  const planned = planRecord(COMPANY_FIELDS, partner, agreed, ctx.policy, ctx.rt.now().toISOString(), {
    binding: bindingOf({ metakockaPartnerId: partner.mkId }),
  });
  await settleCompany(
    ctx,
    company,
    { ...(planned.draft ?? {}), metakockaSyncHash: encodeFieldHashes(planned.result.hashes) },
    planned.result.conflicts,
    planned,
    partner.mkId,
  );
  await clearIntent(ctx, 'company', company.id);
  return partner;
}

/**
 * A partner Metakocka already has is bound only to the company the pull would bind it to: not while another company
 * holds it, nor while several unbound companies share its tax number (the pull's one AMBIGUOUS_MATCH issue, keyed by
 * the partner, says so). Binding one of them here bound the first and made Twenty refuse the second.
 */
async function mayBind(ctx: PushContext, company: CompanyRecord, partner: MetakockaPartner): Promise<boolean> {
  const match = await companyForPartner(ctx.rt.crm, partner);
  if (match.kind === 'matched' && match.record.id === company.id) return true;
  if (match.kind === 'ambiguous')
    ctx.issues.fail({
      recordObject: 'company',
      metakockaId: partner.mkId,
      error: ambiguousPartner(partner, match.candidates),
    });
  else if (match.kind === 'bound' || match.kind === 'excluded')
    ctx.issues.fail({
      recordObject: 'company',
      recordId: company.id,
      error: new PartnerHeldError({
        name: company.name,
        taxNumber: partner.taxIdNumber,
        countCode: partner.countCode,
        holderId: match.record.id,
      }),
    });
  return false;
}

/** A partner with the same tax number, or one a lost add_partner answer left behind (intent set), is bound instead of created. */
async function findExisting(
  ctx: PushContext,
  company: CompanyRecord,
  taxNumber: string,
  name: string,
): Promise<MetakockaPartner | null> {
  const retry = await hasIntent(ctx, 'company', company.id);
  if (!taxNumber && !retry) return null;
  const found = taxNumber ? await ctx.rt.mk.findPartners({ taxNumber }) : await ctx.rt.mk.findPartners({ name });
  const same = found.filter(
    (p) =>
      p.businessEntity &&
      (taxNumber ? normaliseTaxNumber(p.taxIdNumber) === normaliseTaxNumber(taxNumber) : p.name.trim() === name.trim()),
  );
  if (same.length > 1 && !retry)
    throw new AmbiguousMatchError(
      { what: 'company', name, taxNumber },
      same.map((p) => p.countCode),
    );
  return same.at(-1) ?? null; // several after a lost answer: the newest is ours (creation order, API.md §2.2)
}

async function settleCompany(
  ctx: PushContext,
  company: CompanyRecord,
  draft: object | null,
  conflicts: string[],
  planned: { mk: Record<string, unknown>; tw: Record<string, unknown> },
  bindTo?: string,
) {
  const nowIso = ctx.rt.now().toISOString();
  for (const field of conflicts)
    ctx.issues.conflict({
      recordObject: 'company',
      recordId: company.id,
      metakockaId: bindTo ?? company.metakockaPartnerId,
      field,
      twentyValue: planned.tw[field],
      metakockaValue: planned.mk[field],
      twentyChangedAt: company.updatedAt,
      metakockaChangedAt: nowIso,
    });
  if (conflicts.length === 0) ctx.issues.succeeded([bindTo ?? company.metakockaPartnerId ?? company.id]);
  if (!draft && !bindTo) return;
  const write = {
    ...(draft ?? {}),
    id: company.id,
    ...(bindTo ? { metakockaPartnerId: bindTo } : {}),
    metakockaSyncStatus: conflicts.length ? 'CONFLICT' : 'SYNCED',
    metakockaLastSyncedAt: nowIso,
  };
  if (bindTo) await ctx.rt.crm.companies.upsertMany([write]);
  else ctx.pendingCompanies.push(write);
}
