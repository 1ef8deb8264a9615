// Sales documents a user makes in Twenty (offers and orders with product lines) and pushes with the app's push
// action, with the deps server/sync/documents/actions/deps.ts builds, on the in-memory runtime.
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { runDocumentAction } from 'server/sync/documents/actions/actions';
import { actionDepsOf } from 'server/sync/documents/actions/deps';
import type { TwentyMadeDocument } from './documents-integrity';
import type { TestRuntime } from './runtime';

/** One press of "Push document to Metakocka" (handleDocumentAction without the host). */
export async function pushFromTwenty(rt: TestRuntime, documentId: string): Promise<void> {
  const deps = actionDepsOf(rt, DEFAULT_SETTINGS); // the push reads no setting: no kv read to shift the crash points
  try {
    await runDocumentAction(deps, { action: 'push', documentId });
  } finally {
    await deps.issues.flush({ dryRun: false, resolveOpen: true });
  }
}

/**
 * `count` offers and orders drafted in Twenty, alternating between Twenty-made companies (not yet in Metakocka when the
 * sync starts) and companies pulled from Metakocka; lines are picked from the bound products, written straight to the
 * tables as the Twenty UI would.
 */
export function draftTwentyDocuments(rt: TestRuntime, count: number): TwentyMadeDocument[] {
  const companies = rt.crm.tables.companies.live();
  const madeHere = companies.filter((c) => String(c.name).startsWith('Twenty Firma'));
  const pulled = companies.filter((c) => !String(c.name).startsWith('Twenty Firma') && c.metakockaPartnerId);
  const products = rt.crm.tables.metakockaProducts.live().filter((p) => p.metakockaId);
  const out: TwentyMadeDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    const pool = i % 2 === 0 && madeHere.length > 0 ? madeHere : pulled.length > 0 ? pulled : madeHere;
    const company = pool[Math.floor(i / 2) % pool.length];
    if (!company || products.length === 0) break;
    const [doc] = rt.crm.tables.metakockaSalesDocuments.upsert([
      {
        name: `Ponudba iz Twentyja ${i + 1}`,
        documentType: i % 3 === 2 ? 'SALES_ORDER' : 'SALES_OFFER',
        companyId: company.id,
        currency: 'EUR',
        documentDate: '2026-11-25',
        isIssued: false,
        isDeletedInMetakocka: false,
        metakockaId: null,
        buyerOrder: '',
      },
    ]);
    const lines = [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => {
      const product = products[(i * 3 + k) % products.length]!;
      return {
        productMkId: product.metakockaId,
        productId: product.id,
        code: product.code,
        quantity: String(1 + ((i + k) % 4)),
        unitPrice: `${10 + i}.${k}5`,
        discountPercent: k === 1 ? '10' : '0',
      };
    });
    rt.crm.tables.metakockaSalesDocumentLines.upsert(
      lines.map((l, k) => ({
        name: `Postavka ${k + 1}`,
        salesDocumentId: doc!.id,
        productId: l.productId,
        code: l.code,
        quantity: Number(l.quantity),
        discountPercent: Number(l.discountPercent),
        vatCode: 'EX4',
        unitPrice: { amountMicros: String(Math.round(Number(l.unitPrice) * 100) * 10_000), currencyCode: 'EUR' },
        lineNumber: k + 1,
      })),
    );
    out.push({
      id: doc!.id,
      lines: lines.map(({ productMkId, quantity, unitPrice, discountPercent }) => ({
        productMkId,
        quantity,
        unitPrice,
        discountPercent,
      })),
    });
  }
  return out;
}
