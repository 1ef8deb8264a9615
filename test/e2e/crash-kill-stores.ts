// Compares the two stores directly (the sandbox's Metakocka records and the stand-in's Twenty rows), never through the
// app's code: after a sync, every record must exist exactly once on each side, bound to its twin, with equal values in
// the fields the sync carries (server/sync/partners/fields.ts and products/mapper.ts name them; the normalisation here
// is this file's own: whitespace collapsed, tax numbers without separators, e-mails lower case).
import { SALES_DOC_TYPES } from 'server/sync/documents/model/document-types';
import type { Sandbox } from 'test/sandbox';
import type { StandIn } from 'test/twenty/stand-in';

export interface StoreProblems {
  duplicates: string[];
  missing: string[];
  mismatches: string[];
}

/** Counts the sandbox had before any sync, so seeded look-alikes are not blamed on the sync. */
export interface MkBaseline {
  partnersPerTaxNumber: Map<string, number>;
  partnersPerName: Map<string, number>;
}

type Row = Record<string, any>;

const text = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const taxKey = (value: unknown) =>
  text(value)
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
const email = (value: unknown) => text(value).toLowerCase();
const joinedName = (name: Row | null | undefined) => text(`${name?.firstName ?? ''} ${name?.lastName ?? ''}`);

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function indexBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) index.set(k, [...(index.get(k) ?? []), item]);
  }
  return index;
}

export function mkBaseline(sandbox: Sandbox): MkBaseline {
  const partners = sandbox.store.partners.list();
  return {
    partnersPerTaxNumber: countBy(partners, (p) => taxKey(p.taxIdNumber)),
    partnersPerName: countBy(partners, (p) => text(p.customer)),
  };
}

const live = (standIn: StandIn, object: string): Row[] =>
  standIn.store.rows(object).filter((row: Row) => !row.deletedAt);

export function compareStores(
  sandbox: Sandbox,
  standIn: StandIn,
  baseline: MkBaseline,
  withDocuments = false,
): StoreProblems {
  const out: StoreProblems = { duplicates: [], missing: [], mismatches: [] };
  const differ = (what: string, mkValue: unknown, twentyValue: unknown) => {
    if (mkValue !== twentyValue)
      out.mismatches.push(`${what}: ${JSON.stringify(mkValue)} in Metakocka, ${JSON.stringify(twentyValue)} in Twenty`);
  };
  const partners = sandbox.store.partners.list();
  const companies = live(standIn, 'company');
  const people = live(standIn, 'person');

  // Duplicates on the Metakocka side: beyond what the seed already had.
  for (const [tax, n] of countBy(partners, (p) => taxKey(p.taxIdNumber))) {
    if (n > (baseline.partnersPerTaxNumber.get(tax) ?? 0) && n > 1)
      out.duplicates.push(`${n} Metakocka partners with tax number ${tax}`);
  }
  for (const [name, n] of countBy(partners, (p) => text(p.customer))) {
    if (n > (baseline.partnersPerName.get(name) ?? 0) && n > 1)
      out.duplicates.push(`${n} Metakocka partners named "${name}"`);
  }
  for (const partner of partners) {
    for (const [key, n] of countBy(partner.contacts, (c) => `${text(c.name)} <${email(c.email)}>`)) {
      if (n > 1) out.duplicates.push(`${n} contacts ${key} on Metakocka partner ${partner.mkId}`);
    }
  }

  // Duplicates on the Twenty side: two live rows bound to one Metakocka record.
  const companiesByPartner = indexBy(companies, (c) => text(c.metakockaPartnerId));
  const peopleByContact = indexBy(people, (p) => text(p.metakockaContactId));
  const peopleByPartner = indexBy(people, (p) => text(p.metakockaPartnerId));
  for (const [label, index] of [
    ['companies bound to partner', companiesByPartner],
    ['people bound to contact', peopleByContact],
    ['people bound to private partner', peopleByPartner],
  ] as const) {
    for (const [id, rows] of index) if (rows.length > 1) out.duplicates.push(`${rows.length} Twenty ${label} ${id}`);
  }

  // Metakocka → Twenty: every partner, contact and private person has its twin with the same values.
  const partnerById = new Map(partners.map((p) => [p.mkId, p]));
  for (const partner of partners) {
    if (partner.businessEntity) {
      const company = companiesByPartner.get(partner.mkId)?.[0];
      if (!company) {
        out.missing.push(`Metakocka partner ${partner.mkId} ("${text(partner.customer)}") has no Twenty company`);
        continue;
      }
      differ(`name of partner ${partner.mkId}`, text(partner.customer), text(company.name));
      differ(`tax number of partner ${partner.mkId}`, taxKey(partner.taxIdNumber), taxKey(company.metakockaTaxNumber));
      differ(`VAT payer flag of partner ${partner.mkId}`, partner.taxpayer, company.metakockaVatPayer ?? false);
      differ(`code of partner ${partner.mkId}`, text(partner.countCode), text(company.metakockaPartnerCode));
      for (const contact of partner.contacts) {
        const person = peopleByContact.get(contact.mkId)?.[0];
        if (!person) {
          out.missing.push(
            `contact ${contact.mkId} ("${text(contact.name)}") of partner ${partner.mkId} has no Twenty person`,
          );
          continue;
        }
        differ(`name of contact ${contact.mkId}`, text(contact.name || partner.customer), joinedName(person.name));
        differ(`e-mail of contact ${contact.mkId}`, email(contact.email), email(person.emails?.primaryEmail));
        differ(`company of contact ${contact.mkId}`, company.id, person.companyId);
      }
    } else {
      const person = peopleByPartner.get(partner.mkId)?.[0];
      if (!person) {
        out.missing.push(
          `private Metakocka partner ${partner.mkId} ("${text(partner.customer)}") has no Twenty person`,
        );
        continue;
      }
      differ(`name of private partner ${partner.mkId}`, text(partner.customer), joinedName(person.name));
      differ(
        `tax number of private partner ${partner.mkId}`,
        taxKey(partner.taxIdNumber),
        taxKey(person.metakockaTaxNumber),
      );
    }
  }

  // Twenty → Metakocka: every company and person (also those made in Twenty) is bound to a record that exists.
  for (const company of companies) {
    if (company.metakockaSyncExcluded) continue;
    const partner = partnerById.get(text(company.metakockaPartnerId));
    if (!partner)
      out.missing.push(
        `Twenty company ${company.id} ("${text(company.name)}") has no Metakocka partner (bound to "${text(company.metakockaPartnerId)}")`,
      );
  }
  const contactIds = new Set(partners.flatMap((p) => p.contacts.map((c) => c.mkId)));
  for (const person of people) {
    if (person.metakockaSyncExcluded) continue;
    const bound = contactIds.has(text(person.metakockaContactId)) || partnerById.has(text(person.metakockaPartnerId));
    if (!bound)
      out.missing.push(`Twenty person ${person.id} ("${joinedName(person.name)}") has no Metakocka contact or partner`);
  }

  // Products: Metakocka is the source; each product once in Twenty with its code, name, unit and active flag.
  const products = sandbox.store.products.list();
  const twentyProducts = indexBy(live(standIn, 'metakockaProduct'), (p) => text(p.metakockaId));
  for (const [id, rows] of twentyProducts)
    if (rows.length > 1) out.duplicates.push(`${rows.length} Twenty products bound to Metakocka product ${id}`);
  for (const product of products) {
    const twin = twentyProducts.get(product.mkId)?.[0];
    if (!twin) {
      out.missing.push(`Metakocka product ${product.mkId} (${product.code}) has no Twenty product`);
      continue;
    }
    differ(`code of product ${product.mkId}`, text(product.code), text(twin.code));
    differ(`name of product ${product.mkId}`, text(product.name), text(twin.name));
    differ(`unit of product ${product.mkId}`, text(product.unit), text(twin.unit));
    differ(`active flag of product ${product.mkId}`, product.activated, twin.isActive);
  }
  const productIds = new Set(products.map((p) => p.mkId));
  for (const [id] of twentyProducts)
    if (!productIds.has(id)) out.missing.push(`Twenty product bound to ${id}, which Metakocka does not have`);
  if (withDocuments) compareDocuments(sandbox, standIn, out);
  return out;
}

/** Sales documents of the synced types and their lines (binding `<docMkId>:<rowId>`), once each, same count code and line count. */
function compareDocuments(sandbox: Sandbox, standIn: StandIn, out: StoreProblems): void {
  const types = new Set<string>(SALES_DOC_TYPES);
  const documents = sandbox.store.documents.list().filter((d) => types.has(d.docType));
  const twentyDocuments = indexBy(live(standIn, 'metakockaSalesDocument'), (d) => text(d.metakockaId));
  const lines = indexBy(live(standIn, 'metakockaSalesDocumentLine'), (l) => text(l.metakockaRowKey));
  for (const [id, rows] of twentyDocuments)
    if (rows.length > 1) out.duplicates.push(`${rows.length} Twenty documents bound to Metakocka document ${id}`);
  for (const [key, rows] of lines)
    if (rows.length > 1) out.duplicates.push(`${rows.length} Twenty document lines bound to ${key}`);
  for (const document of documents) {
    const twin = twentyDocuments.get(document.mkId)?.[0];
    if (!twin) {
      out.missing.push(`Metakocka document ${document.mkId} (${document.countCode}) has no Twenty document`);
      continue;
    }
    if (text(twin.countCode) !== text(document.countCode))
      out.mismatches.push(
        `count code of document ${document.mkId}: "${document.countCode}" vs "${text(twin.countCode)}"`,
      );
    for (const line of document.lines) {
      const row = lines.get(`${document.mkId}:${line.rowId}`)?.[0];
      if (!row) out.missing.push(`line ${line.rowId} of Metakocka document ${document.mkId} has no Twenty line`);
      else if (row.salesDocumentId !== twin.id)
        out.mismatches.push(
          `line ${document.mkId}:${line.rowId} hangs on Twenty document ${row.salesDocumentId}, not ${twin.id}`,
        );
    }
  }
}
