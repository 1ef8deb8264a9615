// Register partners as get_partner / update_partner return them, and add_partner's answer (API.md §2.2, §3.1, §8.1).
import { z } from 'zod';

import { mkBoolean, mkId, mkItems, mkList, mkText, optional } from './fields';

export const mkPartnerContactSchema = z.looseObject({
  mk_id: optional(mkId),
  mk_address_id: optional(mkId),
  contact_address: optional(mkText),
  name: optional(mkText),
  email: optional(mkText),
  gsm: optional(mkText),
  phone: optional(mkText),
  fax: optional(mkText),
});

export const mkPartnerAddressSchema = z.looseObject({
  mk_id: optional(mkId),
  address_type: optional(mkText),
  street: optional(mkText),
  post_number: optional(mkText),
  city: optional(mkText),
  // Real data sometimes carries the misspelled `provice` instead of `province` (API.md §1.4).
  province: optional(mkText),
  provice: optional(mkText),
  country: optional(mkText),
  payment_due_days: optional(mkText),
  language: optional(mkText),
  currency: optional(mkText),
});

export const mkPartnerSchema = z.looseObject({
  mk_id: mkId,
  count_code: optional(mkText),
  customer: mkText.default(''),
  business_entity: optional(mkBoolean),
  taxpayer: optional(mkBoolean),
  foreign_county: optional(mkBoolean),
  buyer: optional(mkBoolean),
  supplier: optional(mkBoolean),
  tax_id_number: optional(mkText),
  registration_number: optional(mkText),
  partner_contact_list: mkList(mkPartnerContactSchema),
  partner_delivery_address_list: mkList(mkPartnerAddressSchema),
});
export type MkPartnerWire = z.infer<typeof mkPartnerSchema>;
export type MkPartnerContactWire = z.infer<typeof mkPartnerContactSchema>;
export type MkPartnerAddressWire = z.infer<typeof mkPartnerAddressSchema>;

export const mkPartnerListSchema = z.looseObject({ partner_list: mkList(mkPartnerSchema) });
/** The listing of the whole register, read partner by partner (partners.ts listPartners). */
export const mkPartnerItemsSchema = z.looseObject({ partner_list: mkItems });

export const mkAddPartnerResultSchema = z.looseObject({
  mk_id: mkId,
  mk_contact_id: optional(mkId),
  mk_address_id_list: mkList(z.looseObject({ mk_id: mkId, street: optional(mkText) })),
});
export type MkAddPartnerResultWire = z.infer<typeof mkAddPartnerResultSchema>;
