// Wire-shape fixtures for sales documents (API.md §8.3) and small builders over them.
import { type MkDocumentWire, mkDocumentSchema } from 'server/metakocka/schemas/document.schema';

/** A document or line as it travels on the wire: every value a string (API.md §1.5). */
export type WireDocument = Record<string, unknown> & { mk_id: string };
export type WireLine = Record<string, string | undefined>;

/** What the Metakocka client hands the sync: the wire document parsed by its schema. */
export const parse = (wire: WireDocument): MkDocumentWire => mkDocumentSchema.parse(wire);

/** The sales order of API.md §8.3 as get_document returns it (mk_row_id added as show_product_detail would). */
export function sampleOrderWire(): WireDocument {
  return {
    mk_id: '400000012345',
    doc_type: 'sales_order',
    count_code: 'PP-1187',
    doc_date: '2026-03-12+02:00',
    partner: {
      mk_id: '1600481234',
      mk_address_id: '1600481235',
      business_entity: 'true',
      tax_id_number: 'SI71234560',
      customer: 'Alpska Tehnika d.o.o.',
      count_code: '1042',
    },
    currency_code: 'EUR',
    status_code: 'Novo naročilo',
    status_desc: 'new_order',
    title: 'Oprema za sejno sobo',
    buyer_order: 'CRM-2026-0077',
    created_ts: '2026-03-12T09:41:07+02:00',
    product_list: [
      {
        count_code: 'PA_1001',
        mk_id: '1600390011',
        mk_row_id: '5001',
        code: 'KAB-USB-C-1M',
        name: 'USB-C kabel 1 m',
        unit: 'kos',
        amount: '2',
        price: '8.5',
        discount: '0',
        tax: 'EX4',
      },
      {
        count_code: 'PA_1003',
        mk_id: '1600390013',
        mk_row_id: '5002',
        code: 'SVC-INST',
        name: 'Namestitev opreme',
        unit: 'ura',
        amount: '1',
        price: '45',
        discount: '0',
        tax: 'EX4',
      },
    ],
    sum_basic: '62',
    sum_tax_ex4: '13.64',
    sum_all: '75.64',
  };
}

export const sampleOrder = (): MkDocumentWire => parse(sampleOrderWire());

export function line(overrides: WireLine = {}): WireLine {
  return {
    mk_id: '1600390011',
    mk_row_id: '1',
    code: 'KAB-USB-C-1M',
    name: 'USB-C kabel 1 m',
    unit: 'kos',
    amount: '1',
    price: '10',
    discount: '0',
    tax: 'EX4',
    ...overrides,
  };
}

/** The §8.3 order with some wire fields replaced (undefined removes a field), parsed. */
export function document(overrides: Record<string, unknown> = {}): MkDocumentWire {
  const wire: Record<string, unknown> = { ...sampleOrderWire(), ...overrides };
  for (const key of Object.keys(wire)) if (wire[key] === undefined) delete wire[key];
  return parse(wire as WireDocument);
}

/** The `action` of the SyncError a call throws (what the user is told to do). */
export function actionOf(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return (error as { action?: string }).action ?? '';
  }
  throw new Error('expected the call to throw');
}
