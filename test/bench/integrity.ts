// The bench's own integrity check (issue #5 item 9): compares both stores directly, never through the app's code.
// Input are plain projections of the sandbox store and the stand-in store (see snapshot.ts), so this stays pure.
import { groupBy } from 'test/support/collections';

export interface MkSide {
  partners: Array<{
    mkId: string;
    name: string;
    businessEntity: boolean;
    taxIdNumber: string;
    contacts: Array<{ mkId: string }>;
  }>;
  products: Array<{ mkId: string; code: string; name: string }>;
  /** Live (not deleted) sales documents of the synced types, with their row ids; absent when documents are not synced. */
  documents?: Array<{ mkId: string; countCode: string; rowIds: string[] }>;
}

export interface TwentySide {
  /** Rows that are not soft-deleted. */
  companies: Array<{
    id: string;
    name: string | null;
    metakockaPartnerId: string | null;
    metakockaSyncExcluded?: boolean | null;
  }>;
  people: Array<{
    id: string;
    metakockaPartnerId: string | null;
    metakockaContactId: string | null;
    metakockaSyncExcluded?: boolean | null;
  }>;
  products: Array<{
    id: string;
    metakockaId: string | null;
    code: string | null;
    name: string | null;
    isActive?: boolean | null;
  }>;
  documents?: Array<{ id: string; metakockaId: string | null; countCode: string | null }>;
  lines?: Array<{ id: string; metakockaRowKey: string | null }>;
}

export interface IntegrityCount {
  duplicates: number;
  missing: number;
  mismatches: number;
  /** Up to 5 examples per kind, so a failing bench says what is wrong. */
  examples: string[];
}

export type IntegrityReport = Record<string, IntegrityCount> & {
  total: { duplicates: number; missing: number; mismatches: number };
};

const MAX_EXAMPLES = 5;
const normalise = (s: string | null | undefined) => (s ?? '').trim();
const taxKey = (s: string) => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

function tally(): IntegrityCount {
  return { duplicates: 0, missing: 0, mismatches: 0, examples: [] };
}

function note(count: IntegrityCount, kind: 'duplicates' | 'missing' | 'mismatches', example: string) {
  count[kind] += 1;
  if (count.examples.length < MAX_EXAMPLES) count.examples.push(`${kind}: ${example}`);
}

function bindingCheck<M, T>(
  count: IntegrityCount,
  label: string,
  mk: M[],
  mkKey: (m: M) => string,
  twenty: T[],
  twentyKey: (t: T) => string | null | undefined,
  same?: (m: M, t: T) => string | null,
) {
  const byKey = groupBy(twenty, twentyKey);
  for (const [key, rows] of byKey)
    if (rows.length > 1) note(count, 'duplicates', `${rows.length} Twenty ${label} bound to Metakocka ${key}`);
  for (const m of mk) {
    const rows = byKey.get(mkKey(m));
    if (!rows) note(count, 'missing', `Metakocka ${label} ${mkKey(m)} has no Twenty record`);
    else if (same) {
      const difference = same(m, rows[0] as T);
      if (difference) note(count, 'mismatches', `${label} ${mkKey(m)}: ${difference}`);
    }
  }
}

const differ = (field: string, mkValue: string, twentyValue: string | null | undefined) =>
  normalise(mkValue) === normalise(twentyValue)
    ? null
    : `${field} "${normalise(mkValue)}" in Metakocka, "${normalise(twentyValue)}" in Twenty`;

/** Business partners beyond the first per tax number: the bench takes this before the first sync as the baseline. */
export function mkPartnerDuplicates(mk: Pick<MkSide, 'partners'>): number {
  let extra = 0;
  for (const [, group] of groupBy(
    mk.partners.filter((p) => p.businessEntity),
    (p) => taxKey(p.taxIdNumber),
  ))
    extra += group.length - 1;
  return extra;
}

export function checkIntegrity(
  mk: MkSide,
  twenty: TwentySide,
  baseline?: { mkPartnerDuplicates: number },
): IntegrityReport {
  const partners = tally();
  const live = (row: { metakockaSyncExcluded?: boolean | null }) => !row.metakockaSyncExcluded;
  const entities = mk.partners.filter((p) => p.businessEntity);
  bindingCheck(
    partners,
    'company',
    entities,
    (p) => p.mkId,
    twenty.companies,
    (c) => c.metakockaPartnerId,
    (p, c) => differ('name', p.name, c.name),
  );
  // A private person is a person bound by partner id; a contact person carries its company's partner id too, so only
  // people bound to a private partner's id count here (contacts are checked by contact id below).
  const privates = mk.partners.filter((p) => !p.businessEntity);
  const privateIds = new Set(privates.map((p) => p.mkId));
  bindingCheck(
    partners,
    'private person',
    privates,
    (p) => p.mkId,
    twenty.people.filter((p) => p.metakockaPartnerId && privateIds.has(p.metakockaPartnerId)),
    (p) => p.metakockaPartnerId,
  );
  bindingCheck(
    partners,
    'contact',
    entities.flatMap((p) => p.contacts),
    (c) => c.mkId,
    twenty.people,
    (p) => p.metakockaContactId,
  );
  // Twenty → Metakocka: every company kept in sync must have its partner in Metakocka.
  const mkIds = new Set(mk.partners.map((p) => p.mkId));
  for (const c of twenty.companies.filter(live)) {
    if (!c.metakockaPartnerId || !mkIds.has(c.metakockaPartnerId))
      note(partners, 'missing', `Twenty company ${c.id} ("${normalise(c.name)}") has no Metakocka partner`);
  }
  // Metakocka duplicates: partners sharing a tax number beyond those that were there before the sync.
  const mkDuplicates = mkPartnerDuplicates(mk);
  for (let i = baseline?.mkPartnerDuplicates ?? 0; i < mkDuplicates; i++)
    note(partners, 'duplicates', 'a Metakocka partner shares its tax number with another created before it');

  const products = tally();
  bindingCheck(
    products,
    'product',
    mk.products,
    (p) => p.mkId,
    twenty.products,
    (p) => p.metakockaId,
    (m, t) => differ('code', m.code, t.code) ?? differ('name', m.name, t.name),
  );
  const productIds = new Set(mk.products.map((p) => p.mkId));
  for (const t of twenty.products)
    if (t.metakockaId && !productIds.has(t.metakockaId) && t.isActive !== false)
      note(products, 'mismatches', `Twenty product ${t.metakockaId} is gone from Metakocka but still active`);

  const report = { partners, products } as Record<string, IntegrityCount>;
  if (mk.documents && twenty.documents && twenty.lines) {
    const documents = tally();
    bindingCheck(
      documents,
      'document',
      mk.documents,
      (d) => d.mkId,
      twenty.documents,
      (d) => d.metakockaId,
      (m, t) => differ('count code', m.countCode, t.countCode),
    );
    bindingCheck(
      documents,
      'document line',
      mk.documents.flatMap((d) => d.rowIds.map((r) => ({ key: `${d.mkId}:${r}` }))),
      (l) => l.key,
      twenty.lines,
      (l) => l.metakockaRowKey,
    );
    report.documents = documents;
  }
  const total = { duplicates: 0, missing: 0, mismatches: 0 };
  for (const c of Object.values(report)) {
    total.duplicates += c.duplicates;
    total.missing += c.missing;
    total.mismatches += c.mismatches;
  }
  return Object.assign(report, { total }) as IntegrityReport;
}
