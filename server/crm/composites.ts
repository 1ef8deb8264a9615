// Twenty composite field shapes as the core API returns them (contract/README.md "Composite field shapes").
export interface AddressValue {
  addressStreet1: string;
  addressStreet2: string;
  addressCity: string;
  addressPostcode: string;
  addressState: string;
  addressCountry: string;
}
export interface EmailsValue {
  primaryEmail: string;
  additionalEmails: string[] | null;
}
export interface AdditionalPhone {
  number: string;
  countryCode: string;
  callingCode: string;
}
export interface PhonesValue {
  primaryPhoneNumber: string;
  primaryPhoneCountryCode: string;
  primaryPhoneCallingCode: string;
  additionalPhones: AdditionalPhone[] | null;
}
export interface LinksValue {
  primaryLinkUrl: string;
  primaryLinkLabel: string;
  secondaryLinks: Array<{ url: string; label: string }> | null;
}
export interface CurrencyValue {
  amountMicros: number | string | null;
  currencyCode: string | null;
}

export const ADDRESS_SELECTION =
  'addressStreet1 addressStreet2 addressCity addressPostcode addressState addressCountry';
export const EMAILS_SELECTION = 'primaryEmail additionalEmails';
export const PHONES_SELECTION = 'primaryPhoneNumber primaryPhoneCountryCode primaryPhoneCallingCode additionalPhones';
export const LINKS_SELECTION = 'primaryLinkUrl primaryLinkLabel secondaryLinks';
export const CURRENCY_SELECTION = 'amountMicros currencyCode';

/** Fields every synced record carries; deletedAt is selected so a soft-deleted binding is seen, not resurrected. */
export const SYSTEM_SELECTION = 'id createdAt updatedAt deletedAt';
export interface SystemFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** One entry per field of a record type besides the system ones: `true` for a scalar, the sub-selection for a composite
 *  or a connection. TypeScript rejects a missing or an unknown field, so a selection cannot drift from its record type. */
export type FieldSelection<R> = { [K in Exclude<keyof R, keyof SystemFields>]-?: true | string };

/** The GraphQL selection set (without braces) of a record type, derived from its FieldSelection. */
export function selectionOf<R>(fields: FieldSelection<R>): string {
  const entries = Object.entries(fields as Record<string, true | string>);
  return [SYSTEM_SELECTION, ...entries.map(([name, sub]) => (sub === true ? name : `${name} { ${sub} }`))].join(' ');
}
