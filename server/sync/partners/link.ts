// "Link to Metakocka partner" (D40): binds a company or person to an existing partner, found by its partner code or tax
// number, now that users cannot type binding ids. Refused, naming the holder, when another record holds the partner.
// The link is a first bind: the hash records only the binding, so Metakocka's values come in on the push it queues.
import { linkPartnerRequest, type LinkPartnerAnswer, type LinkPartnerRequest } from 'server/routes/contracts';
import { BINDING_HASH_KEY, bindingOf, describeBinding, UNBOUND, type BindingFields } from '../bindings';
import { encodeFieldHashes } from '../hashing';
import type { MetakockaPartner } from '../mk-port';
import type { SyncRuntime } from '../ports';
import { auditRecordAction, syncStateText } from '../record-audit';
import { normaliseTaxNumber } from './fields';
import { holderOf } from './holder';
import { PARTNER_PAGE } from './pull';
import { enqueuePush } from './push-queue';

export type LinkRequest = LinkPartnerRequest;

type LinkRefusal = { ok: false; status: 400 | 404 | 409; error: string; action: string };
export type LinkOutcome = LinkPartnerAnswer | LinkRefusal;

const refuse = (status: 400 | 404 | 409, error: string, action: string): LinkRefusal => ({
  ok: false,
  status,
  error,
  action,
});

export function parseLinkRequest(input: unknown): LinkRequest | LinkRefusal {
  const result = linkPartnerRequest.safeParse(input);
  if (result.success) return result.data;
  return refuse(
    400,
    `The link request is not valid (${result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}).`,
    'Send { object: company|person, recordId: <uuid>, partnerCode: <code> } or the same with taxNumber.',
  );
}

export async function linkToPartner(
  rt: SyncRuntime,
  request: LinkRequest,
  actorWorkspaceMemberId: string | null,
): Promise<LinkOutcome> {
  const repo = request.object === 'company' ? rt.crm.companies : rt.crm.people;
  const [record] = await repo.findByIds([request.recordId]);
  if (!record)
    return refuse(
      404,
      `There is no ${request.object} ${request.recordId}.`,
      'Reload the page; the record may have been deleted.',
    );
  if (bindingOf(record) !== UNBOUND) {
    return refuse(
      409,
      `This ${request.object} is already linked to Metakocka (${describeBinding(bindingOf(record))}).`,
      'Unlink it first ("Unlink from Metakocka"), then link it again.',
    );
  }
  const partner = await findPartner(rt, request);
  if ('error' in partner) return partner;
  if (partner.businessEntity !== (request.object === 'company')) {
    return refuse(
      409,
      `Metakocka partner ${partner.countCode} ("${partner.name}") is ${partner.businessEntity ? 'a business' : 'a private person'}, so it cannot be linked to a ${request.object}.`,
      partner.businessEntity
        ? 'Link it to a company; a contact person is linked through their company.'
        : 'Link it to a person.',
    );
  }
  const binding: BindingFields =
    request.object === 'company'
      ? { metakockaPartnerId: partner.mkId }
      : { metakockaPartnerId: partner.mkId, metakockaContactId: partner.contacts[0]?.mkId || null };
  const holder = await holderOf(rt, binding, record.id);
  if (holder) {
    return refuse(
      409,
      `Metakocka partner ${partner.countCode} ("${partner.name}") is already linked to ${holder.object} "${holder.name}" (${holder.id}).`,
      `Unlink that ${holder.object} first if this record should hold the partner instead.`,
    );
  }
  const write = {
    ...binding,
    metakockaSyncHash: encodeFieldHashes({ [BINDING_HASH_KEY]: bindingOf(binding) }),
    metakockaSyncExcluded: false,
    metakockaSyncStatus: 'PENDING',
  };
  await repo.upsertMany([{ id: record.id, ...write }]);
  await auditRecordAction(
    rt,
    actorWorkspaceMemberId,
    'record.linked',
    `${request.object} ${record.id}`,
    `Linked to Metakocka partner ${partner.countCode} ("${partner.name}"), found by ${request.partnerCode ? 'partner code' : 'tax number'}.`,
    { before: syncStateText(record), after: syncStateText({ ...record, ...write }) },
  );
  await enqueuePush(
    rt,
    `link:${record.id}:${partner.mkId}`,
    request.object === 'company' ? [record.id] : [],
    request.object === 'person' ? [record.id] : [],
  );
  return {
    ok: true,
    detail: `Linked to Metakocka partner ${partner.countCode} ("${partner.name}"); Metakocka's values come into this ${request.object} with the sync that was queued.`,
    partner: { mkId: partner.mkId, code: partner.countCode, name: partner.name },
  };
}

/** get_partner cannot search by code (API.md §2.2), so a code is looked up in the register listing; a tax number is searched. */
async function findPartner(rt: SyncRuntime, request: LinkRequest): Promise<MetakockaPartner | LinkRefusal> {
  if (request.partnerCode) {
    const code = request.partnerCode;
    for (let offset = 0; ; offset += PARTNER_PAGE) {
      const page = await rt.mk.partnersPage(offset, PARTNER_PAGE);
      const hit = page.partners.find((p) => p.countCode.trim() === code);
      if (hit) return hit;
      if (page.complete)
        return refuse(
          404,
          `Metakocka has no partner with code ${code}.`,
          'Check the code in Metakocka (Partners, column "Code") and try again.',
        );
    }
  }
  // Searched as typed and normalised ("SI 1234 5678" / "SI12345678"): Metakocka matches the text it stores.
  const tax = normaliseTaxNumber(request.taxNumber);
  const found = new Map<string, MetakockaPartner>();
  for (const form of new Set([request.taxNumber!, tax]))
    for (const p of await rt.mk.findPartners({ taxNumber: form })) found.set(p.mkId, p);
  const same = [...found.values()].filter((p) => normaliseTaxNumber(p.taxIdNumber) === tax);
  if (same.length === 0)
    return refuse(
      404,
      `Metakocka has no partner with tax number ${request.taxNumber}.`,
      'Check the tax number, or link by the partner code.',
    );
  if (same.length > 1)
    return refuse(
      409,
      `Several Metakocka partners have tax number ${request.taxNumber} (codes ${same.map((p) => p.countCode).join(', ')}).`,
      'Link by the partner code instead.',
    );
  return same[0]!;
}
