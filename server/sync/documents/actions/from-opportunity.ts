// "Create Metakocka offer/order from opportunity": a Twenty sales document is drafted from the opportunity (its
// company or contact, its currency, lines picked from products) and pushed. The draft's id is derived from the
// request, so a retried workflow step or a double click pushes the same document instead of a second one.
import { parseDecimal, roundToUnits, toPlainString } from 'server/money/decimal';
import type { FromOpportunityRequest } from 'server/routes/contracts';

import { hashValue, uuidFromKey } from '../../hashing';
import { MappingError } from '../../errors';
import { pushSalesDocument, type PushDeps, type PushOutcome } from '../push/push';
import type { OpportunitiesRepo } from 'server/crm/opportunities';
import { ljubljanaDateOf } from '../../mk-port';

export type FromOpportunityInput = FromOpportunityRequest;

export async function createFromOpportunity(
  deps: PushDeps & { opportunities: OpportunitiesRepo },
  input: FromOpportunityInput,
): Promise<PushOutcome & { documentId: string }> {
  const [opportunity] = await deps.opportunities.findByIds([input.opportunityId]);
  if (!opportunity) throw new MappingError('opportunityMissing', { opportunityId: input.opportunityId });
  if (!opportunity.companyId && !opportunity.pointOfContactId) {
    throw new MappingError('opportunityNoCustomer', { name: opportunity.name });
  }
  const documentId = uuidFromKey(
    `opportunity-document:${opportunity.id}:${input.documentType}:${hashValue(input.lines)}`,
  );
  const [existing] = await deps.repos.documents.findByIds([documentId]);
  if (!existing) await draftDocument(deps, opportunity, input, documentId);
  return { ...(await pushSalesDocument(deps, documentId)), documentId };
}

async function draftDocument(
  deps: PushDeps,
  opportunity: {
    id: string;
    name: string;
    companyId: string | null;
    pointOfContactId: string | null;
    amount: { currencyCode: string | null } | null;
  },
  input: FromOpportunityInput,
  documentId: string,
) {
  const products = new Map((await deps.products.findByIds(input.lines.map((l) => l.productId))).map((p) => [p.id, p]));
  const currency = opportunity.amount?.currencyCode || 'EUR';
  const lines = input.lines.map((line, i) => {
    const product = products.get(line.productId);
    if (!product) throw new MappingError('lineProductMissing', { line: i + 1, productId: line.productId });
    const unitPrice = line.unitPrice ?? microsToDecimal(product.netPrice?.amountMicros);
    if (unitPrice === null) throw new MappingError('lineNoPrice', { line: i + 1, code: product.code });
    return {
      id: uuidFromKey(`${documentId}:draft-line:${i}`),
      salesDocumentId: documentId,
      productId: product.id,
      name: product.name,
      code: product.code,
      quantity: Number(toPlainString(parseDecimal(line.quantity))),
      discountPercent:
        line.discountPercent === undefined ? 0 : Number(toPlainString(parseDecimal(line.discountPercent))),
      vatCode: product.vatCode,
      unitPrice: { amountMicros: toMicros(unitPrice), currencyCode: currency },
      lineNumber: i + 1,
    };
  });
  // A customer who is a company gets the document on the company; otherwise on the contact person (API.md §3.1).
  await deps.repos.documents.upsertMany([
    {
      id: documentId,
      name: opportunity.name,
      documentType: input.documentType,
      opportunityId: opportunity.id,
      companyId: opportunity.companyId,
      personId: opportunity.companyId ? null : opportunity.pointOfContactId,
      currency,
      documentDate: ljubljanaDateOf(deps.now()).date,
      isIssued: false,
      isDeletedInMetakocka: false,
    },
  ]);
  await deps.repos.lines.upsertMany(lines);
}

function microsToDecimal(micros: number | string | null | undefined): string | null {
  if (micros === null || micros === undefined) return null;
  const value = parseDecimal(String(micros));
  return toPlainString({ units: value.units, scale: value.scale + 6 });
}

const toMicros = (decimalText: string): string => roundToUnits(parseDecimal(decimalText), 6).toString();
