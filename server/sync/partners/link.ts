// "Link to Metakocka partner" (D40): binds a company or person to an existing partner, found by its partner code or tax
// number, now that users cannot type binding ids. Refused, naming the holder, when another record holds the partner.
// The link is a first bind: the hash records only the binding, so Metakocka's values come in on the push it queues.
import { linkPartnerRequest, type LinkPartnerAnswer, type LinkPartnerRequest } from 'server/routes/contracts';
import { problemOf, SyncError } from 'server/errors';
import { BINDING_HASH_KEY, bindingOf, UNBOUND, type BindingFields } from '../bindings';
import type { Language } from 'plugin/constants/plural';
import { actionText } from '../action-messages';
import { SyncRequestError } from '../errors';
import { encodeFieldHashes } from '../hashing';
import type { MetakockaPartner } from '../mk-port';
import type { SyncRuntime } from '../ports';
import { auditRecordAction, syncStateText } from '../record-audit';
import { normaliseTaxNumber } from './fields';
import { holderOf } from './holder';
import { PARTNER_PAGE } from './pull';
import { enqueuePush } from './push-queue';

export type LinkRequest = LinkPartnerRequest;

/** Why a link was refused (the status says whether the record or partner is missing or taken); each has its
 *  sentence and next step in the catalogue. */
const LINK_PROBLEMS = {
  recordMissing: 404,
  alreadyLinked: 409,
  businessPartner: 409,
  privatePartner: 409,
  partnerHeld: 409,
  noPartnerCode: 404,
  noTaxNumber: 404,
  severalTaxNumber: 409,
} as const;

export class LinkRefusedError extends SyncError {
  readonly code = 'LINK_REFUSED';
  readonly retryable = false;
  readonly httpStatus: number;
  constructor(problem: keyof typeof LINK_PROBLEMS, params: Record<string, string>) {
    super(problemOf('LINK_REFUSED', problem, params));
    this.httpStatus = LINK_PROBLEMS[problem];
  }
}

export function parseLinkRequest(input: unknown): LinkRequest {
  const result = linkPartnerRequest.safeParse(input);
  if (result.success) return result.data;
  throw new SyncRequestError('linkPartner', result.error.issues);
}

export async function linkToPartner(
  rt: SyncRuntime,
  request: LinkRequest,
  actorWorkspaceMemberId: string | null,
  language: Language,
): Promise<LinkPartnerAnswer> {
  const repo = request.object === 'company' ? rt.crm.companies : rt.crm.people;
  const [record] = await repo.findByIds([request.recordId]);
  if (!record) throw new LinkRefusedError('recordMissing', { object: request.object, recordId: request.recordId });
  if (bindingOf(record) !== UNBOUND)
    throw new LinkRefusedError('alreadyLinked', { object: request.object, binding: bindingOf(record) });
  const partner = await findPartner(rt, request);
  const named = { partnerCode: partner.countCode, name: partner.name, object: request.object };
  if (partner.businessEntity !== (request.object === 'company'))
    throw new LinkRefusedError(partner.businessEntity ? 'businessPartner' : 'privatePartner', named);
  const binding: BindingFields =
    request.object === 'company'
      ? { metakockaPartnerId: partner.mkId }
      : { metakockaPartnerId: partner.mkId, metakockaContactId: partner.contacts[0]?.mkId || null };
  const holder = await holderOf(rt, binding, record.id);
  if (holder)
    throw new LinkRefusedError('partnerHeld', {
      ...named,
      holderObject: holder.object,
      holderName: holder.name,
      holderId: holder.id,
    });
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
    detail: actionText(language, 'link.done', named),
    partner: { mkId: partner.mkId, code: partner.countCode, name: partner.name },
  };
}

/** get_partner cannot search by code (API.md §2.2), so a code is looked up in the register listing; a tax number is searched. */
async function findPartner(rt: SyncRuntime, request: LinkRequest): Promise<MetakockaPartner> {
  if (request.partnerCode) {
    const code = request.partnerCode;
    for (let offset = 0; ; offset += PARTNER_PAGE) {
      const page = await rt.mk.partnersPage(offset, PARTNER_PAGE);
      const hit = page.partners.find((p) => p.countCode.trim() === code);
      if (hit) return hit;
      if (page.complete) throw new LinkRefusedError('noPartnerCode', { partnerCode: code });
    }
  }
  // Searched as typed and normalised ("SI 1234 5678" / "SI12345678"): Metakocka matches the text it stores.
  const tax = normaliseTaxNumber(request.taxNumber);
  const found = new Map<string, MetakockaPartner>();
  for (const form of new Set([request.taxNumber!, tax]))
    for (const p of await rt.mk.findPartners({ taxNumber: form })) found.set(p.mkId, p);
  const same = [...found.values()].filter((p) => normaliseTaxNumber(p.taxIdNumber) === tax);
  if (same.length === 0) throw new LinkRefusedError('noTaxNumber', { taxNumber: request.taxNumber! });
  if (same.length > 1)
    throw new LinkRefusedError('severalTaxNumber', {
      taxNumber: request.taxNumber!,
      codes: same.map((p) => p.countCode).join(', '),
    });
  return same[0]!;
}
