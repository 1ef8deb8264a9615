// What a sales team has made in Twenty before `npm start` syncs it (issue #12 item 10): a few companies and their
// people, an opportunity, and that opportunity turned into a Metakocka offer, so the summary shows the sync's Twenty →
// Metakocka direction beside the Metakocka → Twenty one.
import { createCrm, type Crm } from 'server/crm';

import type { TwentyWorld } from './twenty-side';

/** A sales rep with the Manage Metakocka flag, so the offer action is allowed whatever its permission rule. */
const SALES_REP = { workspaceMemberId: '6a4d3c2b-8e7f-4d6c-9b5a-1f2e3d4c5b6a', flags: ['MANAGE_METAKOCKA'] };

const COMPANIES = [
  {
    name: 'Pekarna Zlati klas d.o.o.',
    address: {
      addressStreet1: 'Celovška cesta 150',
      addressCity: 'Ljubljana',
      addressPostcode: '1000',
      addressCountry: 'Slovenia',
    },
  },
  {
    name: 'Mizarstvo Hrast s.p.',
    address: {
      addressStreet1: 'Glavni trg 7',
      addressCity: 'Celje',
      addressPostcode: '3000',
      addressCountry: 'Slovenia',
    },
  },
  {
    name: 'Vinska klet Brda d.o.o.',
    address: {
      addressStreet1: 'Dobrovo 12',
      addressCity: 'Dobrovo v Brdih',
      addressPostcode: '5212',
      addressCountry: 'Slovenia',
    },
  },
];
const PEOPLE = [
  { firstName: 'Maja', lastName: 'Kranjc', email: 'maja.kranjc@zlati-klas.example', company: 0 },
  { firstName: 'Tomaž', lastName: 'Hrast', email: 'tomaz@mizarstvo-hrast.example', company: 1 },
];

export interface DemoTwenty {
  companyIds: string[];
  personIds: string[];
  opportunityId: string;
}

const userCrm = (world: TwentyWorld): Crm =>
  createCrm({
    apiUrl: world.standIn.url,
    token: world.standIn.tokens.user(SALES_REP.workspaceMemberId, SALES_REP.flags, {
      firstName: 'Nina',
      lastName: 'Prodaja',
    }),
  });

/** Creates the records through Twenty's API as a user; Twenty's database events queue their pushes to Metakocka. */
export async function seedTwentyDemo(world: TwentyWorld): Promise<DemoTwenty> {
  const crm = userCrm(world);
  const companies = await crm.companies.upsertMany(COMPANIES as never);
  const people = await crm.people.upsertMany(
    PEOPLE.map((p) => ({
      name: { firstName: p.firstName, lastName: p.lastName },
      emails: { primaryEmail: p.email, additionalEmails: null },
      companyId: companies[p.company]!.id,
    })) as never,
  );
  const [opportunity] = await crm.opportunities.upsertMany([
    {
      name: 'Zlati klas: nova peč',
      companyId: companies[0]!.id,
      pointOfContactId: people[0]!.id,
      amount: { amountMicros: '4800000000', currencyCode: 'EUR' },
    } as never,
  ]);
  return { companyIds: companies.map((c) => c.id), personIds: people.map((p) => p.id), opportunityId: opportunity!.id };
}

/** The sales rep turns the opportunity into an offer of two synced products ("Create Metakocka offer/order" step). */
export async function offerFromOpportunity(world: TwentyWorld, demo: DemoTwenty): Promise<void> {
  const products = world
    .rows('metakockaProduct')
    .filter((p) => p.isActive !== false && p.netPrice?.amountMicros)
    .slice(0, 2);
  if (products.length === 0)
    throw new Error('No synced product with a net price to put on the demo offer; start with --products 1 or more.');
  const lines = products.map((p, i) => ({ productId: String(p.id), quantity: String(i + 1) }));
  const answer = (await world.harness.workflowAction(
    'create-document-from-opportunity',
    { opportunityId: demo.opportunityId, documentType: 'SALES_OFFER', lines },
    SALES_REP,
  )) as { documentId?: string };
  if (!answer?.documentId) throw new Error(`The demo offer was not created: ${JSON.stringify(answer)}`);
}

/** What the demo made in Twenty and where it is now, in one line of the summary. */
export function demoSummary(world: TwentyWorld, demo: DemoTwenty): string {
  const bound = (object: string, ids: string[]) =>
    world.rows(object).filter((r) => ids.includes(String(r.id)) && (r.metakockaPartnerId || r.metakockaContactId))
      .length;
  const offers = world
    .rows('metakockaSalesDocument')
    .filter((d) => d.opportunityId === demo.opportunityId && d.metakockaId);
  return (
    `Made in Twenty and sent to Metakocka: ${bound('company', demo.companyIds)} of ${demo.companyIds.length} companies and ${bound('person', demo.personIds)} of ${demo.personIds.length} people now bound to Metakocka partners and contacts; ` +
    `offer from opportunity: ${offers.length ? `Metakocka ${offers.map((d) => d.countCode || d.metakockaId).join(', ')}` : 'not created'}.`
  );
}
